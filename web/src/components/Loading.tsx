import { Center, Loader, VisuallyHidden } from '@mantine/core';
import { useTranslation } from '../i18n/useTranslation.ts';

/** A part of the screen still loading: a spinner, and "Đang tải…" said once by screen readers. */
export function Loading() {
  const { t } = useTranslation();
  return (
    <Center py="xl" role="status" aria-busy="true">
      <Loader size="sm" aria-hidden="true" />
      <VisuallyHidden>{t('common.loading')}</VisuallyHidden>
    </Center>
  );
}
