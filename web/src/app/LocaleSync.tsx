import { useEffect } from 'react';
import { saveLocale } from '../api/endpoints/auth.ts';
import { changeLocale, currentLocale, storedLocale } from '../i18n/index.ts';
import { useMe } from './session.ts';

/**
 * Keeps the account's language and this device's in step once someone is signed in: a choice made on
 * this device wins and is saved to the account; without one, the account's language is used.
 */
export function LocaleSync() {
  const { data: me } = useMe();
  const userId = me?.id;
  const accountLocale = me?.locale;
  useEffect(() => {
    if (!userId || !accountLocale) return;
    const stored = storedLocale();
    if (!stored) {
      if (accountLocale !== currentLocale()) void changeLocale(accountLocale, false);
    } else if (stored !== accountLocale) {
      saveLocale(stored).catch(() => {
        // Not critical: the UI language is already right; the account keeps its old value.
      });
    }
  }, [userId, accountLocale]);
  return null;
}
