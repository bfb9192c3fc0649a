import { Card, Stack, Text } from '@mantine/core';
import { useMediaQuery } from '@mantine/hooks';
import type { FollowUpTask, ResolutionReview } from '../../api/models.ts';
import { DataTable } from '../../components/DataTable.tsx';
import { PHONE_QUERY, Section } from '../../components/Section.tsx';
import { useTranslation } from '../../i18n/useTranslation.ts';
import { taskOwnerName } from '../../lib/follow-up.ts';
import { formatDate } from '../../lib/format.ts';
import { TaskCounts } from './TaskList.tsx';
import { TaskStateBadges } from './TaskReport.tsx';

/**
 * The resolution's tasks as the report reads them (as they stand while it is written, as they stood when it
 * was issued): a table on a wide screen, one card per task on a phone.
 */
export function ReviewTasks({ review }: { review: ResolutionReview }) {
  const { t } = useTranslation();
  const stacked = useMediaQuery(PHONE_QUERY, false, { getInitialValueInEffect: false });
  const result = (task: FollowUpTask) => (
    <Stack gap={2}>
      <TaskStateBadges task={task} />
      {task.lastReportedOn ? (
        <Text size="xs" c="dimmed">
          {t('followUp.lastReport', { date: formatDate(task.lastReportedOn) })}
        </Text>
      ) : null}
      {task.lastNote ? (
        <Text size="xs" className="follow-up-text">
          {task.lastNote}
        </Text>
      ) : null}
    </Stack>
  );
  return (
    <Section title={t('review.tasks')} testId="review-tasks">
      {review.issuedOn ? (
        <Text size="xs" c="dimmed">
          {t('review.tasksAsOf', { date: formatDate(review.issuedOn) })}
        </Text>
      ) : null}
      <TaskCounts counts={review.taskCounts} />
      {review.tasks.length === 0 ? (
        <Text size="sm" c="dimmed">
          {t('review.noTasks')}
        </Text>
      ) : stacked ? (
        <Stack gap="xs">
          {review.tasks.map((task) => (
            <Card key={task.id} withBorder padding="sm" data-testid="review-task">
              <Stack gap={4}>
                <Text size="sm" fw={600}>
                  {task.title}
                </Text>
                <Text size="xs" c="dimmed">
                  {taskOwnerName(t, task)} · {t('review.colDue')}: {formatDate(task.dueOn)}
                </Text>
                {result(task)}
              </Stack>
            </Card>
          ))}
        </Stack>
      ) : (
        <DataTable
          striped
          className="follow-up-table"
          minWidth={640}
          rows={review.tasks}
          rowKey={(task) => task.id}
          rowProps={() => ({ 'data-testid': 'review-task' })}
          empty={t('review.noTasks')}
          emptySize="sm"
          columns={[
            {
              header: t('review.colTask'),
              cell: (task) => (
                <>
                  <Text size="sm">{task.title}</Text>
                  <Text size="xs" c="dimmed">
                    {t('followUp.assignedAt')} {formatDate(task.meeting.heldOn)}
                  </Text>
                </>
              ),
            },
            { header: t('review.colOwner'), cell: (task) => taskOwnerName(t, task) },
            {
              header: t('review.colDue'),
              cell: (task) => formatDate(task.dueOn),
              td: { className: 'follow-up-nowrap' },
            },
            { header: t('review.colResult'), cell: result },
          ]}
        />
      )}
    </Section>
  );
}
