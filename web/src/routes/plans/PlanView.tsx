import { Badge, Button, Card, Group, List, Stack, Text } from '@mantine/core';
import { useMediaQuery } from '@mantine/hooks';
import { useQuery } from '@tanstack/react-query';
import { lazy, Suspense, useState } from 'react';
import { isFinishedTopic } from '#domain/preparation/draft-status.ts';
import { libraryQuery, minuteBookQuery } from '../../api/endpoints.ts';
import type { Plan, PlanStatus, PlanTopic } from '../../api/models.ts';
import { useSignedInMe } from '../../app/session.ts';
import { PHONE_QUERY, Section } from '../../components/Section.tsx';
import { StepState } from '../../components/StepState.tsx';
import { useTranslation } from '../../i18n/useTranslation.ts';
import { formatDate } from '../../lib/format.ts';
import { meetingStatusLabel } from '../../lib/meetings.ts';
import { monthLabel, quarterLabel, topicGroupLabel, topicKindLabel } from '../../lib/plans.ts';
import { DRAFT_STATUS_COLORS, draftStatusLabel } from '../../lib/preparation.ts';
import { Link } from '../../lib/router.tsx';
import { AssignmentTable } from './AssignmentTable.tsx';
import { PlanChecks } from './PlanChecks.tsx';

const PlanActionDialog = lazy(() =>
  import('./PlanActionModals.tsx').then((m) => ({ default: m.PlanActionDialog })),
);
const ScheduleMeetingModal = lazy(() =>
  import('../meetings/ScheduleMeetingModal.tsx').then((m) => ({ default: m.ScheduleMeetingModal })),
);

export { PHONE_QUERY, Section };

/** Topics are prepared once the cell has adopted its plan. */
const PREPARING: readonly PlanStatus[] = ['adopted', 'submitted', 'acknowledged'];

function Paragraph({ text }: { text: string | null }) {
  const { t } = useTranslation();
  if (!text) {
    return (
      <Text size="sm" c="dimmed">
        {t('plans.notWritten')}
      </Text>
    );
  }
  return (
    <Text size="sm" style={{ whiteSpace: 'pre-wrap' }}>
      {text}
    </Text>
  );
}

