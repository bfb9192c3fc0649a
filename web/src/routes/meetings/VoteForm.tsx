import { Button, Group, Radio, SimpleGrid, Stack, Text, TextInput } from '@mantine/core';
import '@mantine/core/styles/Radio.css';
import { useForm } from '@mantine/form';
import { notifications } from '@mantine/notifications';
import { useMutation } from '@tanstack/react-query';
import { recordVote } from '../../api/endpoints.ts';
import type { Meeting, MeetingDecision, VoteChoice } from '../../api/models.ts';
import { ErrorAlert } from '../../components/ErrorAlert.tsx';
import { applyServerErrors } from '../../components/forms.ts';
import { useTranslation } from '../../i18n/useTranslation.ts';
import { nameOf, votersOf } from '../../lib/meetings.ts';
import { useMeetingSaved } from './meeting-cache.ts';

const CHOICES: readonly VoteChoice[] = ['for', 'against', 'abstain'];
const CHOICE_COLORS: Record<VoteChoice, string> = { for: 'green', against: 'red', abstain: 'gray' };

interface VoteValues {
  subject: string;
  mode: 'count' | 'named';
  for: string;
  against: string;
  abstain: string;
  ballots: Record<string, VoteChoice | ''>;
}

const count = (value: string) => (/^\d{1,4}$/.test(value.trim()) ? Number(value) : Number.NaN);

/**
 * A vote: hands counted in the room, or named (one row per official member present). Only official members
 * present vote; the server computes the base and the result by the rule it cites.
 */
export default function VoteForm({
  meeting,
  onDone,
  decision,
}: {
  meeting: Meeting;
  onDone: () => void;
  /** A resolution decision voted on (seed 003): the subject names it, a passed vote adopts it. */
  decision?: MeetingDecision;
}) {
  const { t } = useTranslation();
  const saved = useMeetingSaved();
  const voters = votersOf(meeting);
  const form = useForm<VoteValues>({
    initialValues: {
      subject: decision
        ? t('meeting.decisions.subject', { number: decision.number, text: decision.text })
        : '',
      mode: 'count',
      for: '0',
      against: '0',
      abstain: '0',
      ballots: Object.fromEntries(voters.map((id) => [id, ''])),
    },
    validate: (values) => {
      const errors: Record<string, string | null> = {};
      if (!values.subject.trim()) errors.subject = t('common.required');
      if (values.mode === 'count') {
        for (const key of ['for', 'against', 'abstain'] as const)
          if (Number.isNaN(count(values[key]))) errors[key] = t('meeting.votes.countInvalid');
        const cast = count(values.for) + count(values.against) + count(values.abstain);
        if (cast > voters.length) errors.for = t('meeting.votes.tooMany', { voters: voters.length });
      } else if (voters.some((id) => !values.ballots[id])) {
        errors.ballots = t('meeting.votes.everyone');
      }
      return errors;
    },
  });
  const mutation = useMutation({
    mutationFn: (values: VoteValues) =>
      recordVote(meeting.id, {
        subject: values.subject.trim(),
        mode: values.mode,
        decisionId: decision?.id ?? null,
        ...(values.mode === 'count'
          ? {
              tally: {
                for: count(values.for),
                against: count(values.against),
                abstain: count(values.abstain),
              },
            }
          : {
              ballots: voters.map((personId) => ({
                personId,
                choice: values.ballots[personId] as VoteChoice,
              })),
            }),
      }),
    onSuccess: (next) => {
      saved(next);
      notifications.show({ color: 'green', message: t('meeting.votes.recorded') });
      onDone();
    },
    onError: (error) => applyServerErrors(form, error, (path) => (path === 'tally' ? 'for' : path)),
  });
  return (
    <form onSubmit={form.onSubmit((values) => mutation.mutate(values))} noValidate>
      <Stack gap="sm" className="meeting-subform" data-testid="vote-form">
        <ErrorAlert error={mutation.error} />
        <TextInput
          label={t('meeting.votes.subject')}
          withAsterisk
          data-autofocus
          {...form.getInputProps('subject')}
        />
        <Radio.Group label={t('meeting.votes.mode')} {...form.getInputProps('mode')}>
          <Group gap="md" mt={4}>
            <Radio value="count" label={t('meeting.votes.modes.count')} />
            <Radio value="named" label={t('meeting.votes.modes.named')} />
          </Group>
        </Radio.Group>
        <Text size="sm" c="dimmed">
          {t('meeting.votes.votersNow', { count: voters.length })}
        </Text>
        {form.values.mode === 'count' ? (
          <SimpleGrid cols={3} spacing="xs">
            {CHOICES.map((choice) => (
              <TextInput
                key={choice}
                label={t(`meeting.votes.choices.${choice}`)}
                inputMode="numeric"
                {...form.getInputProps(choice)}
              />
            ))}
          </SimpleGrid>
        ) : (
          <Stack gap={4}>
            <Group>
              <Button
                size="compact-sm"
                variant="subtle"
                onClick={() =>
                  form.setFieldValue('ballots', Object.fromEntries(voters.map((id) => [id, 'for' as const])))
                }
              >
                {t('meeting.votes.allFor')}
              </Button>
            </Group>
            <ul className="meeting-rows">
              {voters.map((id) => (
                <li key={id} data-testid="ballot">
                  <Group justify="space-between" gap="xs" wrap="wrap">
                    <Text size="sm">{nameOf(meeting, id)}</Text>
                    <Group gap={4}>
                      {CHOICES.map((choice) => (
                        <Button
                          key={choice}
                          size="compact-sm"
                          color={CHOICE_COLORS[choice]}
                          variant={form.values.ballots[id] === choice ? 'filled' : 'default'}
                          aria-pressed={form.values.ballots[id] === choice}
                          onClick={() => form.setFieldValue(`ballots.${id}`, choice)}
                        >
                          {t(`meeting.votes.choices.${choice}`)}
                        </Button>
                      ))}
                    </Group>
                  </Group>
                </li>
              ))}
            </ul>
            {form.errors.ballots ? (
              <Text size="sm" c="red.8" role="alert">
                {form.errors.ballots}
              </Text>
            ) : null}
          </Stack>
        )}
        <Group gap="xs">
          <Button type="submit" loading={mutation.isPending}>
            {t('meeting.votes.record')}
          </Button>
          <Button variant="default" onClick={onDone}>
            {t('common.cancel')}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
