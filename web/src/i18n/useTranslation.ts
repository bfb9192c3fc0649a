import { useSyncExternalStore } from 'react';
import { i18n } from './index.ts';
import type { I18n, TFunction } from './runtime.ts';

const subscribe = (listener: () => void) => i18n.subscribe(listener);
const snapshot = () => i18n.t;

/**
 * The translation function of the current language (react-i18next's hook, same call sites): the component renders
 * again when the language changes or a catalog arrives, with a new `t`.
 */
export function useTranslation(): { t: TFunction; i18n: I18n } {
  const t = useSyncExternalStore(subscribe, snapshot, snapshot);
  return { t, i18n };
}
