// The two changes that open a new membership period: a new status, a move to another unit.
import { NativeSelect, Stack, Text, Textarea } from '@mantine/core';
import { useForm } from '@mantine/form';
import { useMutation } from '@tanstack/react-query';
import { changeMemberStatus, transferMember } from '../../api/endpoints.ts';
import type { Member, MemberStatus } from '../../api/models.ts';
import { DateField } from '../../components/DateField.tsx';
import { ErrorAlert } from '../../components/ErrorAlert.tsx';
import { FormButtons } from '../../components/FormButtons.tsx';
import { applyServerErrors, optional } from '../../components/forms.ts';
import { UnitPicker } from '../../components/UnitPicker.tsx';
import { useTranslation } from '../../i18n/useTranslation.ts';
import { statusLabel, todayLocalDate } from '../../lib/format.ts';
import { useMemberSaved } from './member-saved.ts';

/** A new status from the day given (official, exempt, …), with a note. */
export function ChangeStatusForm({ member, onDone }: { member: Member; onDone: () => void }) {
  const { t } = useTranslation();
  const saved = useMemberSaved(onDone);
  const form = useForm({
    initialValues: {
      status: (member.nextStatuses[0] ?? '') as MemberStatus | '',
      on: todayLocalDate(),
      note: '',
    },
    validate: {
      status: (value) => (value ? null : t('common.required')),
      on: (value) => (value ? null : t('common.required')),
    },
  });
  const mutation = useMutation({
    mutationFn: (values: typeof form.values) =>
      changeMemberStatus(member.id, {
        status: values.status as MemberStatus,
        on: values.on,
        note: optional(values.note),
      }),
    onSuccess: (updated) => saved(updated),
    onError: (error) => applyServerErrors(form, error),
  });
  return (
    <form onSubmit={form.onSubmit((values) => mutation.mutate(values))} noValidate>
      <Stack>
        <Text size="sm">
          {t('members.status')}: {statusLabel(t, member.status)}
        </Text>
        <ErrorAlert error={mutation.error} />
        <NativeSelect
          label={t('member.newStatus')}
          withAsterisk
          data={member.nextStatuses.map((s) => ({ value: s, label: statusLabel(t, s) }))}
          {...form.getInputProps('status')}
        />
        <DateField label={t('member.on')} withAsterisk {...form.getInputProps('on')} />
        <Textarea label={t('member.note')} autosize minRows={2} {...form.getInputProps('note')} />
        <FormButtons pending={mutation.isPending} onCancel={onDone} />
      </Stack>
    </form>
  );
}

/** A move to another unit from the day given, with a note. */
export function TransferForm({ member, onDone }: { member: Member; onDone: () => void }) {
  const { t } = useTranslation();
  const saved = useMemberSaved(onDone);
  const form = useForm({
    initialValues: { toUnitId: '', on: todayLocalDate(), note: '' },
    validate: {
      toUnitId: (value) => (value ? null : t('common.required')),
      on: (value) => (value ? null : t('common.required')),
    },
  });
  const mutation = useMutation({
    mutationFn: (values: typeof form.values) =>
      transferMember(member.id, { toUnitId: values.toUnitId, on: values.on, note: optional(values.note) }),
    onSuccess: (updated) => saved(updated),
    onError: (error) => applyServerErrors(form, error),
  });
  return (
    <form onSubmit={form.onSubmit((values) => mutation.mutate(values))} noValidate>
      <Stack>
        <ErrorAlert error={mutation.error} />
        {/* Any cell the user sees but the member's own (issue 20: searched on the server as the user types). */}
        <UnitPicker
          label={t('member.toUnit')}
          withAsterisk
          kind="cell"
          exclude={member.unitId}
          value={form.values.toUnitId || null}
          onChange={(u) => form.setFieldValue('toUnitId', u?.id ?? '')}
          error={form.errors.toUnitId}
        />
        <DateField label={t('member.on')} withAsterisk {...form.getInputProps('on')} />
        <Textarea label={t('member.note')} autosize minRows={2} {...form.getInputProps('note')} />
        <FormButtons pending={mutation.isPending} onCancel={onDone} />
      </Stack>
    </form>
  );
}
