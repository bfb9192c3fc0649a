import { Button, Group, Text } from '@mantine/core';
import { useTranslation } from '../../i18n/useTranslation.ts';
import type { AddSource } from './PlanEditorModals.tsx';
import { Section } from './PlanView.tsx';
import { type DraftTopic, freeQuarter, newTopic } from './plan-form.ts';
import { TopicCard, type TopicCardProps } from './TopicCard.tsx';

interface PlanTopicsSectionProps extends Omit<TopicCardProps, 'index'> {
  onAdd: (topic: DraftTopic) => void;
  /** Opens the picker of the cell's registrations or of the committee's library. */
  onPick: (source: AddSource) => void;
}

/** Section II of the plan, its topics: one card each, and the ways to add one. */
export function PlanTopicsSection({ form, onAdd, onPick, ...cardProps }: PlanTopicsSectionProps) {
  const { t } = useTranslation();
  const topics = form.values.topics;
  return (
    <Section title={t('plans.sectionContent')}>
      {topics.length === 0 ? (
        <Text size="sm" c="dimmed">
          {t('plans.noTopicsYet')}
        </Text>
      ) : null}
      {topics.map((topic, i) => (
        <TopicCard key={topic.key} form={form} index={i} {...cardProps} />
      ))}
      {typeof form.errors.topics === 'string' ? (
        <Text size="sm" c="red.8">
          {form.errors.topics}
        </Text>
      ) : null}
      <Group gap="xs">
        <Button variant="light" onClick={() => onAdd(newTopic({ quarter: freeQuarter(topics) }))}>
          {t('plans.addTopic')}
        </Button>
        <Button variant="light" onClick={() => onPick('registrations')}>
          {t('plans.addFromRegistrations')}
        </Button>
        <Button variant="light" onClick={() => onPick('library')}>
          {t('plans.addFromLibrary')}
        </Button>
      </Group>
    </Section>
  );
}
