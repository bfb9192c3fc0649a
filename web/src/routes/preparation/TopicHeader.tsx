import { Anchor, Badge, Group, Stack, Text, Title } from '@mantine/core';
import { topicDocumentUrl } from '../../api/endpoints.ts';
import type { TopicPreparation } from '../../api/models.ts';
import { DocumentLinks } from '../../components/DocumentLinks.tsx';
import { useTranslation } from '../../i18n/useTranslation.ts';
import { formatDate } from '../../lib/format.ts';
import { meetingStatusLabel } from '../../lib/meetings.ts';
import { quarterLabel, topicKindLabel } from '../../lib/plans.ts';
import { DRAFT_STATUS_COLORS, draftStatusLabel } from '../../lib/preparation.ts';
import { Link } from '../../lib/router.tsx';

/** Title, cell, quarter, status and preparers of the topic, with the way back to the plan. */
export function TopicHeader({ prep }: { prep: TopicPreparation }) {
  const { t } = useTranslation();
  const { topic } = prep;
  return (
    <Stack gap="xs">
      <Anchor component={Link} to={`/plans/${topic.planId}`} size="sm">
        ← {t('plans.planTitle', { year: topic.year })}
      </Anchor>
      <Stack gap={4}>
        <Text size="sm" c="dimmed">
          {topic.cellName} · {quarterLabel(t, topic.quarter)}/{topic.year} · {topicKindLabel(t, topic.kind)}
        </Text>
        <Title order={2}>{topic.title}</Title>
        <Group gap="xs">
          <Badge
            color={prep.started ? DRAFT_STATUS_COLORS[prep.status] : 'gray'}
            variant="light"
            tt="none"
            size="lg"
            data-testid="topic-status"
            style={{ maxWidth: '100%' }}
          >
            {prep.started ? draftStatusLabel(t, prep.status) : t('topic.notStarted')}
          </Badge>
        </Group>
        <Text size="sm">
          <Text span fw={500}>
            {t('plans.preparers')}:
          </Text>{' '}
          {prep.preparers.length ? prep.preparers.map((p) => p.name).join(', ') : '—'}
        </Text>
        {prep.meetings.length ? (
          <Group gap="xs" data-testid="topic-meetings">
            <Text span size="sm" fw={500}>
              {t('topic.meetings')}:
            </Text>
            {prep.meetings.map((m) => (
              <Anchor key={m.id} component={Link} to={`/meetings/${m.id}`} size="sm">
                {formatDate(m.heldOn)} {m.startsAt} ({meetingStatusLabel(t, m.status)})
              </Anchor>
            ))}
          </Group>
        ) : null}
        {topic.workContent ? (
          <Text size="sm">
            <Text span fw={500}>
              {t('plans.workContent')}:
            </Text>{' '}
            {topic.workContent}
          </Text>
        ) : null}
      </Stack>
      {prep.draft ? <DocumentLinks url={(format) => topicDocumentUrl(topic.id, format)} /> : null}
    </Stack>
  );
}
