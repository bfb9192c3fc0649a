import { Card, Stack, Table, Text } from '@mantine/core';
import { useMediaQuery } from '@mantine/hooks';
import { useTranslation } from 'react-i18next';
import type { FollowUpTask, ResolutionReview } from '../../api/models.ts';
import { PHONE_QUERY, Section } from '../../components/Section.tsx';
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
        <Table.ScrollContainer minWidth={640}>
          <Table striped className="follow-up-table">
            <Table.Thead>
              <Table.Tr>
                <Table.Th>{t('review.colTask')}</Table.Th>
                <Table.Th>{t('review.colOwner')}</Table.Th>
                <Table.Th>{t('review.colDue')}</Table.Th>
                <Table.Th>{t('review.colResult')}</Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {review.tasks.map((task) => (
                <Table.Tr key={task.id} data-testid="review-task">
                  <Table.Td>
                    <Text size="sm">{task.title}</Text>
                    <Text size="xs" c="dimmed">
                      {t('followUp.assignedAt')} {formatDate(task.meeting.heldOn)}
                    </Text>
                  </Table.Td>
                  <Table.Td>{taskOwnerName(t, task)}</Table.Td>
                  <Table.Td className="follow-up-nowrap">{formatDate(task.dueOn)}</Table.Td>
                  <Table.Td>{result(task)}</Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        </Table.ScrollContainer>
      )}
    </Section>
  );
}
