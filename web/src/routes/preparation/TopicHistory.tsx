import { Badge, Stack, Text } from '@mantine/core';
import type { TopicPreparation } from '../../api/models.ts';
import { Section } from '../../components/Section.tsx';
import { useTranslation } from '../../i18n/useTranslation.ts';
import { formatDateTime } from '../../lib/format.ts';
import { draftActionKey, draftEventLabel, draftStatusLabel } from '../../lib/preparation.ts';

/** Who moved the topic along, when, and what they said: approvals, refusals, distribution, the meeting. */
export function TopicHistory({ prep }: { prep: TopicPreparation }) {
  const { t } = useTranslation();
  return (
    <Section title={t('topic.history')} testId="topic-history">
      {prep.events.length === 0 ? (
        <Text size="sm" c="dimmed">
          {t('topic.noHistory')}
        </Text>
      ) : (
        <Stack gap={6} component="ol" className="topic-plain-list">
          {[...prep.events].reverse().map((event) => (
            <li key={event.id} data-testid="topic-event">
              <Text size="sm" fw={500}>
                {draftEventLabel(t, draftActionKey(prep, event.action, event.fromStatus))}
                {event.selfApproval ? (
                  <Badge color="orange" variant="light" tt="none" size="sm" ml={6}>
                    {t('topic.selfApproval')}
                  </Badge>
                ) : null}
              </Text>
              <Text size="xs" c="dimmed">
                {formatDateTime(event.at)} · {event.actorName ?? t('audit.system')} ·{' '}
                {draftStatusLabel(t, event.fromStatus)} → {draftStatusLabel(t, event.toStatus)}
              </Text>
              {event.remark ? (
                <Text size="sm" style={{ whiteSpace: 'pre-wrap' }}>
                  {event.remark}
                </Text>
              ) : null}
            </li>
          ))}
        </Stack>
      )}
    </Section>
  );
}
