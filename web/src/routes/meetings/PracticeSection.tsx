import {
  Badge,
  Button,
  Checkbox,
  Group,
  NativeSelect,
  Stack,
  Text,
  Textarea,
  TextInput,
} from '@mantine/core';
import { useForm } from '@mantine/form';
import { useMutation } from '@tanstack/react-query';
import { addCommitment, reviewCommitment } from '../../api/endpoints.ts';
import type { CarriedCommitment, Meeting } from '../../api/models.ts';
import { ErrorAlert } from '../../components/ErrorAlert.tsx';
import { applyServerErrors } from '../../components/forms.ts';
import { Section } from '../../components/Section.tsx';
import { useTranslation } from '../../i18n/useTranslation.ts';
import { formatDate } from '../../lib/format.ts';
import { recordOpen } from '../../lib/meetings.ts';
import { useMeetingSaved } from './meeting-cache.ts';

/**
 * Seed 002: "chi bộ … xác định và thực hiện làm theo, tháng kế tiếp đánh giá tình hình, kết quả học tập, làm
 * theo của tập thể và cá nhân" — what earlier meetings committed to, evaluated here (closed once achieved), and
 * what this meeting's study commits the cell or a member to.
 */
export function PracticeSection({ meeting }: { meeting: Meeting }) {
  const { t } = useTranslation();
  const editable = recordOpen(meeting);
  const { carried, commitments } = meeting.practice;
  if (!editable && carried.length === 0 && commitments.length === 0) return null;
  const owner = (name: string | null) => name ?? t('meeting.practice.collective');
  return (
    <Section title={t('meeting.practice.title')} testId="practice">
      <Text size="sm" fw={600}>
        {t('meeting.practice.carried')}
      </Text>
      {carried.length === 0 ? (
        <Text size="sm" c="dimmed">
          {t('meeting.practice.noneCarried')}
        </Text>
      ) : (
        carried.map((c) => <CarriedRow key={c.id} meeting={meeting} commitment={c} editable={editable} />)
      )}
      <Text size="sm" fw={600} mt="sm">
        {t('meeting.practice.set')}
      </Text>
      {commitments.length === 0 ? (
        <Text size="sm" c="dimmed">
          {t('meeting.practice.noneSet')}
        </Text>
      ) : (
        commitments.map((c) => (
          <Text key={c.id} size="sm" data-testid="commitment">
            {c.text} · {owner(c.ownerName)}
          </Text>
        ))
      )}
      {editable ? <CommitmentForm meeting={meeting} /> : null}
    </Section>
  );
}

function CarriedRow({
  meeting,
  commitment: c,
  editable,
}: {
  meeting: Meeting;
  commitment: CarriedCommitment;
  editable: boolean;
}) {
  const { t } = useTranslation();
  const closedHere = c.closedAt !== null;
  return (
    <Stack gap={4} data-testid="carried-commitment">
      <Group gap="xs">
        <Text size="sm">
          {c.text} · {c.ownerName ?? t('meeting.practice.collective')} ·{' '}
          {t('meeting.practice.since', { date: formatDate(c.setOn) })}
        </Text>
        {closedHere ? (
          <Badge color="green" variant="light">
            {t('meeting.practice.achieved')}
          </Badge>
        ) : null}
      </Group>
      {c.reviews.map((r) => (
        <Text key={r.createdAt} size="sm" c="dimmed">
          {r.note} — {t(r.achieved ? 'meeting.practice.achieved' : 'meeting.practice.continues')}
        </Text>
      ))}
      {editable && !closedHere ? <ReviewForm meeting={meeting} commitmentId={c.id} /> : null}
    </Stack>
  );
}

function ReviewForm({ meeting, commitmentId }: { meeting: Meeting; commitmentId: string }) {
  const { t } = useTranslation();
  const saved = useMeetingSaved();
  const form = useForm({
    initialValues: { note: '', achieved: false },
    validate: { note: (value) => (value.trim() ? null : t('common.required')) },
  });
  const mutation = useMutation({
    mutationFn: (values: typeof form.values) =>
      reviewCommitment(meeting.id, commitmentId, { note: values.note.trim(), achieved: values.achieved }),
    onSuccess: (next) => {
      saved(next);
      form.reset();
    },
    onError: (error) => applyServerErrors(form, error),
  });
  return (
    <form onSubmit={form.onSubmit((values) => mutation.mutate(values))} noValidate>
      <Stack gap="xs" className="meeting-subform">
        <ErrorAlert error={mutation.error} />
        <Textarea label={t('meeting.practice.note')} autosize minRows={1} {...form.getInputProps('note')} />
        <Checkbox
          label={t('meeting.practice.achievedLabel')}
          {...form.getInputProps('achieved', { type: 'checkbox' })}
        />
        <Group>
          <Button type="submit" size="sm" variant="light" loading={mutation.isPending}>
            {t('meeting.practice.review')}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}

function CommitmentForm({ meeting }: { meeting: Meeting }) {
  const { t } = useTranslation();
  const saved = useMeetingSaved();
  const form = useForm({
    initialValues: { text: '', ownerId: '' },
    validate: { text: (value) => (value.trim() ? null : t('common.required')) },
  });
  const mutation = useMutation({
    mutationFn: (values: typeof form.values) =>
      addCommitment(meeting.id, { text: values.text.trim(), ownerId: values.ownerId || null }),
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
        <TextInput label={t('meeting.practice.text')} withAsterisk {...form.getInputProps('text')} />
        <NativeSelect
          label={t('meeting.practice.owner')}
          data={[
            { value: '', label: t('meeting.practice.collective') },
            ...people.map((p) => ({ value: p.personId, label: p.name })),
          ]}
          {...form.getInputProps('ownerId')}
        />
        <Group>
          <Button type="submit" size="sm" variant="light" loading={mutation.isPending}>
            {t('meeting.practice.add')}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
