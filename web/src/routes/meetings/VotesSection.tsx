import { Badge, Button, Card, Group, Stack, Text } from '@mantine/core';
import { lazy, Suspense, useState } from 'react';
import type { Meeting, MeetingVote } from '../../api/models.ts';
import { Loading } from '../../components/Loading.tsx';
import { Section } from '../../components/Section.tsx';
import { useTranslation } from '../../i18n/useTranslation.ts';
import { formatDate, formatDateTime } from '../../lib/format.ts';
import { isLive, nameOf } from '../../lib/meetings.ts';

const VoteForm = lazy(() => import('./VoteForm.tsx'));

/** Votes at the meeting and how each result was reached: base, votes needed, who was set aside and why. */
export function VotesSection({ meeting }: { meeting: Meeting }) {
  const { t } = useTranslation();
  const [voting, setVoting] = useState(false);
  const canVote = isLive(meeting) && meeting.permissions.record;
  if (!canVote && meeting.votes.length === 0) return null;
  return (
    <Section title={t('meeting.votes.title')} testId="votes">
      <DecisionsToVote meeting={meeting} canVote={canVote} />
      {meeting.votes.map((vote) => (
        <VoteResult key={vote.id} meeting={meeting} vote={vote} />
      ))}
      {canVote ? (
        voting ? (
          <Suspense fallback={<Loading />}>
            <VoteForm meeting={meeting} onDone={() => setVoting(false)} />
          </Suspense>
        ) : (
          <Group>
            <Button size="sm" variant="light" onClick={() => setVoting(true)}>
              {t('meeting.votes.new')}
            </Button>
          </Group>
        )
      ) : null}
    </Section>
  );
}

/**
 * The numbered decisions of the meeting's resolution (seed 003: "Đảng viên thảo luận và biểu quyết"): each voted
 * on in turn; a passed vote adopts it and makes it one of the meeting's tasks, a failed one leaves it out.
 */
function DecisionsToVote({ meeting, canVote }: { meeting: Meeting; canVote: boolean }) {
  const { t } = useTranslation();
  const [votingOn, setVotingOn] = useState<string | null>(null);
  if (meeting.decisions.length === 0) return null;
  const lastVote = (id: string) => meeting.votes.findLast((v) => v.decisionId === id);
  return (
    <Stack gap="xs" data-testid="meeting-decisions">
      <Text size="sm" fw={600}>
        {t('meeting.decisions.title')}
      </Text>
      <ol className="meeting-plain-list">
        {meeting.decisions.map((d) => {
          const vote = lastVote(d.id);
          const state = d.adopted ? 'adopted' : vote ? 'failed' : 'pending';
          return (
            <li key={d.id} data-testid="meeting-decision">
              <Stack gap={4}>
                <Group justify="space-between" gap="xs" wrap="nowrap" align="flex-start">
                  <Text size="sm">
                    {d.number}. {d.text}
                    <Text span size="xs" c="dimmed">
                      {' '}
                      — {d.ownerName ?? t('meeting.tasks.collective')}
                      {d.dueOn ? ` · ${t('meeting.tasks.due', { date: formatDate(d.dueOn) })}` : ''}
                    </Text>
                  </Text>
                  <Badge
                    color={state === 'adopted' ? 'green' : state === 'failed' ? 'red' : 'gray'}
                    variant="light"
                    tt="none"
                    data-testid="decision-state"
                  >
                    {t(`meeting.decisions.state.${state}`)}
                  </Badge>
                </Group>
                {canVote && !d.adopted ? (
                  votingOn === d.id ? (
                    <Suspense fallback={<Loading />}>
                      <VoteForm meeting={meeting} decision={d} onDone={() => setVotingOn(null)} />
                    </Suspense>
                  ) : (
                    <Group>
                      <Button size="compact-sm" variant="light" onClick={() => setVotingOn(d.id)}>
                        {t('meeting.decisions.vote', { number: d.number })}
                      </Button>
                    </Group>
                  )
                ) : null}
              </Stack>
            </li>
          );
        })}
      </ol>
    </Stack>
  );
}

function VoteResult({ meeting, vote }: { meeting: Meeting; vote: MeetingVote }) {
  const { t } = useTranslation();
  const { basis } = vote;
  return (
    <Card withBorder padding="sm" data-testid="vote">
      <Stack gap={6}>
        <Group justify="space-between" gap="xs">
          <Text size="sm" fw={600}>
            {vote.subject}
          </Text>
          <Badge color={vote.passed ? 'green' : 'red'} variant="filled" tt="none" data-testid="vote-result">
            {vote.passed ? t('meeting.votes.passed') : t('meeting.votes.notPassed')}
          </Badge>
        </Group>
        <Text size="sm">
          {t('meeting.votes.tally', { for: vote.for, against: vote.against, abstain: vote.abstain })}
        </Text>
        <Text size="sm">{t('meeting.votes.baseLine', { base: vote.base, needed: vote.needed })}</Text>
        <details>
          <summary>
            <Text span size="sm" c="blue.8">
              {t('meeting.votes.how')}
            </Text>
          </summary>
          <Stack gap={4} mt={4}>
            <Text size="sm">
              {t('meeting.votes.counted', { count: basis.counted.length })}:{' '}
              {basis.counted.map((id) => nameOf(meeting, id)).join(', ') || '—'}
            </Text>
            <Text size="sm">{t('meeting.votes.setAside', { count: basis.setAside.length })}</Text>
            {basis.setAside.length > 0 ? (
              <ul className="meeting-plain-list">
                {basis.setAside.map((entry) => (
                  <li key={entry.id}>
                    <Text size="sm">
                      {nameOf(meeting, entry.id)} —{' '}
                      {t(`meeting.votes.reasons.${entry.reason}`, { defaultValue: entry.reason })}
                    </Text>
                  </li>
                ))}
              </ul>
            ) : null}
            <Text size="sm">{t('meeting.votes.voters', { count: basis.voters.length })}</Text>
            <Text size="xs" c="dimmed">
              {t('meeting.votes.rule', { rule: basis.rule || meeting.voteRule })}
            </Text>
          </Stack>
        </details>
        <Text size="xs" c="dimmed">
          {t(`meeting.votes.modes.${vote.mode}`)} · {formatDateTime(vote.createdAt)}
        </Text>
      </Stack>
    </Card>
  );
}
