/**
 * The parts of vi.json the first screen (sign-in, the shell, the member home) shows: the entry carries only these
 * (`./vi.json?first-screen`, picked at build time by scripts/lib/catalog-pick.ts); the whole catalog loads with
 * any other screen, or at once when a key is missing (issue 20, "Bytes"). A whole section, or "section.sub".
 */
export const FIRST_SCREEN_SECTIONS = [
  'app',
  'common',
  'header',
  'home',
  'kinds',
  'login',
  'nav',
  // The bell's name and the home's to-do lines; not the settings, calendar and push pages' texts.
  'notifications.bell',
  'notifications.kinds',
  'notifications.remark',
  'notifications.dueOn',
  'notifications.due',
  'planStatuses',
  'planSteps',
  'roles',
  // The header's search field; not the search page's.
  'search.label',
  'search.placeholder',
  'statuses',
] as const;
