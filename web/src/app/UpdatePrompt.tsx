import { registerSW } from 'virtual:pwa-register';
import { lazy, Suspense, useEffect, useState } from 'react';
import { ErrorBoundary } from '../components/ErrorBoundary.tsx';

const UpdateCard = lazy(() => import('./UpdateCard.tsx'));

/**
 * Registers the service worker (/sw.js: the app shell for offline use, vite.config.ts) and, when a new version
 * of the app is ready, asks before reloading: the person finishes what they are typing first (registerType
 * `prompt`). The console's unsent changes are on the device (meetings/offline-outbox.ts) and survive a reload.
 */
export function UpdatePrompt() {
  const [update, setUpdate] = useState<((reload?: boolean) => Promise<void>) | null>(null);
  useEffect(() => {
    if (!('serviceWorker' in navigator)) return;
    const updateSW = registerSW({
      onNeedRefresh: () => setUpdate(() => updateSW),
    });
  }, []);
  if (!update) return null;
  // The new version's worker holds the files by now; a card that cannot load is left out, not the page.
  return (
    <ErrorBoundary fallback={null}>
      <Suspense fallback={null}>
        <UpdateCard onReload={() => void update(true)} onLater={() => setUpdate(null)} />
      </Suspense>
    </ErrorBoundary>
  );
}
