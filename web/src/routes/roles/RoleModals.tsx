import { Modal, NativeSelect, Stack, Text } from '@mantine/core';
import { useForm } from '@mantine/form';
import { notifications } from '@mantine/notifications';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { assignRole, endRole, keys, membersQuery } from '../../api/endpoints.ts';
import type { OrgUnitDetail, RoleAssignment } from '../../api/models.ts';
import { DateField } from '../../components/DateField.tsx';
import { ErrorAlert } from '../../components/ErrorAlert.tsx';
import { FormButtons } from '../../components/FormButtons.tsx';
import { applyServerErrors } from '../../components/forms.ts';
import { Loading } from '../../components/Loading.tsx';
import { useTranslation } from '../../i18n/useTranslation.ts';
import { collator, roleLabel, statusLabel, todayLocalDate } from '../../lib/format.ts';

export type RoleDialog = { kind: 'assign' } | { kind: 'end'; assignment: RoleAssignment };

export function RoleDialogs({
  unit,
  dialog,
  onClose,
}: {
  unit: OrgUnitDetail;
  dialog: RoleDialog;
  onClose: () => void;
}) {
  const { t } = useTranslation();
  if (dialog.kind === 'assign') {
    return (
      <Modal opened onClose={onClose} title={t('roleTab.assignTitle', { name: unit.name })}>
        <AssignRoleForm unit={unit} onDone={onClose} />
      </Modal>
    );
  }
  const { assignment } = dialog;
  return (
    <Modal
      opened
      onClose={onClose}
      title={t('roleTab.endTitle', { role: roleLabel(t, assignment.role), name: assignment.personName })}
    >
      <EndRoleForm unitId={unit.id} assignment={assignment} onDone={onClose} />
    </Modal>
  );
}

function useRoleInvalidation(unitId: string) {
  const queryClient = useQueryClient();
  return () =>
    Promise.all([
      queryClient.invalidateQueries({ queryKey: keys.roles(unitId) }),
      queryClient.invalidateQueries({ queryKey: keys.membersOf(unitId) }),
      queryClient.invalidateQueries({ queryKey: ['member'] }),
      queryClient.invalidateQueries({ queryKey: keys.me }),
    ]);
}

function AssignRoleForm({ unit, onDone }: { unit: OrgUnitDetail; onDone: () => void }) {
  const { t } = useTranslation();
  const invalidate = useRoleInvalidation(unit.id);
  // A committee's posts go to people anywhere under it; a cell's or group's to its own members.
  const people = useQuery(membersQuery(unit.id, { scope: unit.kind === 'committee' ? 'subtree' : 'unit' }));
  const form = useForm({
    initialValues: { role: unit.assignableRoles[0] ?? '', personId: '', startedOn: todayLocalDate() },
    validate: {
      role: (value) => (value ? null : t('common.required')),
      personId: (value) => (value ? null : t('common.required')),
      startedOn: (value) => (value ? null : t('common.required')),
    },
  });
  const mutation = useMutation({
    mutationFn: ({ role, ...values }: typeof form.values) => {
      // The select offers only the unit's assignable roles (and validation refuses none chosen).
      const assignable = unit.assignableRoles.find((name) => name === role);
      if (!assignable) throw new Error(t('common.required'));
      return assignRole(unit.id, { ...values, role: assignable });
    },
    onSuccess: async () => {
      await invalidate();
      notifications.show({ color: 'green', message: t('roleTab.assigned') });
      onDone();
    },
    onError: (error) => applyServerErrors(form, error),
  });

  const candidates = (people.data?.members ?? [])
    .filter((m) => m.status !== 'transferred_out')
    .sort((a, b) => collator.compare(a.fullName, b.fullName));

  return (
    <form onSubmit={form.onSubmit((values) => mutation.mutate(values))} noValidate>
      <Stack>
        <ErrorAlert error={mutation.error ?? people.error} />
        <NativeSelect
          label={t('roleTab.role')}
          withAsterisk
          data={unit.assignableRoles.map((role) => ({ value: role, label: roleLabel(t, role, unit.kind) }))}
          {...form.getInputProps('role')}
        />
        {people.isPending ? (
          <Loading />
        ) : candidates.length === 0 ? (
          <Text c="dimmed">{t('roleTab.noPeople')}</Text>
        ) : (
          <NativeSelect
            label={t('roleTab.person')}
            withAsterisk
            data={[
              { value: '', label: t('common.notChosen') },
              ...candidates.map((m) => ({
                value: m.id,
                label: `${m.fullName} — ${statusLabel(t, m.status)}`,
              })),
            ]}
            {...form.getInputProps('personId')}
          />
        )}
        <DateField label={t('roleTab.startedOn')} withAsterisk {...form.getInputProps('startedOn')} />
        <FormButtons pending={mutation.isPending} onCancel={onDone} />
      </Stack>
    </form>
  );
}

function EndRoleForm({
  unitId,
  assignment,
  onDone,
}: {
  unitId: string;
  assignment: RoleAssignment;
  onDone: () => void;
}) {
  const { t } = useTranslation();
  const invalidate = useRoleInvalidation(unitId);
  const form = useForm({
    initialValues: { endedOn: todayLocalDate() },
    validate: { endedOn: (value) => (value ? null : t('common.required')) },
  });
  const mutation = useMutation({
    mutationFn: (values: typeof form.values) => endRole(assignment.id, values.endedOn),
    onSuccess: async () => {
      await invalidate();
      notifications.show({ color: 'green', message: t('roleTab.ended') });
      onDone();
    },
    onError: (error) => applyServerErrors(form, error),
  });
  return (
    <form onSubmit={form.onSubmit((values) => mutation.mutate(values))} noValidate>
      <Stack>
        <ErrorAlert error={mutation.error} />
        <DateField
          label={t('roleTab.endedOn')}
          withAsterisk
          data-autofocus
          {...form.getInputProps('endedOn')}
        />
        <FormButtons pending={mutation.isPending} onCancel={onDone} submitLabel={t('roleTab.end')} />
      </Stack>
    </form>
  );
}
