import { SegmentedControl } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useQueryClient } from '@tanstack/react-query';
import { saveLocale } from '../api/endpoints/auth.ts';
import type { Locale, Me } from '../api/models.ts';
import { keys } from '../api/query-keys.ts';
import { useMe } from '../app/session.ts';
import { changeLocale, currentLocale } from '../i18n/index.ts';
import { useTranslation } from '../i18n/useTranslation.ts';
import { errorMessage } from './ErrorAlert.tsx';

/** VI | EN. Remembered on this device; saved to the account when signed in. */
export function LanguageSwitch() {
  const { t, i18n } = useTranslation();
  const { data: me } = useMe();
  const queryClient = useQueryClient();

  const onChange = async (value: string) => {
    const locale: Locale = value === 'en' ? 'en' : 'vi';
    await changeLocale(locale);
    if (!me) return;
    try {
      await saveLocale(locale);
      queryClient.setQueryData<Me | null>(keys.me, (old) => (old ? { ...old, locale } : old));
    } catch (error) {
      notifications.show({ color: 'red', message: errorMessage(error, t('common.networkError')) });
    }
  };

  return (
    <SegmentedControl
      size="xs"
      aria-label={t('header.language')}
      value={i18n.language === 'en' ? 'en' : currentLocale()}
      onChange={(value) => void onChange(value)}
      data={[
        { value: 'vi', label: 'VI' },
        { value: 'en', label: 'EN' },
      ]}
    />
  );
}
