import { Anchor, Badge, Card, Group, Stack, Text, Title } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import { lazy, Suspense } from 'react';
import { assignmentsQuery, myTasksQuery } from '../../api/endpoints.ts';
import type { MyAssignments } from '../../api/models.ts';
import { PlanStatusBadge } from '../../components/Badges.tsx';
import { ErrorAlert } from '../../components/ErrorAlert.tsx';
import { Loading } from '../../components/Loading.tsx';
import { YearPicker } from '../../components/YearPicker.tsx';
import { useTranslation } from '../../i18n/useTranslation.ts';
import { formatDate, todayLocalDate } from '../../lib/format.ts';
import { monthLabel, planStepLabel, quarterLabel, topicKindLabel, useYearParam } from '../../lib/plans.ts';
import { roundLabel } from '../../lib/preparation.ts';
import { Link } from '../../lib/router.tsx';
import { MyMeetings } from './MyMeetings.tsx';

// The assignments and their report form load only for members a meeting gave a task.
const MyTasks = lazy(() => import('./MyTasks.tsx').then((m) => ({ default: m.MyTasks })));
const MyReviews = lazy(() => import('./MyTasks.tsx').then((m) => ({ default: m.MyReviews })));

type Step = MyAssignments['steps'][number];

/**
 * "Việc của tôi": meetings I was given notice of, what meetings assigned me, drafts sent to me, the topics I
 * prepare and the plan steps I answer for this year, month by month.
 */
export default function MyAssignmentsPage() {
  const { t } = useTranslation();
  const [year, setYear] = useYearParam();
  const { data, error, isPending, refetch } = useQuery(assignmentsQuery(year));
  const tasks = useQuery(myTasksQuery(year));
  const today = todayLocalDate();
  const thisMonth = Number(today.slice(0, 4)) === year ? Number(today.slice(5, 7)) : null;

  const byMonth = new Map<number, Step[]>();
  for (const step of data?.steps ?? []) {
    const list = byMonth.get(step.dueMonth) ?? [];
    list.push(step);
    byMonth.set(step.dueMonth, list);
  }
  const months = [...byMonth.keys()].sort((a, b) => a - b);

  const empty =
    data &&
    data.topics.length === 0 &&
    data.steps.length === 0 &&
    data.reading.length === 0 &&
    data.meetings.length === 0 &&
    tasks.data?.tasks.length === 0 &&
    tasks.data.reviews.length === 0;

  return (
    <Stack>
      <Group justify="space-between" align="flex-end">
        <Title order={2}>{t('assignments.title')}</Title>
        <YearPicker value={year} onChange={setYear} />
      </Group>
      <ErrorAlert error={error} onRetry={() => void refetch()} />
      <ErrorAlert error={tasks.error} onRetry={() => void tasks.refetch()} />
      {isPending || tasks.isPending ? <Loading /> : null}
      {empty ? <Text c="dimmed">{t('assignments.none', { year })}</Text> : null}

      {data && data.meetings.length > 0 ? <MyMeetings meetings={data.meetings} /> : null}
      {tasks.data && tasks.data.reviews.length > 0 ? (
        <Suspense fallback={<Loading />}>
          <MyReviews reviews={tasks.data.reviews} />
        </Suspense>
      ) : null}
      {tasks.data && tasks.data.tasks.length > 0 ? (
        <Suspense fallback={<Loading />}>
          <MyTasks tasks={tasks.data.tasks} />
        </Suspense>
      ) : null}
      {data && data.reading.length > 0 ? <ReadingList reading={data.reading} /> : null}

      {data && data.topics.length > 0 ? (
        <Stack gap="xs" component="section">
          <Title order={3} size="h4">
            {t('assignments.topics')}
          </Title>
          {data.topics.map((topic) => (
            <Card key={topic.topicId} withBorder padding="sm" data-testid="my-topic">
              <Stack gap={4}>
                <Group justify="space-between" align="flex-start" wrap="nowrap">
                  <Anchor component={Link} to={`/topics/${topic.topicId}`} fw={600} size="sm">
                    {topic.title}
                  </Anchor>
                  <Badge variant="outline" tt="none" style={{ flex: 'none' }}>
                    {quarterLabel(t, topic.quarter)}
                  </Badge>
                </Group>
                <Group gap="xs">
                  <Text size="xs" c="dimmed">
                    {topic.cellName} · {topicKindLabel(t, topic.kind)}
                  </Text>
                  <PlanStatusBadge status={topic.planStatus} size="xs" />
                  <Anchor component={Link} to={`/plans/${topic.planId}`} size="xs">
                    {t('assignments.openPlan')}
                  </Anchor>
                </Group>
              </Stack>
            </Card>
          ))}
        </Stack>
      ) : null}

      {data && data.steps.length > 0 ? (
        <Stack gap="sm" component="section">
          <Title order={3} size="h4">
            {t('assignments.steps')}
          </Title>
          {months.map((month) => (
            <Stack key={month} gap={4} data-testid="my-month">
              <Group gap="xs">
                <Title order={4} size="h6">
                  {monthLabel(t, month, year)}
                </Title>
                {month === thisMonth ? (
                  <Badge color="red" size="xs" tt="none">
                    {t('assignments.thisMonth')}
                  </Badge>
                ) : null}
              </Group>
              <Stack gap={4} component="ul" style={{ listStyle: 'none', padding: 0, margin: 0 }}>
                {(byMonth.get(month) ?? []).map((step) => (
                  <Card key={step.id} withBorder padding="xs" component="li">
                    <Text size="sm" fw={500}>
                      {planStepLabel(t, step.step)}
                    </Text>
                    <Anchor component={Link} to={`/topics/${step.topicId}`} size="sm">
                      {step.topicTitle}
                    </Anchor>
                    <Group gap="xs">
                      <Text size="xs" c="dimmed">
                        {step.cellName}
                      </Text>
                      <PlanStatusBadge status={step.planStatus} size="xs" />
                    </Group>
                    {step.note ? (
                      <Text size="xs" c="dimmed">
                        {step.note}
                      </Text>
                    ) : null}
                  </Card>
                ))}
              </Stack>
            </Stack>
          ))}
        </Stack>
      ) : null}
    </Stack>
  );
}

/** Drafts sent to me to study: open it (the read receipt), comment until the due day. */
function ReadingList({ reading }: { reading: MyAssignments['reading'] }) {
  const { t } = useTranslation();
  return (
    <Stack gap="xs" component="section">
      <Title order={3} size="h4">
        {t('assignments.reading')}
      </Title>
      {reading.map((r) => (
        <Card key={`${r.topicId}-${r.round}`} withBorder padding="sm" data-testid="my-reading">
          <Stack gap={4}>
            <Anchor component={Link} to={`/topics/${r.topicId}`} fw={600} size="sm">
              {r.title}
            </Anchor>
            <Group gap="xs">
              <Text size="xs" c="dimmed">
                {r.cellName} · {roundLabel(t, r.round)}
              </Text>
              {r.openedAt === null ? (
                <Badge color="red" size="xs" tt="none">
                  {t('assignments.unread')}
                </Badge>
              ) : null}
              {r.commentsOpen && r.commentDueOn ? (
                <Badge color={r.commented ? 'green' : 'blue'} variant="light" size="xs" tt="none">
                  {r.commented
                    ? t('assignments.commented')
                    : t('assignments.commentBy', { date: formatDate(r.commentDueOn) })}
                </Badge>
              ) : null}
            </Group>
          </Stack>
        </Card>
      ))}
    </Stack>
  );
}
