import { NativeSelect, Text, TextInput } from '@mantine/core';
import { useTranslation } from '../../i18n/useTranslation.ts';
import { monthLabel, planStepLabel } from '../../lib/plans.ts';
import { AssignmentTable } from './AssignmentTable.tsx';
import { Section } from './PlanView.tsx';
import type { PlanForm } from './plan-form.ts';

const MONTHS = [1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12] as const;

interface PlanAssignmentSectionProps {
  form: PlanForm;
  year: number;
  /** Who can be named as responsible. */
  people: { value: string; label: string }[];
  /** One card per step on a phone instead of the table. */
  stacked: boolean;
}

/** Section III of the plan, the assignment table: each topic's five steps, their month, who and a note. */
export function PlanAssignmentSection({ form, year, people, stacked }: PlanAssignmentSectionProps) {
  const { t } = useTranslation();
  const topics = form.values.topics;
  const stepPath = (i: number, k: number) => `topics.${i}.steps.${k}` as const;
  // In the table a field has no visible label: its name says the column, the topic and the step.
  const stepLabel = (i: number, k: number, column: string) =>
    `${column}: ${t('plans.topicNumber', { number: i + 1 })}, ${planStepLabel(t, topics[i]?.steps[k]?.step ?? 'outline')}`;

  return (
    <Section title={t('plans.sectionAssignment')}>
      <Text size="sm" c="dimmed">
        {t('plans.assignmentHint')}
      </Text>
      <AssignmentTable
        stacked={stacked}
        topics={topics.map((topic, index) => ({
          index,
          key: topic.key,
          title: topic.title,
          quarter: topic.quarter,
        }))}
        renderTime={(i, k) => (
          <NativeSelect
            size="xs"
            label={stacked ? t('plans.colTime') : undefined}
            aria-label={stacked ? undefined : stepLabel(i, k, t('plans.colTime'))}
            data={MONTHS.map((m) => ({ value: String(m), label: monthLabel(t, m, year) }))}
            value={String(topics[i]?.steps[k]?.dueMonth ?? 1)}
            onChange={(event) =>
              form.setFieldValue(`${stepPath(i, k)}.dueMonth`, Number(event.currentTarget.value))
            }
            error={form.errors[`${stepPath(i, k)}.dueMonth`]}
          />
        )}
        renderResponsible={(i, k) => (
          <NativeSelect
            size="xs"
            label={stacked ? t('plans.colResponsible') : undefined}
            aria-label={stacked ? undefined : stepLabel(i, k, t('plans.colResponsible'))}
            data={[
              { value: '', label: k < 4 ? t('plans.responsibleDefault') : t('plans.responsibleNone') },
              ...people,
            ]}
            value={topics[i]?.steps[k]?.responsibleId ?? ''}
            onChange={(event) =>
              form.setFieldValue(`${stepPath(i, k)}.responsibleId`, event.currentTarget.value)
            }
            error={form.errors[`${stepPath(i, k)}.responsibleId`]}
          />
        )}
        renderNote={(i, k) => (
          <TextInput
            size="xs"
            label={stacked ? t('plans.colNote') : undefined}
            aria-label={stacked ? undefined : stepLabel(i, k, t('plans.colNote'))}
            {...form.getInputProps(`${stepPath(i, k)}.note`)}
          />
        )}
      />
    </Section>
  );
}
