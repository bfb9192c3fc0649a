import './follow-up.css';
import { Badge, Button, Group, Stack, Text } from '@mantine/core';
import { useState } from 'react';
import type { FollowUpTask } from '../../api/models.ts';
import { useTranslation } from '../../i18n/useTranslation.ts';
import { TASK_STATE_COLORS, taskStateLabel } from '../../lib/follow-up.ts';
import { formatDate } from '../../lib/format.ts';
import { TaskHistory } from './TaskHistory.tsx';
import { TaskReportForm } from './TaskReportForm.tsx';

/** Where an assignment stands, in words: its state, "Quá hạn" past its due date, "trễ hạn" when done late. */
export function TaskStateBadges({ task }: { task: Pick<FollowUpTask, 'state' | 'overdue' | 'doneLate'> }) {
  const { t } = useTranslation();
  return (
    <Group gap={6}>
      <Badge color={TASK_STATE_COLORS[task.state]} variant="light" tt="none" data-testid="task-state">
        {taskStateLabel(t, task.state)}
      </Badge>
      {task.overdue ? (
        <Badge color="red" variant="filled" tt="none" data-testid="task-overdue">
          {t('followUp.overdue')}
        </Badge>
      ) : null}
      {task.doneLate ? (
        <Badge color="orange" variant="light" tt="none">
          {t('followUp.doneLate')}
        </Badge>
      ) : null}
    </Group>
  );
}

/**
 * An assignment's follow-up: its state and latest report, "Báo cáo kết quả" for the person assigned or the
 * secretary, and every report on demand.
 */
export function TaskReport({ task }: { task: FollowUpTask }) {
  const { t } = useTranslation();
  const [open, setOpen] = useState<'form' | 'history' | null>(null);
  const toggle = (panel: 'form' | 'history') => setOpen((old) => (old === panel ? null : panel));
  return (
    <Stack gap={4}>
      <Group gap="xs">
        <TaskStateBadges task={task} />
        {task.lastReportedOn ? (
          <Text size="xs" c="dimmed">
            {t('followUp.lastReport', { date: formatDate(task.lastReportedOn) })}
          </Text>
        ) : null}
      </Group>
      {task.lastNote ? (
        <Text size="sm" className="follow-up-text" data-testid="task-note">
          {task.lastNote}
        </Text>
      ) : null}
      {task.mayReport || task.lastReportedOn ? (
        <Group gap="xs">
          {task.mayReport && open !== 'form' ? (
            <Button size="compact-sm" variant="light" onClick={() => toggle('form')}>
              {t('followUp.report')}
            </Button>
          ) : null}
          {task.lastReportedOn ? (
            <Button
              size="compact-sm"
              variant="subtle"
              color="gray"
              aria-expanded={open === 'history'}
              onClick={() => toggle('history')}
            >
              {open === 'history' ? t('followUp.hideHistory') : t('followUp.history')}
            </Button>
          ) : null}
        </Group>
      ) : null}
      {open === 'form' ? <TaskReportForm task={task} onDone={() => setOpen(null)} /> : null}
      {open === 'history' ? <TaskHistory taskId={task.id} /> : null}
    </Stack>
  );
}
