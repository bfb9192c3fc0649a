import { Badge, Button, Card, Group, Stack, Text } from '@mantine/core';
import { lazy, Suspense, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Meeting, MeetingVote } from '../../api/models.ts';
import { Loading } from '../../components/Loading.tsx';
import { Section } from '../../components/Section.tsx';
import { formatDateTime } from '../../lib/format.ts';
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
