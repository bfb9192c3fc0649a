import { Anchor, Stack, Title } from '@mantine/core';
import { useTranslation } from '../i18n/useTranslation.ts';
import { Link } from '../lib/router.tsx';

export default function NotFoundPage() {
  const { t } = useTranslation();
  return (
    <Stack>
      <Title order={2}>{t('notFound.title')}</Title>
      <Anchor component={Link} to="/">
        {t('notFound.back')}
      </Anchor>
    </Stack>
  );
}
