import { registerSW } from 'virtual:pwa-register';
import { Affix, Button, Group, Paper, Text } from '@mantine/core';
import { useEffect, useState } from 'react';
import { useTranslation } from '../i18n/useTranslation.ts';

/**
 * Registers the service worker (/sw.js: the app shell for offline use, vite.config.ts) and, when a new version
 * of the app is ready, asks before reloading: the person finishes what they are typing first (registerType
 * `prompt`). The console's unsent changes are on the device (meetings/offline-outbox.ts) and survive a reload.
 */
export function UpdatePrompt() {
  const { t } = useTranslation();
  const [update, setUpdate] = useState<((reload?: boolean) => Promise<void>) | null>(null);
  useEffect(() => {
    if (!('serviceWorker' in navigator)) return;
    const updateSW = registerSW({
      onNeedRefresh: () => setUpdate(() => updateSW),
    });
  }, []);
  if (!update) return null;
  return (
    <Affix position={{ bottom: 16, left: 16 }}>
      <Paper shadow="md" p="sm" withBorder role="status" data-testid="update-prompt">
        <Group gap="sm">
          <Text size="sm">{t('app.updateReady')}</Text>
          <Button size="compact-sm" onClick={() => void update(true)}>
            {t('app.updateReload')}
          </Button>
          <Button size="compact-sm" variant="subtle" onClick={() => setUpdate(null)}>
            {t('app.updateLater')}
          </Button>
        </Group>
      </Paper>
    </Affix>
  );
}
