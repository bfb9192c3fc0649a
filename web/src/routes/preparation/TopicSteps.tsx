import { Stack, Text } from '@mantine/core';
import type { TopicPreparation } from '../../api/models.ts';
import { Section } from '../../components/Section.tsx';
import { StepState } from '../../components/StepState.tsx';
import { useTranslation } from '../../i18n/useTranslation.ts';
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
            <StepState step={step} dueDate />
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
