import { Button, Group, Modal, Stack, Text } from '@mantine/core';
import type { ReactNode } from 'react';
import { useTranslation } from '../i18n/useTranslation.ts';
import { BusyButton } from './BusyButton.tsx';
import { ErrorAlert } from './ErrorAlert.tsx';

/** "Are you sure?" for a step that cannot be undone (end a meeting, sign, issue, delete), with the server's refusal. */
export function ConfirmDialog({
  title,
  children,
  confirmLabel,
  cancelLabel,
  color,
  pending,
  error,
  onConfirm,
  onClose,
}: {
  title: string;
  children: ReactNode;
  confirmLabel: string;
  /** What keeping things as they are is called, where "Hủy" would be ambiguous (cancelling a meeting). */
  cancelLabel?: string;
  color?: string;
  pending: boolean;
  error: unknown;
  onConfirm: () => void;
  onClose: () => void;
}) {
  const { t } = useTranslation();
  return (
    <Modal opened onClose={onClose} title={title}>
      <Stack>
        <ErrorAlert error={error} />
        {typeof children === 'string' ? <Text size="sm">{children}</Text> : children}
        <Group justify="flex-end" mt="xs">
          <Button variant="default" onClick={onClose}>
            {cancelLabel ?? t('common.cancel')}
          </Button>
          <BusyButton color={color} busy={pending} onClick={onConfirm} data-autofocus>
            {confirmLabel}
          </BusyButton>
        </Group>
      </Stack>
    </Modal>
  );
}
