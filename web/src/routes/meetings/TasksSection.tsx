import { Button, Group, NativeSelect, SimpleGrid, Stack, TextInput } from '@mantine/core';
import { useForm } from '@mantine/form';
import { useMutation, useQuery } from '@tanstack/react-query';
import { cellTasksQuery, removeMeetingTask } from '../../api/endpoints.ts';
import type { FollowUpTask, Meeting, MeetingTask } from '../../api/models.ts';
import { DateField } from '../../components/DateField.tsx';
import { ErrorAlert } from '../../components/ErrorAlert.tsx';
import { applyServerErrors } from '../../components/forms.ts';
import { Section } from '../../components/Section.tsx';
import { useTranslation } from '../../i18n/useTranslation.ts';
import { formatDate } from '../../lib/format.ts';
import { recordOpen } from '../../lib/meetings.ts';
import { TaskReport } from '../follow-up/TaskReport.tsx';
import { useMeetingSaved } from './meeting-cache.ts';
import { newClientId, useConsoleSubmit } from './offline-outbox.ts';
import { RemovableRows } from './RemovableRows.tsx';

/**
 * Assignments from the conclusion: to a member or to the whole cell, with a due date. Once the meeting has
 * ended, each shows where it stands and takes reports (the follow-up); one reported on is no longer removed.
 */
export function TasksSection({ meeting }: { meeting: Meeting }) {
  const { t } = useTranslation();
  const saved = useMeetingSaved();
  const editable = recordOpen(meeting);
  const followUp = useFollowUp(meeting);
  const remove = useMutation({
    mutationFn: (task: MeetingTask) => removeMeetingTask(meeting.id, task.id),
    onSuccess: saved,
  });
  if (!editable && meeting.tasks.length === 0) return null;
  return (
    <Section title={t('meeting.tasks.title')} testId="tasks">
      <ErrorAlert error={remove.error} />
      <ErrorAlert error={followUp.error} onRetry={followUp.retry} />
      <RemovableRows
        items={meeting.tasks}
        empty={t('meeting.tasks.none')}
        testId="task"
        title={(task) => task.title}
        detail={(task) =>
          `${task.ownerName ?? t('meeting.tasks.collective')}${task.dueOn ? ` · ${t('meeting.tasks.due', { date: formatDate(task.dueOn) })}` : ''}`
        }
        more={(task) => {
          const progress = followUp.tasks.get(task.id);
          return progress ? <TaskReport task={progress} /> : null;
        }}
        onRemove={editable ? (task) => remove.mutate(task) : undefined}
        // An adopted resolution decision stays the resolution's task (seed 003).
        removable={(task) =>
          task.decisionId === null && (followUp.tasks.get(task.id)?.state ?? 'open') === 'open'
        }
        removingId={remove.isPending ? remove.variables.id : undefined}
      />
      {editable ? <TaskForm meeting={meeting} /> : null}
    </Section>
  );
}

/**
 * Where this meeting's assignments stand, once it has ended: one request for the cell's list of the year,
 * kept to this meeting's.
 */
function useFollowUp(meeting: Meeting) {
  const ended = meeting.status === 'ended' && meeting.tasks.length > 0;
  const { data, error, refetch } = useQuery({
    ...cellTasksQuery(meeting.cellId, Number(meeting.heldOn.slice(0, 4))),
    enabled: ended,
  });
  const tasks = new Map<string, FollowUpTask>();
  for (const task of data?.tasks ?? []) if (task.meeting.id === meeting.id) tasks.set(task.id, task);
  return { tasks, error: ended ? error : null, retry: () => void refetch() };
}

function TaskForm({ meeting }: { meeting: Meeting }) {
  const { t } = useTranslation();
  const saved = useMeetingSaved();
  const submit = useConsoleSubmit(meeting.id);
  const form = useForm({
    initialValues: { title: '', ownerId: '', dueOn: '' },
    validate: { title: (value) => (value.trim() ? null : t('common.required')) },
  });
  const mutation = useMutation({
    // Offline too: the outbox keeps the change (react-query would hold it back until online).
    networkMode: 'always',
    // With an id made here: sent again after a dropped connection, it is still one assignment.
    mutationFn: (values: typeof form.values) =>
      submit({
        kind: 'task',
        clientId: newClientId(),
        title: values.title.trim(),
        ownerId: values.ownerId || null,
        dueOn: values.dueOn || null,
      }),
    onSuccess: (next) => {
      saved(next);
      form.reset();
    },
    onError: (error) => applyServerErrors(form, error),
  });
  const people = meeting.attendance.filter((a) => a.memberStatus !== 'transferred_out');
  return (
    <form onSubmit={form.onSubmit((values) => mutation.mutate(values))} noValidate>
      <Stack gap="xs" className="meeting-subform">
        <ErrorAlert error={mutation.error} />
        <TextInput label={t('meeting.tasks.taskTitle')} withAsterisk {...form.getInputProps('title')} />
        <SimpleGrid cols={{ base: 1, xs: 2 }} spacing="xs">
          <NativeSelect
            label={t('meeting.tasks.owner')}
            data={[
              { value: '', label: t('meeting.tasks.collective') },
              ...people.map((p) => ({ value: p.personId, label: p.name })),
            ]}
            {...form.getInputProps('ownerId')}
          />
          <DateField label={t('meeting.tasks.dueOn')} {...form.getInputProps('dueOn')} />
        </SimpleGrid>
        <Group>
          <Button type="submit" size="sm" variant="light" loading={mutation.isPending}>
            {t('meeting.tasks.add')}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
