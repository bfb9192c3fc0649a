import { Button, Modal, Stack, Text, Textarea } from '@mantine/core';
import { useForm } from '@mantine/form';
import { notifications } from '@mantine/notifications';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { keys, remindCells } from '../../api/endpoints.ts';
import { ErrorAlert } from '../../components/ErrorAlert.tsx';
import { FormButtons } from '../../components/FormButtons.tsx';
import { applyServerErrors } from '../../components/forms.ts';
import { useTranslation } from '../../i18n/useTranslation.ts';
import { formatDateTime } from '../../lib/format.ts';
import type { CellRow } from './CellPlanFlags.tsx';

/** A cell lags when its topics have steps past their month or its plan is late against the guidance. */
export const isLagging = (row: CellRow) => row.overdueSteps > 0 || row.late !== null;

export const MESSAGE_MAX = 1000;

/** A cell to remind: the overview's rows and the oversight dashboard's cells both carry these. */
export type RemindTarget = Pick<CellRow, 'cellId' | 'cellName'>;

/** Who may remind from this overview, and where: passed down to the rows. */
export interface RemindContext {
  committeeId: string;
  year: number;
  /** Called once the reminder is sent (the dashboard clears its selection). */
  onSent?: () => void;
}

/** The last reminder a committee sent the cell: when and by whom (the message in the tooltip). */
export function LastReminder({ row }: { row: Pick<CellRow, 'lastReminder'> }) {
  const { t } = useTranslation();
  if (!row.lastReminder) return null;
  return (
    <Text size="xs" c="dimmed" title={row.lastReminder.message} data-testid="cell-last-reminder">
      {t('committee.lastReminder', {
        at: formatDateTime(row.lastReminder.sentAt),
        name: row.lastReminder.sentByName ?? t('committee.remindByAdmin'),
      })}
    </Text>
  );
}

/** A button that opens the reminder form for these cells (one, or every lagging cell shown). */
export function RemindButton({
  context,
  rows,
  label,
  variant = 'light',
}: {
  context: RemindContext;
  rows: readonly RemindTarget[];
  label: string;
  variant?: 'light' | 'filled' | 'subtle';
}) {
  const [open, setOpen] = useState(false);
  const { t } = useTranslation();
  return (
    <>
      <Button size="xs" variant={variant} color="orange" onClick={() => setOpen(true)}>
        {label}
      </Button>
      {open ? (
        <Modal opened onClose={() => setOpen(false)} title={t('committee.remindTitle')}>
          <RemindForm context={context} rows={rows} onDone={() => setOpen(false)} />
        </Modal>
      ) : null}
    </>
  );
}

function RemindForm({
  context,
  rows,
  onDone,
}: {
  context: RemindContext;
  rows: readonly RemindTarget[];
  onDone: () => void;
}) {
  const { t } = useTranslation();
  const queryClient = useQueryClient();
  const form = useForm({
    initialValues: { message: '' },
    validate: {
      message: (value) =>
        !value.trim()
          ? t('common.required')
          : value.trim().length > MESSAGE_MAX
            ? t('committee.remindTooLong', { max: MESSAGE_MAX })
            : null,
    },
  });
  const mutation = useMutation({
    mutationFn: (values: typeof form.values) =>
      remindCells(context.committeeId, {
        cellIds: rows.map((r) => r.cellId),
        message: values.message.trim(),
      }),
    onSuccess: async (result) => {
      await queryClient.invalidateQueries({ queryKey: keys.cellPlans(context.committeeId, context.year) });
      await queryClient.invalidateQueries({ queryKey: ['committeeReminders'] });
      await queryClient.invalidateQueries({ queryKey: ['oversight'] });
      context.onSent?.();
      notifications.show({ color: 'green', message: t('committee.remindSent', { count: result.sent }) });
      onDone();
    },
    onError: (error) => applyServerErrors(form, error),
  });
  return (
    <form onSubmit={form.onSubmit((values) => mutation.mutate(values))} noValidate>
      <Stack>
        <ErrorAlert error={mutation.error} />
        <Text size="sm">{t('committee.remindTo', { cells: rows.map((r) => r.cellName).join(', ') })}</Text>
        <Textarea
          label={t('committee.remindMessage')}
          withAsterisk
          autosize
          minRows={3}
          maxLength={MESSAGE_MAX}
          data-autofocus
          {...form.getInputProps('message')}
        />
        <FormButtons pending={mutation.isPending} onCancel={onDone} submitLabel={t('committee.remindSend')} />
      </Stack>
    </form>
  );
}
