import { Alert, Button, Group, Stack, Text } from '@mantine/core';
import { isApiError } from '../../api/client.ts';
import { ErrorAlert, errorMessage } from '../../components/ErrorAlert.tsx';
import { useTranslation } from '../../i18n/useTranslation.ts';

interface PlanSaveBarProps {
  dirty: boolean;
  saving: boolean;
  saveError: unknown;
  reloading: boolean;
  reloadError: unknown;
  /** Fetches the latest version of the plan and starts the form from it, dropping the changes. */
  onReload: () => void;
  /** Puts the form back on the plan as loaded. */
  onDiscard: () => void;
}

/**
 * The editor's sticky bottom bar: saved or not, save and discard; when someone else saved the plan since
 * (PLAN_CHANGED), the offer to reload their version.
 */
export function PlanSaveBar({
  dirty,
  saving,
  saveError,
  reloading,
  reloadError,
  onReload,
  onDiscard,
}: PlanSaveBarProps) {
  const { t } = useTranslation();
  const changed = isApiError(saveError) && saveError.code === 'PLAN_CHANGED';
  return (
    <div className="plan-save-bar">
      <Stack gap={4}>
        {changed ? (
          <Alert color="orange" variant="light" title={t('common.errorTitle')} role="alert">
            <Stack gap={6}>
              <Text size="sm">{errorMessage(saveError, t('common.unexpected'))}</Text>
              <Text size="xs" c="dimmed">
                {t('plans.reloadDiscards')}
              </Text>
              <Group>
                <Button
                  size="compact-sm"
                  variant="light"
                  color="orange"
                  loading={reloading}
                  onClick={onReload}
                >
                  {t('plans.reloadLatest')}
                </Button>
              </Group>
            </Stack>
          </Alert>
        ) : null}
        <ErrorAlert error={changed ? reloadError : saveError} />
        <Group justify="space-between" gap="xs">
          <Text size="sm" c={dirty ? 'orange.8' : 'dimmed'} aria-live="polite">
            {dirty ? t('plans.unsaved') : t('plans.allSaved')}
          </Text>
          <Group gap="xs">
            {dirty ? (
              <Button variant="default" onClick={onDiscard}>
                {t('plans.discard')}
              </Button>
            ) : null}
            <Button type="submit" loading={saving}>
              {t('plans.save')}
            </Button>
          </Group>
        </Group>
      </Stack>
    </div>
  );
}
