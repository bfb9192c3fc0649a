import { createTheme, MantineProvider } from '@mantine/core';
import { MutationCache, QueryCache, QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { lazy, Suspense } from 'react';
import { isApiError } from '../api/client.ts';
import { keys } from '../api/endpoints.ts';
import { TextSizeSync } from '../components/TextSize.tsx';
import { LocaleSync } from './LocaleSync.tsx';
import { AppRoutes } from './routes.tsx';

const Toaster = lazy(() => import('../components/Toaster.tsx'));

const theme = createTheme({
  primaryColor: 'red',
  defaultRadius: 'sm',
  fontFamily:
    'system-ui, -apple-system, "Segoe UI", Roboto, "Noto Sans", "Helvetica Neue", Arial, sans-serif',
});

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

export function App() {
  return (
    <MantineProvider theme={theme} defaultColorScheme="light">
      <Suspense fallback={null}>
        <Toaster />
      </Suspense>
      <QueryClientProvider client={queryClient}>
        <LocaleSync />
        <TextSizeSync />
        <AppRoutes />
      </QueryClientProvider>
    </MantineProvider>
  );
}
