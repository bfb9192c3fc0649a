import { Alert, Badge, Button, Group, NativeSelect, SimpleGrid, Stack, Text, Textarea } from '@mantine/core';
import { useForm } from '@mantine/form';
import { useMutation, useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { addDecision, deleteDecision, resolutionStateQuery, updateDecision } from '../../api/endpoints.ts';
import type { ResolutionState, TopicDecision, TopicPreparation } from '../../api/models.ts';
import { DateField } from '../../components/DateField.tsx';
import { ErrorAlert } from '../../components/ErrorAlert.tsx';
import { applyServerErrors } from '../../components/forms.ts';
import { Section } from '../../components/Section.tsx';
import { useTranslation } from '../../i18n/useTranslation.ts';
import { formatDate } from '../../lib/format.ts';
import { useTopicSaved } from './topic-cache.ts';

type StateDecision = ResolutionState['decisions'][number];

/**
 * "CHI BỘ QUYẾT NGHỊ" of a resolution topic (seeds 001, 003): the numbered decisions the preparer writes with
 * the draft, each adopted or not by the cell's vote at the meeting; and, before the secretary presses "Ban
 * hành", whether the vote passed, whether the cell committee approved the completed text last, and what is
 * still missing — the same facts the issue step checks.
 */
export function ResolutionSection({ prep }: { prep: TopicPreparation }) {
  const { t } = useTranslation();
  const { data: state, error, refetch } = useQuery(resolutionStateQuery(prep.topic.id));
  const votes = new Map((state?.decisions ?? []).map((d) => [d.id, d]));
  const edit = prep.permissions.editDecisions;
  if (!edit && prep.decisions.length === 0 && !state) return null;
  return (
    <Section title={t('topic.decisions.title')} testId="resolution">
      <ErrorAlert error={error} onRetry={() => void refetch()} />
      {state ? <IssueReadiness state={state} /> : null}
      <Text size="xs" c="dimmed">
        {t('topic.decisions.hint')}
      </Text>
      {prep.decisions.length === 0 ? (
        <Text size="sm" c="dimmed">
          {t('topic.decisions.none')}
        </Text>
      ) : (
        <ol className="topic-decisions" data-testid="decisions">
          {prep.decisions.map((d) => (
            <DecisionRow key={d.id} prep={prep} decision={d} vote={votes.get(d.id)} />
          ))}
        </ol>
      )}
      {edit ? <DecisionForm prep={prep} /> : null}
    </Section>
  );
}

/** The vote, the final approval and what still stops the issue. */
function IssueReadiness({ state }: { state: ResolutionState }) {
  const { t } = useTranslation();
  const { vote, finalApproval, missing } = state;
  return (
    <Stack gap={4} data-testid="resolution-state">
      <Text size="sm" data-testid="resolution-vote">
        {vote
          ? t('topic.decisions.votePassed', { date: formatDate(vote.heldOn), for: vote.for, base: vote.base })
          : t('topic.decisions.voteMissing')}
      </Text>
      <Text size="sm" data-testid="resolution-approval">
        {finalApproval.approved
          ? t('topic.decisions.approved', {
              date: finalApproval.at ? formatDate(finalApproval.at.slice(0, 10)) : '',
              name: finalApproval.byName ?? '',
            })
          : t('topic.decisions.notApproved')}
      </Text>
      {missing && missing !== 'ALREADY_ISSUED' ? (
        <Alert color="yellow" variant="light" data-testid="resolution-missing">
          {t(`topic.decisions.missing.${missing}`)}
        </Alert>
      ) : null}
    </Stack>
  );
}

function DecisionRow({
  prep,
  decision: d,
  vote,
}: {
  prep: TopicPreparation;
  decision: TopicDecision;
  vote: StateDecision | undefined;
}) {
  const { t } = useTranslation();
  const saved = useTopicSaved();
  const [editing, setEditing] = useState(false);
  const remove = useMutation({ mutationFn: () => deleteDecision(prep.topic.id, d.id), onSuccess: saved });
  const state = d.adopted ? 'adopted' : vote?.vote ? 'failed' : 'pending';
  const mayChange = prep.permissions.editDecisions && !d.adopted;
  // A decision the cell voted on stays in the record: reworded at most (resolution-decisions.ts).
  const mayRemove = mayChange && !d.voted;
  if (editing) return <DecisionForm prep={prep} decision={d} onDone={() => setEditing(false)} />;
  return (
    <li data-testid="decision">
      <Group justify="space-between" gap="xs" wrap="nowrap" align="flex-start">
        <Stack gap={2}>
          <Text size="sm">
            {d.number}. {d.text}
          </Text>
          <Text size="xs" c="dimmed">
            {d.ownerName ?? t('topic.decisions.collective')}
            {d.dueOn ? ` · ${t('topic.decisions.due', { date: formatDate(d.dueOn) })}` : ''}
            {vote?.vote
              ? ` · ${t('topic.decisions.tally', { for: vote.vote.for, base: vote.vote.base })}`
              : ''}
          </Text>
        </Stack>
        <Group gap={4} wrap="nowrap">
          <Badge
            color={state === 'adopted' ? 'green' : state === 'failed' ? 'red' : 'gray'}
            variant="light"
            tt="none"
            data-testid="decision-state"
          >
            {t(`topic.decisions.state.${state}`)}
          </Badge>
          {mayChange ? (
            <>
              <Button size="compact-sm" variant="subtle" onClick={() => setEditing(true)}>
                {t('topic.decisions.edit')}
              </Button>
              {mayRemove ? (
                <Button
                  size="compact-sm"
                  variant="subtle"
                  color="red"
                  loading={remove.isPending}
                  onClick={() => remove.mutate()}
                >
                  {t('topic.decisions.remove')}
                </Button>
              ) : null}
            </>
          ) : null}
        </Group>
      </Group>
      <ErrorAlert error={remove.error} />
    </li>
  );
}

/** Adds a decision, or changes one not yet adopted: what, who (or the whole cell), by when. */
function DecisionForm({
  prep,
  decision,
  onDone,
}: {
  prep: TopicPreparation;
  decision?: TopicDecision;
  onDone?: () => void;
}) {
  const { t } = useTranslation();
  const saved = useTopicSaved();
  const form = useForm({
    initialValues: {
      text: decision?.text ?? '',
      ownerId: decision?.ownerId ?? '',
      dueOn: decision?.dueOn ?? '',
    },
    validate: { text: (value) => (value.trim() ? null : t('common.required')) },
  });
  const mutation = useMutation({
    mutationFn: (values: typeof form.values) => {
      const body = { text: values.text.trim(), ownerId: values.ownerId || null, dueOn: values.dueOn || null };
      return decision ? updateDecision(prep.topic.id, decision.id, body) : addDecision(prep.topic.id, body);
    },
    onSuccess: (next) => {
      saved(next);
      form.reset();
      onDone?.();
    },
    onError: (error) => applyServerErrors(form, error),
  });
  return (
    <form onSubmit={form.onSubmit((values) => mutation.mutate(values))} noValidate>
      <Stack gap="xs" className="topic-subform" data-testid="decision-form">
        <ErrorAlert error={mutation.error} />
        <Textarea
          label={t('topic.decisions.text')}
          withAsterisk
          autosize
          minRows={2}
          {...form.getInputProps('text')}
        />
        <SimpleGrid cols={{ base: 1, xs: 2 }} spacing="xs">
          <NativeSelect
            label={t('topic.decisions.owner')}
            data={[
              { value: '', label: t('topic.decisions.collective') },
              ...prep.decisionOwners.map((o) => ({ value: o.id, label: o.name })),
            ]}
            {...form.getInputProps('ownerId')}
          />
          <DateField label={t('topic.decisions.dueOn')} {...form.getInputProps('dueOn')} />
        </SimpleGrid>
        <Group gap="xs">
          <Button type="submit" size="sm" variant="light" loading={mutation.isPending}>
            {decision ? t('topic.decisions.save') : t('topic.decisions.add')}
          </Button>
          {onDone ? (
            <Button size="sm" variant="default" onClick={onDone}>
              {t('common.cancel')}
            </Button>
          ) : null}
        </Group>
      </Stack>
    </form>
  );
}
