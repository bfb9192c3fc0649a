// i18next set-up: Vietnamese is the default; English is loaded on demand. The first screen (sign-in, the
// shell, the home page) ships with the few sections of vi.json it shows; the whole catalog is loaded with
// any other screen (app/routes.tsx waits for it) or as soon as a key is missing (issue 20, "Bytes").
import i18next from 'i18next';
import { initReactI18next } from 'react-i18next';
import { configureClient } from '../api/client.ts';
import type { Locale } from '../api/models.ts';
// Named imports of a JSON file keep only those sections in the entry chunk.
import {
  account,
  app,
  common,
  genders,
  header,
  home,
  kinds,
  login,
  nav,
  notifications,
  planStatuses,
  planSteps,
  roles,
  search,
  statuses,
} from './vi.json';

const FIRST_SCREEN_VI = {
  account,
  app,
  common,
  genders,
  header,
  home,
  kinds,
  login,
  nav,
  notifications,
  planStatuses,
  planSteps,
  roles,
  search,
  statuses,
};

let wholeCatalog: Promise<void> | undefined;
/** The whole Vietnamese catalog (the fallback of English too), loaded once. */
export function loadCatalog(): Promise<void> {
  // `?raw` (the file's text): another module than the named imports above, so it stays out of the entry.
  wholeCatalog ??= import('./vi.json?raw').then(({ default: text }) => {
    i18next.addResourceBundle('vi', 'translation', JSON.parse(text), true, true);
  });
  return wholeCatalog;
}

const STORAGE_KEY = 'chuyende.locale';
export const LOCALES: readonly Locale[] = ['vi', 'en'];

function isLocale(value: unknown): value is Locale {
  return value === 'vi' || value === 'en';
}

/** The language chosen on this device, if the user ever chose one. */
export function storedLocale(): Locale | null {
  try {
    const value = window.localStorage.getItem(STORAGE_KEY);
    return isLocale(value) ? value : null;
  } catch {
    return null;
  }
}

export function currentLocale(): Locale {
  return isLocale(i18next.language) ? i18next.language : 'vi';
}

async function ensureLoaded(locale: Locale): Promise<void> {
  if (locale === 'en' && !i18next.hasResourceBundle('en', 'translation')) {
    const en = await import('./en.json');
    i18next.addResourceBundle('en', 'translation', en.default, true, true);
  }
}

/** Switch the UI language; `persist` records the choice on this device. */
export async function changeLocale(locale: Locale, persist = true): Promise<void> {
  await ensureLoaded(locale);
  await i18next.changeLanguage(locale);
  document.documentElement.lang = locale;
  if (persist) {
    try {
      window.localStorage.setItem(STORAGE_KEY, locale);
    } catch {
      // Private mode or storage disabled: the choice lasts for this page only.
    }
  }
}

export async function initI18n(): Promise<void> {
  const locale = storedLocale() ?? 'vi';
  await i18next.use(initReactI18next).init({
    resources: { vi: { translation: FIRST_SCREEN_VI } },
    lng: 'vi',
    fallbackLng: 'vi',
    supportedLngs: LOCALES,
    interpolation: { escapeValue: false },
    returnNull: false,
    // A key the first screen's sections lack loads the whole catalog; the pages render again once it is in.
    saveMissing: true,
    missingKeyHandler: () => void loadCatalog(),
    react: { bindI18nStore: 'added' },
  });
  configureClient({
    locale: currentLocale,
    fallbackMessage: (status) =>
      status === 0 ? i18next.t('common.networkError') : i18next.t('common.httpError', { status }),
  });
  if (locale !== 'vi') await changeLocale(locale, false);
  document.documentElement.lang = currentLocale();
}

export { i18next };
