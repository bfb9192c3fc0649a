// Translations: Vietnamese is the default; English is loaded on demand. The first screen (sign-in, the
// shell, the home page) ships with the few sections of vi.json it shows; the whole catalog is loaded with
// any other screen (app/routes.tsx waits for it) or as soon as a key is missing (issue 20, "Bytes").
// The runtime is the app's own (runtime.ts), not i18next: the catalogs keep i18next's format.
import { configureClient } from '../api/client.ts';
import type { Locale } from '../api/models.ts';
import { I18n, type Resources } from './runtime.ts';
// Only the first screen's parts (first-screen.ts), picked at build time.
import FIRST_SCREEN_VI from './vi.json?first-screen';

/** The app's translations; components read them through `useTranslation()` (useTranslation.ts). */
export const i18n = new I18n({
  lng: 'vi',
  fallbackLng: 'vi',
  resources: { vi: FIRST_SCREEN_VI as Resources },
  // A key the first screen's sections lack loads the whole catalog; the pages render again once it is in.
  onMissingKey: () => void loadCatalog(),
});

let wholeCatalog: Promise<void> | undefined;
/** The whole Vietnamese catalog (the fallback of English too), loaded once. */
export function loadCatalog(): Promise<void> {
  // `?raw` (the file's text): another module than the named imports above, so it stays out of the entry.
  wholeCatalog ??= import('./vi.json?raw').then(({ default: text }) => {
    i18n.addResourceBundle('vi', JSON.parse(text) as Resources);
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
  return isLocale(i18n.language) ? i18n.language : 'vi';
}

async function ensureLoaded(locale: Locale): Promise<void> {
  if (locale === 'en' && !i18n.hasResourceBundle('en')) {
    const en = await import('./en.json');
    i18n.addResourceBundle('en', en.default);
  }
}

/** Switch the UI language; `persist` records the choice on this device. */
export async function changeLocale(locale: Locale, persist = true): Promise<void> {
  await ensureLoaded(locale);
  i18n.changeLanguage(locale);
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
  configureClient({
    locale: currentLocale,
    fallbackMessage: (status) =>
      status === 0 ? i18n.t('common.networkError') : i18n.t('common.httpError', { status }),
  });
  if (locale !== 'vi') await changeLocale(locale, false);
  document.documentElement.lang = currentLocale();
}
