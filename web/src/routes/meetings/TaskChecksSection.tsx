import { Badge, Button, Group, NativeSelect, Stack, Text, Textarea } from '@mantine/core';
import { useForm } from '@mantine/form';
import { notifications } from '@mantine/notifications';
import { useMutation } from '@tanstack/react-query';
import { checkMeetingTask } from '../../api/endpoints.ts';
import type { Meeting, MeetingTaskCheck, TaskReportStatus } from '../../api/models.ts';
import { ErrorAlert } from '../../components/ErrorAlert.tsx';
import { applyServerErrors, nullable } from '../../components/forms.ts';
import { Section } from '../../components/Section.tsx';
import { useTranslation } from '../../i18n/useTranslation.ts';
import { formatDate } from '../../lib/format.ts';
import { recordOpen } from '../../lib/meetings.ts';
import { useMeetingSaved } from './meeting-cache.ts';

const STATUSES: readonly TaskReportStatus[] = ['done', 'in_progress', 'not_done'];
const STATE_COLORS: Record<string, string> = {
  open: 'gray',
  in_progress: 'blue',
  done: 'green',
  not_done: 'orange',
};

/**
 * Seed 002: "Tại phiên họp định kỳ đến kiểm tra đánh giá kết quả thực hiện" — the assignments of the earlier
 * meetings not done by this meeting's day; the chair's side records where each stands here (done, in progress,
 * not done with the reason), once per task, corrected if recorded again. It goes into the minutes.
 */
export function TaskChecksSection({ meeting }: { meeting: Meeting }) {
  const { t } = useTranslation();
  const editable = recordOpen(meeting);
  const checks = meeting.taskChecks;
  if (!editable && checks.length === 0) return null;
  return (
    <Section title={t('meeting.taskChecks.title')} testId="task-checks">
      {checks.length === 0 ? (
        <Text size="sm" c="dimmed">
          {t('meeting.taskChecks.none')}
        </Text>
      ) : (
        checks.map((task) => <CheckRow key={task.id} meeting={meeting} task={task} editable={editable} />)
      )}
    </Section>
  );
}

function CheckRow({
  meeting,
  task,
  editable,
}: {
  meeting: Meeting;
  task: MeetingTaskCheck;
  editable: boolean;
}) {
  const { t } = useTranslation();
  const { check } = task;
  return (
    <Stack gap={4} data-testid="task-check">
      <Text size="sm" fw={600}>
        {task.title}
      </Text>
      <Group gap="xs">
        <Text size="xs" c="dimmed">
          {task.owner?.name ?? t('meeting.tasks.collective')} ·{' '}
          {t('meeting.taskChecks.assignedOn', { date: formatDate(task.assignedAt.heldOn) })}
          {task.dueOn ? ` · ${t('meeting.tasks.due', { date: formatDate(task.dueOn) })}` : ''}
        </Text>
        <Badge size="sm" variant="light" color={STATE_COLORS[task.before.state]} tt="none">
          {t('meeting.taskChecks.before', { state: t(`followUp.states.${task.before.state}`) })}
        </Badge>
        {task.before.overdue ? (
          <Badge size="sm" variant="light" color="red" tt="none">
            {t('followUp.overdue')}
          </Badge>
        ) : null}
      </Group>
      {check ? (
        <Text size="sm" data-testid="task-check-result">
          <Text span fw={500} c={`${STATE_COLORS[check.status]}.8`}>
            {t('meeting.taskChecks.checked', { state: t(`followUp.states.${check.status}`) })}
          </Text>
          {check.note ? ` — ${check.note}` : ''}
        </Text>
      ) : null}
      {editable ? <CheckForm meeting={meeting} task={task} /> : null}
    </Stack>
  );
}

function CheckForm({ meeting, task }: { meeting: Meeting; task: MeetingTaskCheck }) {
  const { t } = useTranslation();
  const saved = useMeetingSaved();
  const form = useForm({
    initialValues: {
      status: (task.check?.status ?? '') as TaskReportStatus | '',
      note: task.check?.note ?? '',
    },
    validate: {
      status: (value) => (value ? null : t('followUp.form.chooseStatus')),
      note: (value, values) =>
        values.status === 'not_done' && !value.trim() ? t('followUp.form.reasonRequired') : null,
    },
  });
  const mutation = useMutation({
    mutationFn: (values: typeof form.values) =>
      checkMeetingTask(meeting.id, task.id, {
        status: values.status as TaskReportStatus,
        note: nullable(values.note),
      }),
    onSuccess: (next) => {
      saved(next);
      form.resetDirty();
      notifications.show({ color: 'green', message: t('meeting.taskChecks.saved') });
    },
    onError: (error) => applyServerErrors(form, error),
  });
  const notDone = form.values.status === 'not_done';
  return (
    <form onSubmit={form.onSubmit((values) => mutation.mutate(values))} noValidate>
      <Stack gap="xs" className="meeting-subform">
        <ErrorAlert error={mutation.error} />
        <Group gap="xs" align="flex-end" wrap="wrap">
          <NativeSelect
            label={t('meeting.taskChecks.status')}
            withAsterisk
            data={[
              { value: '', label: t('meeting.taskChecks.choose') },
              ...STATUSES.map((status) => ({ value: status, label: t(`followUp.states.${status}`) })),
            ]}
            {...form.getInputProps('status')}
          />
          <Textarea
            label={notDone ? t('followUp.form.reason') : t('followUp.form.note')}
            withAsterisk={notDone}
            autosize
            minRows={1}
            style={{ flex: 1, minWidth: 220 }}
            {...form.getInputProps('note')}
          />
        </Group>
        <Group>
          <Button type="submit" size="sm" variant="light" loading={mutation.isPending}>
            {task.check ? t('meeting.taskChecks.update') : t('meeting.taskChecks.record')}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
