import { Badge, Group, Text } from '@mantine/core';
import type { PlanStepProgress, TopicStepProgress } from '../api/models.ts';
import { useTranslation } from '../i18n/useTranslation.ts';
import { formatDate } from '../lib/format.ts';

/** A plan step as it actually went (step-progress.ts), as the topic page or the plan shows it. */
export type StepStateValue = TopicStepProgress | PlanStepProgress;

/**
 * Done (when, and "late" if after its month), pending or overdue — each said in words, never by colour
 * alone. `dueDate` adds "Due …" to a step not done; where the due month is already shown beside it (the
 * plan's table), a pending step says so in a badge instead.
 */
export function StepState({ step, dueDate }: { step: StepStateValue; dueDate: boolean }) {
  const { t } = useTranslation();
  if (step.state === 'done') {
    return (
      <Group gap={6}>
        <Badge color="green" variant="light" tt="none">
          {t('topic.stepDone')}
        </Badge>
        <Text size="sm">{t('topic.stepDoneOn', { date: formatDate(step.doneOn) })}</Text>
        {step.late ? (
          <Badge color="orange" variant="light" tt="none">
            {t('topic.stepLate')}
          </Badge>
        ) : null}
        {'implied' in step && step.implied ? (
          <Text size="xs" c="dimmed">
            {t('topic.stepImplied')}
          </Text>
        ) : null}
      </Group>
    );
  }
  return (
    <Group gap={6}>
      {step.state === 'overdue' ? (
        <Badge color="red" variant="filled" tt="none">
          {t('topic.stepOverdue')}
        </Badge>
      ) : null}
      {step.state === 'pending' && !dueDate ? (
        <Badge color="gray" variant="outline" tt="none">
          {t('topic.stepPending')}
        </Badge>
      ) : null}
      {dueDate ? (
        <Text size="sm" c={step.state === 'overdue' ? 'red.8' : undefined}>
          {t('topic.stepDueBy', { date: formatDate(step.dueBy) })}
        </Text>
      ) : null}
    </Group>
  );
}
