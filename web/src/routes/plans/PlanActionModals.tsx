import { Modal, NativeSelect, Stack, Text, Textarea } from '@mantine/core';
import { useForm } from '@mantine/form';
import { notifications } from '@mantine/notifications';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { planTransition, publishModel } from '../../api/endpoints.ts';
import type { Plan, PlanTopic } from '../../api/models.ts';
import { DateField } from '../../components/DateField.tsx';
import { ErrorAlert } from '../../components/ErrorAlert.tsx';
import { FormButtons } from '../../components/FormButtons.tsx';
import { applyServerErrors, optional } from '../../components/forms.ts';
import { useTranslation } from '../../i18n/useTranslation.ts';
import { todayLocalDate } from '../../lib/format.ts';
import { usePlanSaved } from './plan-cache.ts';

export type PlanDialog =
  | { kind: 'adopt' | 'acknowledge' | 'return' }
  | { kind: 'publish'; topic: PlanTopic; committees: { id: string; name: string }[] };

export function PlanActionDialog({
  plan,
  dialog,
  onClose,
}: {
  plan: Plan;
  dialog: PlanDialog;
  onClose: () => void;
}) {
  const { t } = useTranslation();
  const titles = {
    adopt: t('planActions.adoptTitle'),
    acknowledge: t('planActions.acknowledgeTitle'),
    return: t('planActions.returnTitle'),
    publish: t('library.publishTitle'),
  };
  return (
    <Modal opened onClose={onClose} title={titles[dialog.kind]}>
      {dialog.kind === 'adopt' ? <AdoptForm plan={plan} onDone={onClose} /> : null}
      {dialog.kind === 'acknowledge' || dialog.kind === 'return' ? (
        <ReviewForm plan={plan} action={dialog.kind} onDone={onClose} />
      ) : null}
      {dialog.kind === 'publish' ? (
        <PublishForm topic={dialog.topic} committees={dialog.committees} onDone={onClose} />
      ) : null}
    </Modal>
  );
}

function AdoptForm({ plan, onDone }: { plan: Plan; onDone: () => void }) {
  const { t } = useTranslation();
  const saved = usePlanSaved();
  const form = useForm({
    initialValues: { adoptedOn: todayLocalDate() },
    validate: { adoptedOn: (value) => (value ? null : t('common.required')) },
  });
  const mutation = useMutation({
    mutationFn: (values: typeof form.values) => planTransition.adopt(plan.id, values.adoptedOn),
    onSuccess: async (next) => {
      await saved(next);
      notifications.show({ color: 'green', message: t('planActions.done.adopt') });
      onDone();
    },
    onError: (error) => applyServerErrors(form, error),
  });
  return (
    <form onSubmit={form.onSubmit((values) => mutation.mutate(values))} noValidate>
      <Stack>
        <ErrorAlert error={mutation.error} />
        <Text size="sm">{t('planActions.adoptHint')}</Text>
        <DateField
          label={t('planActions.adoptedOn')}
          withAsterisk
          data-autofocus
          {...form.getInputProps('adoptedOn')}
        />
        <FormButtons pending={mutation.isPending} onCancel={onDone} submitLabel={t('planActions.adopt')} />
      </Stack>
    </form>
  );
}

function ReviewForm({
  plan,
  action,
  onDone,
}: {
  plan: Plan;
  action: 'acknowledge' | 'return';
  onDone: () => void;
}) {
  const { t } = useTranslation();
  const saved = usePlanSaved();
  const form = useForm({
    initialValues: { remark: '' },
    validate: {
      remark: (value) => (action === 'return' && !value.trim() ? t('planActions.remarkRequired') : null),
    },
  });
  const mutation = useMutation({
    mutationFn: (values: typeof form.values) =>
      action === 'return'
        ? planTransition.return(plan.id, values.remark.trim())
        : planTransition.acknowledge(plan.id, optional(values.remark)),
    onSuccess: async (next) => {
      await saved(next);
      notifications.show({ color: 'green', message: t(`planActions.done.${action}`) });
      onDone();
    },
    onError: (error) => applyServerErrors(form, error),
  });
  return (
    <form onSubmit={form.onSubmit((values) => mutation.mutate(values))} noValidate>
      <Stack>
        <ErrorAlert error={mutation.error} />
        <Text size="sm">
          {t(action === 'return' ? 'planActions.returnHint' : 'planActions.acknowledgeHint', {
            cell: plan.cellName,
          })}
        </Text>
        <Textarea
          label={t(action === 'return' ? 'planActions.remarkReturn' : 'planActions.remarkOptional')}
          withAsterisk={action === 'return'}
          autosize
          minRows={3}
          data-autofocus
          {...form.getInputProps('remark')}
        />
        <FormButtons
          pending={mutation.isPending}
          onCancel={onDone}
          submitLabel={t(`planActions.${action}`)}
        />
      </Stack>
    </form>
  );
}

function PublishForm({
  topic,
  committees,
  onDone,
}: {
  topic: PlanTopic;
  /** Nearest first: the cell's own committee is the default. */
  committees: { id: string; name: string }[];
  onDone: () => void;
}) {
  const { t } = useTranslation();
  const queryClient = useQueryClient();
  const form = useForm({
    initialValues: { committeeId: committees[0]?.id ?? '' },
    validate: { committeeId: (value) => (value ? null : t('common.required')) },
  });
  const mutation = useMutation({
    mutationFn: (values: typeof form.values) => publishModel(topic.id, values.committeeId),
    onSuccess: async () => {
      await queryClient.invalidateQueries({ queryKey: ['library'] });
      notifications.show({ color: 'green', message: t('library.publishedToast') });
      onDone();
    },
    onError: (error) => applyServerErrors(form, error),
  });
  return (
    <form onSubmit={form.onSubmit((values) => mutation.mutate(values))} noValidate>
      <Stack>
        <ErrorAlert error={mutation.error} />
        <Text size="sm" fw={600}>
          {topic.title}
        </Text>
        <Text size="sm">{t('library.publishHint')}</Text>
        {committees.length > 1 ? (
          <NativeSelect
            label={t('library.committee')}
            data={committees.map((c) => ({ value: c.id, label: c.name }))}
            {...form.getInputProps('committeeId')}
          />
        ) : (
          <Text size="sm">{t('library.publishFor', { committee: committees[0]?.name ?? '' })}</Text>
        )}
        <FormButtons pending={mutation.isPending} onCancel={onDone} submitLabel={t('library.publish')} />
      </Stack>
    </form>
  );
}
