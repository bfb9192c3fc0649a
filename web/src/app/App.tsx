import {
  type CSSVariablesResolver,
  createTheme,
  DEFAULT_THEME,
  darken,
  type MantineColorsTuple,
  MantineProvider,
} from '@mantine/core';
import { notificationsStore } from '@mantine/notifications';
import { MutationCache, QueryCache, QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { lazy, Suspense, useEffect, useMemo, useState } from 'react';
import { isApiError } from '../api/client.ts';
import { keys } from '../api/query-keys.ts';
import { ErrorBoundary } from '../components/ErrorBoundary.tsx';
import { TextSizeSync } from '../components/TextSizeSync.tsx';
import { useTranslation } from '../i18n/useTranslation.ts';
import { LocaleSync } from './LocaleSync.tsx';
import { AppRoutes } from './routes.tsx';
import { UpdatePrompt } from './UpdatePrompt.tsx';

const Toaster = lazy(() => import('../components/Toaster.tsx'));

/**
 * Readable on any screen (issue 18, WCAG 2.1 AA, checked by tests/e2e/accessibility.spec.ts): colours are drawn
 * from the darker end of each palette (shade 8 or 9: text and filled buttons reach 4.5:1 on white and on their
 * light backgrounds), and every close button of a dialog or drawer has a name.
 */
function makeTheme(closeLabel: string) {
  return createTheme({
    colors: readablePalettes(),
    primaryColor: 'red',
    primaryShade: { light: 9, dark: 8 },
    defaultRadius: 'sm',
    fontFamily:
      'system-ui, -apple-system, "Segoe UI", Roboto, "Noto Sans", "Helvetica Neue", Arial, sans-serif',
    components: {
      // Plain objects, not Modal.extend/Drawer.extend: those would import both components (and the popover
      // machinery behind them) into the first screen (issue 20, "Bytes").
      Modal: { defaultProps: { closeButtonProps: { 'aria-label': closeLabel } } },
      Drawer: { defaultProps: { closeButtonProps: { 'aria-label': closeLabel } } },
    },
  });
}

/**
 * Shades 7 to 9 are what screens write small coloured text in (`c="red.8"`, an overdue line): Mantine's are
 * 3.7–4.2:1 on white (orange 8 is 3:1). They are darkened here, so every palette colour from shade 7 reads at
 * 4.5:1 on white and on the light backgrounds of cards and badges.
 */
function readablePalettes() {
  const palettes: Record<string, MantineColorsTuple> = {};
  for (const [name, shades] of Object.entries(DEFAULT_THEME.colors)) {
    if (name === 'dark' || name === 'gray') continue;
    const amount = BRIGHT.has(name) ? 0.4 : 0.25;
    const next = [...shades] as string[];
    for (const i of [7, 8]) next[i] = darken(shades[i] ?? '#000', amount);
    // Green 9 is 4.4:1 on white: shade 9 a little deeper too (more for the bright palettes).
    next[9] = darken(shades[9] ?? '#000', BRIGHT.has(name) ? amount : 0.1);
    palettes[name] = next as unknown as MantineColorsTuple;
  }
  return palettes;
}

/** Palettes whose shade 9 is too light for white text (yellow 9 is 3:1): their filled colour is darkened. */
const BRIGHT = new Set(['yellow', 'orange', 'lime']);

/**
 * Light variants (badges, light buttons, alerts) write shade 9 on shade 1: 3.8:1 for green. Their text is
 * darkened until it reads at 4.5:1 or more; secondary ("dimmed") text is gray 7, not gray 6 (3.3:1 on white).
 */
const cssVariables: CSSVariablesResolver = () => {
  const light: Record<string, string> = { '--mantine-color-dimmed': 'var(--mantine-color-gray-7)' };
  for (const [name, shades] of Object.entries(DEFAULT_THEME.colors)) {
    const deep = shades[9] ?? '#000';
    light[`--mantine-color-${name}-light-color`] = darken(deep, 0.3);
    if (BRIGHT.has(name)) {
      light[`--mantine-color-${name}-filled`] = darken(deep, 0.3);
      light[`--mantine-color-${name}-outline`] = darken(deep, 0.3);
    }
  }
  return { variables: {}, light, dark: {} };
};

/** A 401 on any call means the session ended: forget the user so the shell sends them to /login. */
function onUnauthenticated(error: unknown, key?: readonly unknown[]): void {
  if (isApiError(error, 401) && key?.[0] !== keys.me[0]) queryClient.setQueryData(keys.me, null);
}

const queryClient = new QueryClient({
  queryCache: new QueryCache({ onError: (error, query) => onUnauthenticated(error, query.queryKey) }),
  mutationCache: new MutationCache({ onError: (error) => onUnauthenticated(error) }),
  defaultOptions: {
    queries: {
      staleTime: 30_000,
      refetchOnWindowFocus: false,
      // Client errors (403, 404…) will not change on retry; network and server errors may.
      retry: (count, error) => !(isApiError(error) && error.status >= 400 && error.status < 500) && count < 2,
    },
  },
});

/**
 * The toast container is loaded with the first toast (toasts only follow a user's action), not with the
 * first screen (issue 20, "Bytes"); once mounted it shows what was queued meanwhile.
 */
function ToasterOnDemand() {
  const [needed, setNeeded] = useState(() => notificationsStore.getState().notifications.length > 0);
  useEffect(() => {
    if (needed) return;
    return notificationsStore.subscribe(() => setNeeded(true));
  }, [needed]);
  // Outside the shell's boundary: a toast whose code cannot be fetched (no signal, before the service worker holds
  // the app) is dropped rather than blanking the screen it was about.
  return needed ? (
    <ErrorBoundary fallback={null}>
      <Suspense fallback={null}>
        <Toaster />
      </Suspense>
    </ErrorBoundary>
  ) : null;
}

export function App() {
  const { t } = useTranslation();
  const theme = useMemo(() => makeTheme(t('common.closeDialog')), [t]);
  return (
    // Every CSS variable is written by the provider (deduplicateCssVariables off), so the first screen does not
    // also download Mantine's default-css-variables.css (issue 20, "Bytes"; styles/base.ts).
    <MantineProvider
      theme={theme}
      cssVariablesResolver={cssVariables}
      defaultColorScheme="light"
      deduplicateCssVariables={false}
    >
      <ToasterOnDemand />
      <QueryClientProvider client={queryClient}>
        <LocaleSync />
        <TextSizeSync />
        <AppRoutes />
      </QueryClientProvider>
      <UpdatePrompt />
    </MantineProvider>
  );
}
