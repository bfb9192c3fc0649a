import '@mantine/core/styles/SimpleGrid.css';
import './follow-up.css';
import { Anchor, Paper, SimpleGrid, Stack, Text } from '@mantine/core';
import type { TaskCounts as Counts, FollowUpTask } from '../../api/models.ts';
import { useTranslation } from '../../i18n/useTranslation.ts';
import { dueLabel, taskOwnerName } from '../../lib/follow-up.ts';
import { formatDate } from '../../lib/format.ts';
import { Link } from '../../lib/router.tsx';
import { TaskReport } from './TaskReport.tsx';

/**
 * Assignments, each with where it came from (the meeting and its topic), who carries it out, its due date and
 * its follow-up. `owner`: name the person (the cell's list), not on a member's own list.
 */
export function TaskList({ tasks, owner }: { tasks: readonly FollowUpTask[]; owner: boolean }) {
  const { t } = useTranslation();
  return (
    <ul className="follow-up-rows" data-testid="follow-up-tasks">
      {tasks.map((task) => (
        <li key={task.id} data-testid="follow-up-task">
          <Stack gap={4}>
            <Text size="sm" fw={600}>
              {task.title}
            </Text>
            <Text size="xs" c="dimmed">
              {owner ? `${taskOwnerName(t, task)} · ` : ''}
              {dueLabel(t, task)}
            </Text>
            <Text size="xs" c="dimmed">
              {t('followUp.assignedAt')}{' '}
              <Anchor component={Link} to={`/meetings/${task.meeting.id}`} size="xs">
                {formatDate(task.meeting.heldOn)}
              </Anchor>
              {task.meeting.topicId && task.meeting.topicTitle ? (
                <>
                  {' · '}
                  <Anchor component={Link} to={`/topics/${task.meeting.topicId}`} size="xs">
                    {task.meeting.topicTitle}
                  </Anchor>
                </>
              ) : null}
            </Text>
            <TaskReport task={task} />
          </Stack>
        </li>
      ))}
    </ul>
  );
}

const COUNT_KEYS = ['total', 'done', 'inProgress', 'notDone', 'open', 'overdue'] as const;

/** How many assignments stand where: done, in progress, not done, not reported, and overdue among them. */
export function TaskCounts({ counts }: { counts: Counts }) {
  const { t } = useTranslation();
  return (
    <SimpleGrid cols={{ base: 3, sm: 6 }} spacing="xs" maw={720} data-testid="task-counts">
      {COUNT_KEYS.map((key) => (
        <Paper
          key={key}
          withBorder
          px="sm"
          py={4}
          className="follow-up-count"
          data-testid={`task-count-${key}`}
        >
          <Text size="xs" c="dimmed">
            {t(`followUp.counts.${key}`)}
          </Text>
          <Text fw={700} c={key === 'overdue' && counts.overdue > 0 ? 'red.8' : undefined}>
            {counts[key]}
          </Text>
        </Paper>
      ))}
    </SimpleGrid>
  );
}
