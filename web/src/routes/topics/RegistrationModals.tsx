import { Button, Group, Modal, NativeSelect, SimpleGrid, Stack, Text, Textarea } from '@mantine/core';
import { useForm } from '@mantine/form';
import { notifications } from '@mantine/notifications';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { SELECTION_CRITERIA } from '#domain/plans/topic-groups.ts';
import { registerTopic, withdrawRegistration } from '../../api/endpoints.ts';
import type { Registration } from '../../api/models.ts';
import { ErrorAlert } from '../../components/ErrorAlert.tsx';
import { FormButtons } from '../../components/FormButtons.tsx';
import { applyServerErrors, optional } from '../../components/forms.ts';
import { useTranslation } from '../../i18n/useTranslation.ts';
import { criterionLabel, quarterLabel } from '../../lib/plans.ts';
import { TopicGroupField } from './TopicGroupField.tsx';

export type RegistrationDialog = { kind: 'register' } | { kind: 'withdraw'; registration: Registration };

interface DialogsProps {
  cellId: string;
  year: number;
  dialog: RegistrationDialog;
  onClose: () => void;
}

export function RegistrationDialogs({ cellId, year, dialog, onClose }: DialogsProps) {
  const { t } = useTranslation();
  if (dialog.kind === 'register') {
    return (
      <Modal opened onClose={onClose} size="lg" title={t('registrations.registerTitle', { year })}>
        <RegisterForm cellId={cellId} year={year} onDone={onClose} />
      </Modal>
    );
  }
  return (
    <Modal opened onClose={onClose} title={t('registrations.withdrawTitle')}>
      <WithdrawConfirm registration={dialog.registration} onDone={onClose} />
    </Modal>
  );
}

function RegisterForm({ cellId, year, onDone }: { cellId: string; year: number; onDone: () => void }) {
  const { t } = useTranslation();
  const queryClient = useQueryClient();
  const form = useForm({
    initialValues: { title: '', topicGroup: '', criterion: '', reason: '', preferredQuarter: '' },
    validate: { title: (value) => (value.trim() ? null : t('common.required')) },
  });
  const mutation = useMutation({
    mutationFn: (values: typeof form.values) =>
      registerTopic(cellId, {
        year,
        title: values.title.trim(),
        topicGroup: optional(values.topicGroup),
        criterion: optional(values.criterion),
        reason: optional(values.reason),
        preferredQuarter: values.preferredQuarter ? Number(values.preferredQuarter) : null,
      }),
    onSuccess: async () => {
      await queryClient.invalidateQueries({ queryKey: ['registrations'] });
      notifications.show({ color: 'green', message: t('registrations.registered') });
      onDone();
    },
    onError: (error) => applyServerErrors(form, error),
  });

  return (
    <form onSubmit={form.onSubmit((values) => mutation.mutate(values))} noValidate>
      <Stack>
        <ErrorAlert error={mutation.error} />
        <Textarea
          label={t('registrations.topicTitle')}
          withAsterisk
          autosize
          minRows={1}
          data-autofocus
          {...form.getInputProps('title')}
        />
        <TopicGroupField
          label={t('plans.topicGroup')}
          value={form.values.topicGroup}
          onChange={(value) => form.setFieldValue('topicGroup', value)}
          error={form.errors.topicGroup}
        />
        <SimpleGrid cols={{ base: 1, xs: 2 }} spacing="sm">
          <NativeSelect
            label={t('registrations.criterion')}
            data={[
              { value: '', label: t('common.notChosen') },
              ...SELECTION_CRITERIA.map((c) => ({ value: c, label: criterionLabel(t, c) })),
            ]}
            {...form.getInputProps('criterion')}
          />
          <NativeSelect
            label={t('registrations.preferredQuarter')}
            data={[
              { value: '', label: t('registrations.anyQuarter') },
              ...[1, 2, 3, 4].map((q) => ({ value: String(q), label: quarterLabel(t, q) })),
            ]}
            {...form.getInputProps('preferredQuarter')}
          />
        </SimpleGrid>
        <Textarea
          label={t('registrations.reason')}
          description={t('registrations.reasonHint')}
          autosize
          minRows={3}
          {...form.getInputProps('reason')}
        />
        <FormButtons pending={mutation.isPending} onCancel={onDone} submitLabel={t('registrations.submit')} />
      </Stack>
    </form>
  );
}

function WithdrawConfirm({ registration, onDone }: { registration: Registration; onDone: () => void }) {
  const { t } = useTranslation();
  const queryClient = useQueryClient();
  const mutation = useMutation({
    mutationFn: () => withdrawRegistration(registration.id),
    onSuccess: async () => {
      await queryClient.invalidateQueries({ queryKey: ['registrations'] });
      notifications.show({ color: 'green', message: t('registrations.withdrawn') });
      onDone();
    },
  });
  return (
    <Stack>
      <Text size="sm">{t('registrations.withdrawConfirm', { title: registration.title })}</Text>
      <ErrorAlert error={mutation.error} />
      <Group justify="flex-end">
        <Button variant="default" onClick={onDone}>
          {t('common.cancel')}
        </Button>
        <Button color="red" loading={mutation.isPending} onClick={() => mutation.mutate()}>
          {t('registrations.withdrawButton')}
        </Button>
      </Group>
    </Stack>
  );
}
