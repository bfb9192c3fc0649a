import { Button } from '@mantine/core';
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

  // Two toggle buttons, not a SegmentedControl: its floating indicator is ≈2 kB brotli of the first screen
  // (issue 20, "Bytes"). The chosen language is the pressed button.
  const value: Locale = i18n.language === 'en' ? 'en' : currentLocale();
  return (
    <Button.Group aria-label={t('header.language')}>
      {LANGUAGES.map(([locale, label]) => (
        <Button
          key={locale}
          size="xs"
          px={8}
          variant={value === locale ? 'filled' : 'default'}
          aria-pressed={value === locale}
          onClick={value === locale ? undefined : () => void onChange(locale)}
        >
          {label}
        </Button>
      ))}
    </Button.Group>
  );
}

const LANGUAGES: [Locale, string][] = [
  ['vi', 'VI'],
  ['en', 'EN'],
];
