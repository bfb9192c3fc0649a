import { Button, Card, Code, Group, Stack, Text, Textarea } from '@mantine/core';
import { useForm } from '@mantine/form';
import { notifications } from '@mantine/notifications';
import { useMutation } from '@tanstack/react-query';
import { addAddendum } from '../../api/endpoints.ts';
import type { Meeting, MeetingMinutes } from '../../api/models.ts';
import { ErrorAlert } from '../../components/ErrorAlert.tsx';
import { applyServerErrors } from '../../components/forms.ts';
import { useTranslation } from '../../i18n/useTranslation.ts';
import { formatDateTime } from '../../lib/format.ts';
import { useMeetingSaved } from './meeting-cache.ts';

/** Corrections after the signed text: each dated and hashed, never an edit of what was signed. */
export function AddendaSection({ meeting, minutes }: { meeting: Meeting; minutes: MeetingMinutes }) {
  const { t } = useTranslation();
  return (
    <Stack gap="xs" data-testid="addenda">
      <Text size="sm" fw={600}>
        {t('meeting.addenda.title')}
      </Text>
      {minutes.addenda.length === 0 ? (
        <Text size="sm" c="dimmed">
          {t('meeting.addenda.none')}
        </Text>
      ) : null}
      {minutes.addenda.map((addendum) => (
        <Card key={addendum.id} withBorder padding="sm" data-testid="addendum">
          <Text size="sm" style={{ whiteSpace: 'pre-wrap' }}>
            {addendum.text}
          </Text>
          <Text size="xs" c="dimmed">
            {addendum.addedByName ?? ''} · {formatDateTime(addendum.addedAt)} ·{' '}
            <Code title={addendum.textHash}>{addendum.textHash.slice(0, 12)}…</Code>
          </Text>
        </Card>
      ))}
      {meeting.permissions.record ? <AddendumForm meetingId={meeting.id} /> : null}
    </Stack>
  );
}

function AddendumForm({ meetingId }: { meetingId: string }) {
  const { t } = useTranslation();
  const saved = useMeetingSaved();
  const form = useForm({
    initialValues: { text: '' },
    validate: { text: (value) => (value.trim() ? null : t('common.required')) },
  });
  const mutation = useMutation({
    mutationFn: (values: typeof form.values) => addAddendum(meetingId, values.text.trim()),
    onSuccess: (next) => {
      saved(next);
      form.reset();
      notifications.show({ color: 'green', message: t('meeting.addenda.added') });
    },
    onError: (error) => applyServerErrors(form, error),
  });
  return (
    <form onSubmit={form.onSubmit((values) => mutation.mutate(values))} noValidate>
      <Stack gap="xs">
        <ErrorAlert error={mutation.error} />
        <Textarea label={t('meeting.addenda.text')} autosize minRows={2} {...form.getInputProps('text')} />
        <Group>
          <Button type="submit" size="sm" variant="light" loading={mutation.isPending}>
            {t('meeting.addenda.add')}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
