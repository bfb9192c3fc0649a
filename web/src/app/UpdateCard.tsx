import { Affix, Button, Group, Paper, Text } from '@mantine/core';
import { useTranslation } from '../i18n/useTranslation.ts';

/**
 * "A new version is ready": loaded only when the service worker has one (app/UpdatePrompt.tsx), so the Affix and
 * its portal are not part of the first screen (issue 20, "Bytes").
 */
export default function UpdateCard({ onReload, onLater }: { onReload: () => void; onLater: () => void }) {
  const { t } = useTranslation();
  return (
    <Affix position={{ bottom: 16, left: 16 }}>
      <Paper shadow="md" p="sm" withBorder role="status" data-testid="update-prompt">
        <Group gap="sm">
          <Text size="sm">{t('app.updateReady')}</Text>
          <Button size="compact-sm" onClick={onReload}>
            {t('app.updateReload')}
          </Button>
          <Button size="compact-sm" variant="subtle" onClick={onLater}>
            {t('app.updateLater')}
          </Button>
        </Group>
      </Paper>
    </Affix>
  );
}