/** The plan as a document, for everyone who may read it but not change it. */
export function PlanView({ plan }: { plan: Plan }) {
  const { t } = useTranslation();
  const me = useSignedInMe();
  const preparing = PREPARING.includes(plan.status);
  const stacked = useMediaQuery(PHONE_QUERY, false, { getInitialValueInEffect: false });
  // Committees the user may publish this cell's finished topics to (the server's).
  const targets = plan.permissions.publishTo;
  const library = useQuery({ ...libraryQuery(plan.cellId), enabled: targets.length > 0 });
  const [publishing, setPublishing] = useState<PlanTopic | null>(null);
  const [scheduling, setScheduling] = useState<PlanTopic | null>(null);
  // Each topic's meeting, or "Lên lịch sinh hoạt" for whoever runs the cell's meetings (the minute book's).
  const book = useQuery({ ...minuteBookQuery(plan.cellId, { year: plan.year }), enabled: preparing });
  const meetingOf = (topic: PlanTopic) =>
    book.data?.meetings.find((m) => m.topicId === topic.id && m.status !== 'cancelled');
  const titles = plan.topics.map((topic) => topic.title);
  // In the table the column says what a cell is; on a phone's stacked cards each value carries its label.
  const labelled = (label: string, value: string) =>
    stacked ? (
      <div>
        <Text size="xs" c="dimmed">
          {label}
        </Text>
        <Text size="sm">{value}</Text>
      </div>
    ) : (
      value
    );
  // How each step went, once the plan is adopted (the server sends none before).
  const tracked = plan.topics.some((topic) => topic.preparation !== null);
  const overdueCount = (topic: PlanTopic) =>
    topic.preparation?.progress.filter((p) => p.state === 'overdue').length ?? 0;
  const published = (topic: PlanTopic) =>
    (library.data?.models ?? []).some((m) => m.sourceTopicId === topic.id);
  // Only a topic presented at its meeting is a model (the server's rule, shared).
  const publishable = (topic: PlanTopic) =>
    targets.length > 0 && isFinishedTopic(topic.preparation?.status ?? null);

  return (
    <Stack gap="lg">
      <PlanChecks errors={plan.checks.errors} warnings={plan.checks.warnings} titles={titles} live={false} />

      <Section title={t('plans.legalBases')}>
        {plan.legalBases.length === 0 ? (
          <Text size="sm" c="dimmed">
            {t('plans.noLegalBases')}
          </Text>
        ) : (
          <List size="sm" spacing={4}>
            {plan.legalBases.map((basis) => (
              <List.Item key={basis}>{basis}</List.Item>
            ))}
          </List>
        )}
      </Section>

      <Section title={t('plans.sectionPurpose')}>
        <Text size="sm" fw={600}>
          {t('plans.purpose')}
        </Text>
        <Paragraph text={plan.purpose} />
        <Text size="sm" fw={600}>
          {t('plans.requirements')}
        </Text>
        <Paragraph text={plan.requirements} />
      </Section>

      <Section title={t('plans.sectionContent')}>
        {plan.topics.length === 0 ? (
          <Text size="sm" c="dimmed">
            {t('plans.noTopics')}
          </Text>
        ) : null}
        {plan.topics.map((topic, i) => (
          <Card key={topic.id} withBorder padding="sm" data-testid="plan-topic">
            <Stack gap={4}>
              <Group justify="space-between" align="flex-start" gap="xs">
                <Text fw={600} style={{ flex: '1 1 14rem' }}>
                  {t('plans.topicNumberTitle', { number: i + 1, title: topic.title })}
                </Text>
                <Badge variant="outline" tt="none">
                  {quarterLabel(t, topic.quarter)}
                </Badge>
              </Group>
              <Text size="sm" c="dimmed">
                {topicGroupLabel(t, topic.topicGroup)} · {topicKindLabel(t, topic.kind)}
                {topic.meetingMonth
                  ? ` · ${t('plans.meetingIn', { month: topic.meetingMonth, year: plan.year })}`
                  : ''}
              </Text>
              <Text size="sm">
                <Text span fw={500}>
                  {t('plans.workContent')}:
                </Text>{' '}
                {topic.workContent ?? '—'}
              </Text>
              <Text size="sm">
                <Text span fw={500}>
                  {t('plans.preparers')}:
                </Text>{' '}
                {topic.preparers.length ? topic.preparers.map((p) => p.fullName).join(', ') : '—'}
              </Text>
              {preparing ? (
                <Group>
                  <Button
                    component={Link}
                    to={`/topics/${topic.id}`}
                    size="compact-sm"
                    variant="light"
                    data-testid="open-topic"
                  >
                    {topic.preparers.some((p) => p.id === me.person?.id)
                      ? t('topic.prepare')
                      : t('topic.view')}
                  </Button>
                  {topic.preparation?.status ? (
                    <Badge
                      color={DRAFT_STATUS_COLORS[topic.preparation.status]}
                      variant="light"
                      tt="none"
                      data-testid="topic-preparation-status"
                    >
                      {draftStatusLabel(t, topic.preparation.status)}
                    </Badge>
                  ) : null}
                  {overdueCount(topic) > 0 ? (
                    <Badge color="red" variant="filled" tt="none" data-testid="topic-overdue">
                      {t('plans.overdueSteps', { count: overdueCount(topic) })}
                    </Badge>
                  ) : null}
                  <TopicMeeting
                    meeting={meetingOf(topic)}
                    canSchedule={
                      (book.data?.canSchedule ?? false) && !isFinishedTopic(topic.preparation?.status ?? null)
                    }
                    onSchedule={() => setScheduling(topic)}
                  />
                </Group>
              ) : null}
              {publishable(topic) ? (
                <Group>
                  {published(topic) ? (
                    <Badge color="green" variant="light" tt="none">
                      {t('library.published')}
                    </Badge>
                  ) : (
                    <Button size="compact-sm" variant="light" onClick={() => setPublishing(topic)}>
                      {t('library.publish')}
                    </Button>
                  )}
                </Group>
              ) : null}
            </Stack>
          </Card>
        ))}
      </Section>

      <Section title={t('plans.sectionAssignment')}>
        <AssignmentTable
          stacked={stacked}
          topics={plan.topics.map((topic, index) => ({
            index,
            key: topic.id,
            title: topic.title,
            quarter: topic.quarter,
            href: preparing ? `/topics/${topic.id}` : undefined,
          }))}
          renderTime={(i, k) => {
            const month = plan.topics[i]?.steps[k]?.dueMonth;
            return labelled(t('plans.colTime'), month ? monthLabel(t, month, plan.year) : '—');
          }}
          renderResponsible={(i, k) =>
            labelled(t('plans.colResponsible'), plan.topics[i]?.steps[k]?.responsibleName ?? '—')
          }
          renderProgress={
            tracked
              ? (i, k) => {
                  const progress = plan.topics[i]?.preparation?.progress[k];
                  if (!progress) return stacked ? null : '—';
                  const state = (
                    <div data-testid="step-progress" data-state={progress.state}>
                      <StepState step={progress} dueDate={false} />
                    </div>
                  );
                  return stacked ? (
                    <div>
                      <Text size="xs" c="dimmed">
                        {t('plans.colProgress')}
                      </Text>
                      {state}
                    </div>
                  ) : (
                    state
                  );
                }
              : undefined
          }
          renderNote={(i, k) => {
            const note = plan.topics[i]?.steps[k]?.note ?? '';
            return stacked && !note ? null : labelled(t('plans.colNote'), note);
          }}
        />
      </Section>

      <Section title={t('plans.sectionOrganisation')}>
        <Paragraph text={plan.organisation} />
      </Section>

      {scheduling ? (
        <Suspense fallback={null}>
          <ScheduleMeetingModal
            cellId={plan.cellId}
            topic={{ id: scheduling.id, year: plan.year }}
            onClose={() => setScheduling(null)}
          />
        </Suspense>
      ) : null}
      {publishing ? (
        <Suspense fallback={null}>
          <PlanActionDialog
            plan={plan}
            dialog={{ kind: 'publish', topic: publishing, committees: targets }}
            onClose={() => setPublishing(null)}
          />
        </Suspense>
      ) : null}
    </Stack>
  );
}

/** A topic's meeting, linked; or the way to schedule it. */
function TopicMeeting({
  meeting,
  canSchedule,
  onSchedule,
}: {
  meeting: { id: string; heldOn: string; status: Parameters<typeof meetingStatusLabel>[1] } | undefined;
  canSchedule: boolean;
  onSchedule: () => void;
}) {
  const { t } = useTranslation();
  if (meeting)
    return (
      <Button
        component={Link}
        to={`/meetings/${meeting.id}`}
        size="compact-sm"
        variant="subtle"
        data-testid="topic-meeting"
      >
        {t('plans.topicMeeting', {
          date: formatDate(meeting.heldOn),
          status: meetingStatusLabel(t, meeting.status),
        })}
      </Button>
    );
  if (!canSchedule) return null;
  return (
    <Button size="compact-sm" variant="light" onClick={onSchedule} data-testid="schedule-topic-meeting">
      {t('topic.scheduleMeeting')}
    </Button>
  );
}
