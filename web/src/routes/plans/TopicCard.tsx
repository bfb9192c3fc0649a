import { Badge, Button, Card, Group, NativeSelect, SimpleGrid, Stack, Text, Textarea } from '@mantine/core';
import { TOPIC_KINDS } from '#domain/plans/topic-groups.ts';
import type { TopicKind } from '../../api/models.ts';
import { MultiPick } from '../../components/MultiPick.tsx';
import { useTranslation } from '../../i18n/useTranslation.ts';
import { quarterLabel, topicKindLabel } from '../../lib/plans.ts';
import { TopicGroupField } from '../topics/TopicGroupField.tsx';
import { followPreparer, moveToQuarter, type PlanForm } from './plan-form.ts';

const QUARTERS = [1, 2, 3, 4] as const;

function isTopicKind(value: string): value is TopicKind {
  return (TOPIC_KINDS as readonly string[]).includes(value);
}

export interface TopicCardProps {
  form: PlanForm;
  /** The topic's place in the plan's list. */
  index: number;
  /** Who can be named as preparer. */
  people: { value: string; label: string }[];
  /** Topic groups the committee's guidance of the year names. */
  suggestedGroups: string[];
  /** The member who proposed a registration, once the cell's registrations are loaded. */
  proposerOf: (registrationId: string) => string | undefined;
}

/** One topic of the plan's section II: title, group, kind, quarter, preparers and work content. */
export function TopicCard({ form, index: i, people, suggestedGroups, proposerOf }: TopicCardProps) {
  const { t } = useTranslation();
  const topic = form.values.topics[i];
  if (!topic) return null;
  const name = t('plans.topicNumber', { number: i + 1 });
  const proposer = topic.registrationId ? proposerOf(topic.registrationId) : undefined;

  // Moving a topic to another quarter moves its step months; a new preparer takes the steps they held.
  const setQuarter = (quarter: number) => {
    form.setFieldValue(`topics.${i}.steps`, moveToQuarter(topic, quarter));
    form.setFieldValue(`topics.${i}.quarter`, quarter);
  };
  const setPreparers = (preparerIds: string[]) => {
    form.setFieldValue(`topics.${i}.steps`, followPreparer(topic, preparerIds));
    form.setFieldValue(`topics.${i}.preparerIds`, preparerIds);
  };

  return (
    <Card withBorder padding="sm" role="group" aria-label={name} data-testid="topic-card">
      <Stack gap="sm">
        <Group justify="space-between" wrap="nowrap" align="flex-start">
          <Group gap="xs">
            <Text fw={600}>{name}</Text>
            {topic.registrationId ? (
              <Badge variant="light" color="blue" tt="none">
                {proposer ? t('plans.fromRegistrationBy', { name: proposer }) : t('plans.fromRegistration')}
              </Badge>
            ) : null}
            {topic.modelId ? (
              <Badge variant="light" color="grape" tt="none">
                {t('plans.fromLibrary')}
              </Badge>
            ) : null}
          </Group>
          <Button
            size="compact-xs"
            variant="subtle"
            color="gray"
            style={{ flex: 'none' }}
            onClick={() => form.removeListItem('topics', i)}
            aria-label={t('plans.removeTopicN', { number: i + 1 })}
          >
            {t('plans.removeTopic')}
          </Button>
        </Group>
        <Textarea
          label={t('plans.topicTitle')}
          withAsterisk
          autosize
          minRows={1}
          {...form.getInputProps(`topics.${i}.title`)}
        />
        <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="sm">
          <TopicGroupField
            label={t('plans.topicGroup')}
            value={topic.topicGroup}
            onChange={(value) => form.setFieldValue(`topics.${i}.topicGroup`, value)}
            error={form.errors[`topics.${i}.topicGroup`]}
            suggested={suggestedGroups}
          />
          <NativeSelect
            label={t('plans.topicKind')}
            data={TOPIC_KINDS.map((kind) => ({ value: kind, label: topicKindLabel(t, kind) }))}
            value={topic.kind}
            onChange={(event) => {
              const kind = event.currentTarget.value;
              if (isTopicKind(kind)) form.setFieldValue(`topics.${i}.kind`, kind);
            }}
          />
          <NativeSelect
            label={t('plans.quarter')}
            data={QUARTERS.map((q) => ({ value: String(q), label: quarterLabel(t, q) }))}
            value={String(topic.quarter)}
            onChange={(event) => setQuarter(Number(event.currentTarget.value))}
            error={form.errors[`topics.${i}.quarter`]}
          />
          <MultiPick
            label={t('plans.preparers')}
            addLabel={t('plans.addPreparer')}
            removeLabel={(person) => t('plans.removePreparer', { name: person })}
            data={people}
            value={topic.preparerIds}
            onChange={setPreparers}
            error={
              form.errors[`topics.${i}.preparerIds`] ??
              (topic.preparerIds.length === 0 ? t('plans.needPreparer') : undefined)
            }
          />
        </SimpleGrid>
        <Textarea
          label={t('plans.workContent')}
          autosize
          minRows={2}
          {...form.getInputProps(`topics.${i}.workContent`)}
        />
      </Stack>
    </Card>
  );
}
