import {
  ActionIcon,
  Alert,
  Badge,
  Button,
  Card,
  Group,
  NativeSelect,
  SimpleGrid,
  Stack,
  Text,
  Textarea,
  TextInput,
} from '@mantine/core';
import { useForm } from '@mantine/form';
import { useMediaQuery, useWindowEvent } from '@mantine/hooks';
import { notifications } from '@mantine/notifications';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { lazy, Suspense, useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { TOPIC_KINDS } from '#domain/plans/topic-groups.ts';
import { ApiError, isApiError } from '../../api/client.ts';
import { guidanceQuery, planQuery, registrationsQuery, savePlan } from '../../api/endpoints.ts';
import type { Plan, TopicKind } from '../../api/models.ts';
import { ErrorAlert, errorMessage } from '../../components/ErrorAlert.tsx';
import { MultiPick } from '../../components/MultiPick.tsx';
import { collator } from '../../lib/format.ts';
import { monthLabel, planStepLabel, quarterLabel, topicKindLabel } from '../../lib/plans.ts';
import { TopicGroupField } from '../topics/TopicGroupField.tsx';
import { AssignmentTable } from './AssignmentTable.tsx';
import { PlanChecks } from './PlanChecks.tsx';
import type { AddSource } from './PlanEditorModals.tsx';
import { PHONE_QUERY, Section } from './PlanView.tsx';
import { usePlanSaved } from './plan-cache.ts';
import {
  type DraftPlan,
  type DraftTopic,
  followPreparer,
  freeQuarter,
  liveChecks,
  moveToQuarter,
  newTopic,
  remapFieldErrors,
  toDraft,
  toRequest,
} from './plan-form.ts';

const AddTopicDialog = lazy(() =>
  import('./PlanEditorModals.tsx').then((m) => ({ default: m.AddTopicDialog })),
);

const MONTHS = [1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12] as const;
const QUARTERS = [1, 2, 3, 4] as const;

function isTopicKind(value: string): value is TopicKind {
  return (TOPIC_KINDS as readonly string[]).includes(value);
}

interface PlanEditorProps {
  plan: Plan;
  /** Told whenever the editor gains or loses unsaved changes (lifecycle buttons wait for a save). */
  onDirtyChange: (dirty: boolean) => void;
}

/** The secretary's editor of the whole plan: legal bases, sections I–III and the organisation. */
export default function PlanEditor({ plan, onDirtyChange }: PlanEditorProps) {
  const { t } = useTranslation();
  const stacked = useMediaQuery(PHONE_QUERY, false, { getInitialValueInEffect: false });
  const saved = usePlanSaved();
  const queryClient = useQueryClient();
  const guidance = useQuery(guidanceQuery(plan.cellId, plan.year));
  const registrations = useQuery(registrationsQuery(plan.cellId, plan.year));
  const proposerOf = (registrationId: string) =>
    registrations.data?.registrations.find((r) => r.id === registrationId)?.personName;
  const [adding, setAdding] = useState<AddSource | null>(null);
  const [initial] = useState(() => toDraft(plan));
  // The version of the plan the form started from: a save over a newer one is refused (PLAN_CHANGED).
  const [baseVersion, setBaseVersion] = useState(plan.updatedAt);
  const form = useForm<DraftPlan>({
    mode: 'controlled',
    initialValues: initial,
    validate: {
      topics: { title: (value) => (value.trim() ? null : t('common.required')) },
    },
  });
  const values = form.values;
  const dirty = form.isDirty();

  useEffect(() => onDirtyChange(dirty), [dirty, onDirtyChange]);
  // Closing the tab with unsaved changes asks first.
  useWindowEvent('beforeunload', (event) => {
    if (dirty) event.preventDefault();
  });

  /** Puts the form back on a version of the plan, the one the next save builds on. */
  const startFrom = (version: Plan) => {
    const draft = toDraft(version);
    form.setValues(draft);
    form.resetDirty(draft);
    form.clearErrors();
    setBaseVersion(version.updatedAt);
  };

  const mutation = useMutation({
    mutationFn: async (draft: DraftPlan) => {
      const { body, order } = toRequest(draft);
      try {
        return await savePlan(plan.id, { ...body, expectedUpdatedAt: baseVersion });
      } catch (error) {
        if (error instanceof ApiError && Object.keys(error.fields).length > 0) {
          form.setErrors(remapFieldErrors(error.fields, order));
        }
        throw error;
      }
    },
    onSuccess: async (next) => {
      startFrom(next);
      await saved(next);
      notifications.show({ color: 'green', message: t('plans.saved') });
    },
  });

  // Someone else saved (or moved) the plan since this form loaded it: fetch theirs and start from it.
  const changed = isApiError(mutation.error) && mutation.error.code === 'PLAN_CHANGED';
  const reload = useMutation({
    mutationFn: () => queryClient.fetchQuery({ ...planQuery(plan.id), staleTime: 0 }),
    onSuccess: (latest) => {
      startFrom(latest);
      mutation.reset();
    },
  });

  // Everyone who can be named, plus anyone the saved plan names who has since left the list.
  const peopleById = new Map(plan.people.map((p) => [p.id, p.fullName]));
  for (const topic of plan.topics) {
    for (const p of topic.preparers) if (!peopleById.has(p.id)) peopleById.set(p.id, p.fullName);
    for (const s of topic.steps)
      if (s.responsibleId && !peopleById.has(s.responsibleId))
        peopleById.set(s.responsibleId, s.responsibleName ?? s.responsibleId);
  }
  const people = [...peopleById]
    .map(([id, fullName]) => ({ value: id, label: fullName }))
    .sort((a, b) => collator.compare(a.label, b.label));
  const suggestedGroups = [...new Set((guidance.data?.guidance ?? []).flatMap((g) => g.topicGroups))];

  const checks = liveChecks(values);
  const titles = values.topics.map((topic) => topic.title);
  const topicName = (i: number) => t('plans.topicNumber', { number: i + 1 });

  const setQuarter = (i: number, quarter: number) => {
    const topic = values.topics[i];
    if (!topic) return;
    form.setFieldValue(`topics.${i}.steps`, moveToQuarter(topic, quarter));
    form.setFieldValue(`topics.${i}.quarter`, quarter);
  };
  const setPreparers = (i: number, preparerIds: string[]) => {
    const topic = values.topics[i];
    if (!topic) return;
    form.setFieldValue(`topics.${i}.steps`, followPreparer(topic, preparerIds));
    form.setFieldValue(`topics.${i}.preparerIds`, preparerIds);
  };
  const addTopic = (topic: DraftTopic) => form.insertListItem('topics', topic);

  const stepPath = (i: number, k: number) => `topics.${i}.steps.${k}` as const;
  const stepLabel = (i: number, k: number, column: string) =>
    `${column}: ${topicName(i)}, ${planStepLabel(t, values.topics[i]?.steps[k]?.step ?? 'outline')}`;

  return (
    <>
      <form
        onSubmit={form.onSubmit(
          (draft) => mutation.mutate(draft),
          () => notifications.show({ color: 'red', message: t('plans.fixFields') }),
        )}
        noValidate
      >
        <Stack gap="lg">
          <PlanChecks
            errors={dirty ? checks.errors : plan.checks.errors}
            warnings={dirty ? checks.warnings : plan.checks.warnings}
            titles={dirty ? titles : plan.topics.map((topic) => topic.title)}
            live={dirty}
          />

          <Section title={t('plans.legalBases')}>
            <Text size="sm" c="dimmed">
              {t('plans.legalBasesHint')}
            </Text>
            {values.legalBases.map((_, i) => (
              // Legal bases have no identity of their own: their place in the list is what they are.
              // biome-ignore lint/suspicious/noArrayIndexKey: see above.
              <Group key={i} wrap="nowrap" align="flex-start" gap="xs">
                <Textarea
                  autosize
                  minRows={1}
                  style={{ flex: 1 }}
                  aria-label={t('plans.legalBasisN', { number: i + 1 })}
                  {...form.getInputProps(`legalBases.${i}`)}
                />
                <ActionIcon
                  variant="subtle"
                  color="gray"
                  mt={6}
                  aria-label={t('plans.removeLegalBasis', { number: i + 1 })}
                  onClick={() => form.removeListItem('legalBases', i)}
                >
                  ✕
                </ActionIcon>
              </Group>
            ))}
            {form.errors.legalBases ? (
              <Text size="sm" c="red.8">
                {form.errors.legalBases}
              </Text>
            ) : null}
            <Group>
              <Button size="xs" variant="light" onClick={() => form.insertListItem('legalBases', '')}>
                {t('plans.addLegalBasis')}
              </Button>
            </Group>
          </Section>

          <Section title={t('plans.sectionPurpose')}>
            <Textarea label={t('plans.purpose')} autosize minRows={3} {...form.getInputProps('purpose')} />
            <Textarea
              label={t('plans.requirements')}
              autosize
              minRows={3}
              {...form.getInputProps('requirements')}
            />
          </Section>

          <Section title={t('plans.sectionContent')}>
            {values.topics.length === 0 ? (
              <Text size="sm" c="dimmed">
                {t('plans.noTopicsYet')}
              </Text>
            ) : null}
            {values.topics.map((topic, i) => (
              <Card
                key={topic.key}
                withBorder
                padding="sm"
                role="group"
                aria-label={topicName(i)}
                data-testid="topic-card"
              >
                <Stack gap="sm">
                  <Group justify="space-between" wrap="nowrap" align="flex-start">
                    <Group gap="xs">
                      <Text fw={600}>{topicName(i)}</Text>
                      {topic.registrationId ? (
                        <Badge variant="light" color="blue" tt="none">
                          {proposerOf(topic.registrationId)
                            ? t('plans.fromRegistrationBy', { name: proposerOf(topic.registrationId) })
                            : t('plans.fromRegistration')}
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
                      onChange={(event) => setQuarter(i, Number(event.currentTarget.value))}
                      error={form.errors[`topics.${i}.quarter`]}
                    />
                    <MultiPick
                      label={t('plans.preparers')}
                      addLabel={t('plans.addPreparer')}
                      removeLabel={(name) => t('plans.removePreparer', { name })}
                      data={people}
                      value={topic.preparerIds}
                      onChange={(ids) => setPreparers(i, ids)}
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
            ))}
            {typeof form.errors.topics === 'string' ? (
              <Text size="sm" c="red.8">
                {form.errors.topics}
              </Text>
            ) : null}
            <Group gap="xs">
              <Button
                variant="light"
                onClick={() => addTopic(newTopic({ quarter: freeQuarter(values.topics) }))}
              >
                {t('plans.addTopic')}
              </Button>
              <Button variant="light" onClick={() => setAdding('registrations')}>
                {t('plans.addFromRegistrations')}
              </Button>
              <Button variant="light" onClick={() => setAdding('library')}>
                {t('plans.addFromLibrary')}
              </Button>
            </Group>
          </Section>

          <Section title={t('plans.sectionAssignment')}>
            <Text size="sm" c="dimmed">
              {t('plans.assignmentHint')}
            </Text>
            <AssignmentTable
              stacked={stacked}
              topics={values.topics.map((topic, index) => ({
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
                  data={MONTHS.map((m) => ({ value: String(m), label: monthLabel(t, m, plan.year) }))}
                  value={String(values.topics[i]?.steps[k]?.dueMonth ?? 1)}
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
                    {
                      value: '',
                      label: k < 4 ? t('plans.responsibleDefault') : t('plans.responsibleNone'),
                    },
                    ...people,
                  ]}
                  value={values.topics[i]?.steps[k]?.responsibleId ?? ''}
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

          <Section title={t('plans.sectionOrganisation')}>
            <Textarea
              aria-label={t('plans.sectionOrganisation')}
              placeholder={t('plans.organisationHint')}
              autosize
              minRows={3}
              {...form.getInputProps('organisation')}
            />
          </Section>

          <div className="plan-save-bar">
            <Stack gap={4}>
              {changed ? (
                <Alert color="orange" variant="light" title={t('common.errorTitle')} role="alert">
                  <Stack gap={6}>
                    <Text size="sm">{errorMessage(mutation.error, t('common.unexpected'))}</Text>
                    <Text size="xs" c="dimmed">
                      {t('plans.reloadDiscards')}
                    </Text>
                    <Group>
                      <Button
                        size="compact-sm"
                        variant="light"
                        color="orange"
                        loading={reload.isPending}
                        onClick={() => reload.mutate()}
                      >
                        {t('plans.reloadLatest')}
                      </Button>
                    </Group>
                  </Stack>
                </Alert>
              ) : null}
              <ErrorAlert error={changed ? reload.error : mutation.error} />
              <Group justify="space-between" gap="xs">
                <Text size="sm" c={dirty ? 'orange.8' : 'dimmed'} aria-live="polite">
                  {dirty ? t('plans.unsaved') : t('plans.allSaved')}
                </Text>
                <Group gap="xs">
                  {dirty ? (
                    <Button variant="default" onClick={() => startFrom(plan)}>
                      {t('plans.discard')}
                    </Button>
                  ) : null}
                  <Button type="submit" loading={mutation.isPending}>
                    {t('plans.save')}
                  </Button>
                </Group>
              </Group>
            </Stack>
          </div>
        </Stack>
      </form>

      {adding ? (
        <Suspense fallback={null}>
          <AddTopicDialog
            source={adding}
            plan={plan}
            topics={values.topics}
            onAdd={addTopic}
            onClose={() => setAdding(null)}
          />
        </Suspense>
      ) : null}
    </>
  );
}
