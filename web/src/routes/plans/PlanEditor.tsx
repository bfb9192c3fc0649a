import { Stack, Textarea } from '@mantine/core';
import { useForm } from '@mantine/form';
import { useMediaQuery, useWindowEvent } from '@mantine/hooks';
import { notifications } from '@mantine/notifications';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { lazy, Suspense, useEffect, useState } from 'react';
import { ApiError } from '../../api/client.ts';
import { guidanceQuery, planQuery, registrationsQuery, savePlan } from '../../api/endpoints.ts';
import type { Plan } from '../../api/models.ts';
import { useTranslation } from '../../i18n/useTranslation.ts';
import { LegalBasesSection } from './LegalBasesSection.tsx';
import { PlanAssignmentSection } from './PlanAssignmentSection.tsx';
import { PlanChecks } from './PlanChecks.tsx';
import type { AddSource } from './PlanEditorModals.tsx';
import { PlanSaveBar } from './PlanSaveBar.tsx';
import { PlanTopicsSection } from './PlanTopicsSection.tsx';
import { PHONE_QUERY, Section } from './PlanView.tsx';
import { usePlanSaved } from './plan-cache.ts';
import {
  type DraftPlan,
  type DraftTopic,
  liveChecks,
  namedPeople,
  remapFieldErrors,
  toDraft,
  toRequest,
} from './plan-form.ts';

const AddTopicDialog = lazy(() =>
  import('./PlanEditorModals.tsx').then((m) => ({ default: m.AddTopicDialog })),
);

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
  const reload = useMutation({
    mutationFn: () => queryClient.fetchQuery({ ...planQuery(plan.id), staleTime: 0 }),
    onSuccess: (latest) => {
      startFrom(latest);
      mutation.reset();
    },
  });

  const people = namedPeople(plan);
  const suggestedGroups = [...new Set((guidance.data?.guidance ?? []).flatMap((g) => g.topicGroups))];
  const checks = liveChecks(values);
  const addTopic = (topic: DraftTopic) => form.insertListItem('topics', topic);

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
            titles={(dirty ? values.topics : plan.topics).map((topic) => topic.title)}
            live={dirty}
          />

          <LegalBasesSection form={form} />

          <Section title={t('plans.sectionPurpose')}>
            <Textarea label={t('plans.purpose')} autosize minRows={3} {...form.getInputProps('purpose')} />
            <Textarea
              label={t('plans.requirements')}
              autosize
              minRows={3}
              {...form.getInputProps('requirements')}
            />
          </Section>

          <PlanTopicsSection
            form={form}
            people={people}
            suggestedGroups={suggestedGroups}
            proposerOf={proposerOf}
            onAdd={addTopic}
            onPick={setAdding}
          />

          <PlanAssignmentSection form={form} year={plan.year} people={people} stacked={stacked} />

          <Section title={t('plans.sectionOrganisation')}>
            <Textarea
              aria-label={t('plans.sectionOrganisation')}
              placeholder={t('plans.organisationHint')}
              autosize
              minRows={3}
              {...form.getInputProps('organisation')}
            />
          </Section>

          <PlanSaveBar
            dirty={dirty}
            saving={mutation.isPending}
            saveError={mutation.error}
            reloading={reload.isPending}
            reloadError={reload.error}
            onReload={() => reload.mutate()}
            onDiscard={() => startFrom(plan)}
          />
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
