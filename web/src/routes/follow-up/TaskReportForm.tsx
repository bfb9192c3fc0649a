import '@mantine/core/styles/InlineInput.css';
import '@mantine/core/styles/Radio.css';
import { Button, Group, Radio, Stack, Textarea } from '@mantine/core';
import { useForm } from '@mantine/form';
import { notifications } from '@mantine/notifications';
import { useMutation } from '@tanstack/react-query';
import { reportTask } from '../../api/endpoints.ts';
import type { FollowUpTask, TaskReportStatus } from '../../api/models.ts';
import { DateField } from '../../components/DateField.tsx';
import { ErrorAlert } from '../../components/ErrorAlert.tsx';
import { applyServerErrors, nullable } from '../../components/forms.ts';
import { useTranslation } from '../../i18n/useTranslation.ts';
import { todayLocalDate } from '../../lib/format.ts';
import { useTaskReported } from './follow-up-cache.ts';

const STATUSES: readonly TaskReportStatus[] = ['in_progress', 'done', 'not_done'];

/**
 * One dated report on an assignment: in progress, done, or not done (then saying why). Reports are never
 * rewritten: a later one says where the assignment stands now.
 */
export function TaskReportForm({ task, onDone }: { task: FollowUpTask; onDone: () => void }) {
  const { t } = useTranslation();
  const reported = useTaskReported();
  const today = todayLocalDate();
  const form = useForm({
    initialValues: { status: '' as TaskReportStatus | '', reportedOn: today, note: '' },
    validate: {
      status: (value) => (value ? null : t('followUp.form.chooseStatus')),
      reportedOn: (value) => (value ? null : t('common.required')),
      note: (value, values) =>
        values.status === 'not_done' && !value.trim() ? t('followUp.form.reasonRequired') : null,
    },
  });
  const mutation = useMutation({
    mutationFn: (values: typeof form.values) =>
      reportTask(task.id, {
        status: values.status as TaskReportStatus,
        note: nullable(values.note),
        reportedOn: values.reportedOn,
      }),
    onSuccess: (next) => {
      reported(next);
      notifications.show({ color: 'green', message: t('followUp.form.reported') });
      onDone();
    },
    onError: (error) => applyServerErrors(form, error),
  });
  const notDone = form.values.status === 'not_done';
  return (
    <form onSubmit={form.onSubmit((values) => mutation.mutate(values))} noValidate>
      <Stack gap="xs" className="follow-up-report" data-testid="task-report-form">
        <ErrorAlert error={mutation.error} />
        <Radio.Group label={t('followUp.form.status')} withAsterisk {...form.getInputProps('status')}>
          <Group gap="md" mt={4}>
            {STATUSES.map((status) => (
              <Radio key={status} value={status} label={t(`followUp.form.statuses.${status}`)} size="md" />
            ))}
          </Group>
        </Radio.Group>
        <DateField
          label={t('followUp.form.reportedOn')}
          withAsterisk
          min={task.meeting.heldOn}
          max={today}
          maw={220}
          {...form.getInputProps('reportedOn')}
        />
        <Textarea
          label={notDone ? t('followUp.form.reason') : t('followUp.form.note')}
          withAsterisk={notDone}
          autosize
          minRows={2}
          {...form.getInputProps('note')}
        />
        <Group gap="xs">
          <Button type="submit" size="sm" loading={mutation.isPending}>
            {t('followUp.form.submit')}
          </Button>
          <Button size="sm" variant="default" onClick={onDone}>
            {t('common.cancel')}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
