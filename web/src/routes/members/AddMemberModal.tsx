import { Modal, NativeSelect, SimpleGrid, Stack, TextInput } from '@mantine/core';
import { useForm } from '@mantine/form';
import { notifications } from '@mantine/notifications';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { createMember, keys } from '../../api/endpoints.ts';
import type { Gender, NewMemberStatus, OrgUnitDetail } from '../../api/models.ts';
import { DateField } from '../../components/DateField.tsx';
import { ErrorAlert } from '../../components/ErrorAlert.tsx';
import { FormButtons } from '../../components/FormButtons.tsx';
import { applyServerErrors, optional } from '../../components/forms.ts';
import { useTranslation } from '../../i18n/useTranslation.ts';
import { statusLabel, todayLocalDate } from '../../lib/format.ts';
import { FullNameField, PersonDetailFields } from './PersonFields.tsx';

export type AddMemberMode = 'member' | 'staff';

const PARTY_STATUSES: readonly NewMemberStatus[] = ['official', 'probationary', 'exempt'];

interface Props {
  unit: OrgUnitDetail;
  mode: AddMemberMode | null;
  onClose: () => void;
}

export function AddMemberModal({ unit, mode, onClose }: Props) {
  const { t } = useTranslation();
  const title =
    mode === 'staff'
      ? t('members.addStaffTitle', { name: unit.name })
      : t('members.addMemberTitle', { name: unit.name });
  return (
    <Modal opened={mode !== null} onClose={onClose} title={title} size="lg">
      {mode ? <AddMemberForm unit={unit} mode={mode} onDone={onClose} /> : null}
    </Modal>
  );
}

function AddMemberForm({
  unit,
  mode,
  onDone,
}: {
  unit: OrgUnitDetail;
  mode: AddMemberMode;
  onDone: () => void;
}) {
  const { t } = useTranslation();
  const queryClient = useQueryClient();
  const groups = unit.children.filter((child) => child.kind === 'group');
  const form = useForm({
    initialValues: {
      fullName: '',
      gender: '' as Gender | '',
      birthDate: '',
      phone: '',
      email: '',
      status: (mode === 'staff' ? 'staff' : 'official') as NewMemberStatus,
      statusSince: todayLocalDate(),
      joinedOn: '',
      officialOn: '',
      cardNumber: '',
      groupId: '',
    },
    validate: {
      fullName: (value) => (value.trim() ? null : t('common.required')),
      statusSince: (value) => (value ? null : t('common.required')),
    },
  });
  const isParty = mode === 'member';
  const showOfficialOn = isParty && form.values.status !== 'probationary';

  const mutation = useMutation({
    mutationFn: (values: typeof form.values) =>
      createMember({
        unitId: unit.id,
        fullName: values.fullName.trim(),
        gender: values.gender || undefined,
        birthDate: values.birthDate || undefined,
        phone: optional(values.phone),
        email: optional(values.email),
        status: values.status,
        statusSince: values.statusSince,
        ...(isParty
          ? {
              joinedOn: values.joinedOn || undefined,
              officialOn: showOfficialOn ? values.officialOn || undefined : undefined,
              cardNumber: optional(values.cardNumber),
              groupId: values.groupId || undefined,
            }
          : {}),
      }),
    onSuccess: async (member) => {
      await Promise.all([
        queryClient.invalidateQueries({ queryKey: ['members'] }),
        queryClient.invalidateQueries({ queryKey: keys.orgs }),
        queryClient.invalidateQueries({ queryKey: keys.org(unit.id) }),
      ]);
      notifications.show({ color: 'green', message: t('members.created', { name: member.fullName }) });
      onDone();
    },
    onError: (error) => applyServerErrors(form, error),
  });

  return (
    <form onSubmit={form.onSubmit((values) => mutation.mutate(values))} noValidate>
      <Stack>
        <ErrorAlert error={mutation.error} />
        <FullNameField field={form.getInputProps} />
        <SimpleGrid cols={{ base: 1, xs: 2 }}>
          <PersonDetailFields field={form.getInputProps} />
          {isParty ? (
            <NativeSelect
              label={t('members.status')}
              data={PARTY_STATUSES.map((s) => ({ value: s, label: statusLabel(t, s) }))}
              {...form.getInputProps('status')}
            />
          ) : null}
          <DateField
            label={isParty ? t('members.statusSince') : t('members.startedOn')}
            withAsterisk
            {...form.getInputProps('statusSince')}
          />
          {isParty ? (
            <>
              <DateField label={t('members.joinedOn')} {...form.getInputProps('joinedOn')} />
              {showOfficialOn ? (
                <DateField label={t('members.officialOn')} {...form.getInputProps('officialOn')} />
              ) : null}
              <TextInput label={t('members.cardNumber')} {...form.getInputProps('cardNumber')} />
              {groups.length > 0 ? (
                <NativeSelect
                  label={t('members.group')}
                  data={[
                    { value: '', label: t('members.noGroup') },
                    ...groups.map((g) => ({ value: g.id, label: g.name })),
                  ]}
                  {...form.getInputProps('groupId')}
                />
              ) : null}
            </>
          ) : null}
        </SimpleGrid>
        <FormButtons pending={mutation.isPending} onCancel={onDone} />
      </Stack>
    </form>
  );
}
