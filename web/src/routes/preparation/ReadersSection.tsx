import { Badge, Card, Group, Stack, Text } from '@mantine/core';
import type { DraftRound, TopicPreparation, TopicReader } from '../../api/models.ts';
import { Section } from '../../components/Section.tsx';
import { useTranslation } from '../../i18n/useTranslation.ts';
import { collator, formatDateTime } from '../../lib/format.ts';
import { roundLabel } from '../../lib/preparation.ts';

const ROUNDS: readonly DraftRound[] = ['draft1', 'draft2', 'final'];

/**
 * Who received each text, opened it and commented: for the preparer and the approvers, to remind those
 * who have not (the server sends `readers` to them only).
 */
export function ReadersSection({ prep }: { prep: TopicPreparation }) {
  const { t } = useTranslation();
  if (prep.readers.length === 0) return null;
  const rounds = ROUNDS.filter((round) => prep.readers.some((r) => r.round === round));
  return (
    <Section title={t('topic.readers.title')} testId="readers">
      {rounds.map((round) => (
        <RoundReaders key={round} round={round} readers={prep.readers.filter((r) => r.round === round)} />
      ))}
    </Section>
  );
}

function RoundReaders({ round, readers }: { round: DraftRound; readers: TopicReader[] }) {
  const { t } = useTranslation();
  const total = readers.length;
  const opened = readers.filter((r) => r.openedAt !== null);
  const commented = readers.filter((r) => r.commented);
  // Members comment on draft 1 only; draft 2 and the final text are sent to be read.
  const asksComments = round === 'draft1';
  const sentAt = readers[0]?.sentAt;
  return (
    <Card withBorder padding="sm" data-testid={`readers-${round}`}>
      <Stack gap="xs">
        <Text size="sm" fw={600}>
          {roundLabel(t, round)}
          {sentAt ? (
            <Text span size="xs" c="dimmed" fw={400}>
              {' '}
              · {t('topic.readers.sentAt', { at: formatDateTime(sentAt) })}
            </Text>
          ) : null}
        </Text>
        <Group gap="xs">
          <Badge variant="light" tt="none" size="lg" data-testid="readers-opened">
            {t('topic.readers.opened', { done: opened.length, total })}
          </Badge>
          {asksComments ? (
            <Badge variant="light" color="grape" tt="none" size="lg" data-testid="readers-commented">
              {t('topic.readers.commented', { done: commented.length, total })}
            </Badge>
          ) : null}
        </Group>
        <Missing
          title={t('topic.readers.notOpened')}
          people={readers.filter((r) => r.openedAt === null)}
          testId="readers-not-opened"
        />
        {asksComments ? (
          <Missing
            title={t('topic.readers.notCommented')}
            people={readers.filter((r) => !r.commented)}
            testId="readers-not-commented"
          />
        ) : null}
      </Stack>
    </Card>
  );
}

/** Names of those who have not done it yet, grouped by party group where the cell has groups. */
function Missing({ title, people, testId }: { title: string; people: TopicReader[]; testId: string }) {
  const { t } = useTranslation();
  const groups = new Map<string, string[]>();
  for (const person of people) {
    const key = person.groupName ?? '';
    groups.set(key, [...(groups.get(key) ?? []), person.name]);
  }
  const keys = [...groups.keys()].sort((a, b) => (a === '' ? 1 : b === '' ? -1 : collator.compare(a, b)));
  return (
    <Stack gap={2} data-testid={testId}>
      <Text size="sm" fw={500}>
        {title}
      </Text>
      {people.length === 0 ? (
        <Text size="sm" c="dimmed">
          {t('topic.readers.nobody')}
        </Text>
      ) : (
        keys.map((key) => (
          <Text key={key || '-'} size="sm">
            {key ? (
              <Text span fw={500}>
                {key}:{' '}
              </Text>
            ) : groups.size > 1 ? (
              <Text span fw={500}>
                {t('topic.readers.noGroup')}:{' '}
              </Text>
            ) : null}
            {(groups.get(key) ?? []).sort(collator.compare).join(', ')}
          </Text>
        ))
      )}
    </Stack>
  );
}
