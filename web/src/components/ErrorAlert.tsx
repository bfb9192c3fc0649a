import { Alert, Button, Group, Text } from '@mantine/core';
import { ApiError } from '../api/client.ts';
import { useTranslation } from '../i18n/useTranslation.ts';

/** The server's localised message (or a generic one) for a failed request. */
export function errorMessage(error: unknown, fallback: string): string {
  if (error instanceof ApiError) return error.message || fallback;
  return fallback;
}

interface ErrorAlertProps {
  error: unknown;
  onRetry?: () => void;
  /** Also list the server's field messages, for requests whose fields no form input shows (a file, a passage). */
  withFields?: boolean;
}

export function ErrorAlert({ error, onRetry, withFields = false }: ErrorAlertProps) {
  const { t } = useTranslation();
  if (!error) return null;
  // Retrying cannot fix a refusal (403, 404, 409…): offer it only for network and server failures.
  const canRetry = onRetry && !(error instanceof ApiError && error.status >= 400 && error.status < 500);
  return (
    <Alert color="red" variant="light" title={t('common.errorTitle')} role="alert">
      <Group justify="space-between" gap="xs">
        <Text size="sm">{errorMessage(error, t('common.unexpected'))}</Text>
        {canRetry ? (
          <Button size="compact-sm" variant="white" color="red" onClick={onRetry}>
            {t('common.retry')}
          </Button>
        ) : null}
      </Group>
      {withFields && error instanceof ApiError
        ? Object.entries(error.fields).map(([field, message]) => (
            <Text key={field} size="sm">
              {message}
            </Text>
          ))
        : null}
    </Alert>
  );
}
