import { Badge, Group, Stack, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { TopicPreparation, TopicStepProgress } from '../../api/types.ts';
import { Section } from '../../components/Section.tsx';
import { formatDate } from '../../lib/format.ts';
import { planStepLabel } from '../../lib/plans.ts';

/** The plan's five steps for this topic, each done (when), pending (due by) or overdue. */
export function TopicSteps({ prep }: { prep: TopicPreparation }) {
  const { t } = useTranslation();
  return (
    <Section title={t('topic.steps')}>
      <Stack gap={0} component="ol" className="topic-steps">
        {prep.steps.map((step, k) => (
          <li key={step.step} data-testid="topic-step" data-state={step.state}>
            <Text size="sm" fw={500}>
              {k + 1}. {planStepLabel(t, step.step)}
            </Text>
            <StepState step={step} />
            {step.responsibleName ? (
              <Text size="xs" c="dimmed">
                {t('plans.colResponsible')}: {step.responsibleName}
              </Text>
            ) : null}
          </li>
        ))}
      </Stack>
    </Section>
  );
}

function StepState({ step }: { step: TopicStepProgress }) {
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
        {step.implied ? (
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
      <Text size="sm" c={step.state === 'overdue' ? 'red.8' : undefined}>
        {t('topic.stepDueBy', { date: formatDate(step.dueBy) })}
      </Text>
    </Group>
  );
}
