import { NativeSelect, SimpleGrid, Stack, TextInput } from '@mantine/core';
import { useForm } from '@mantine/form';
import { useMutation, useQuery } from '@tanstack/react-query';
import { orgQuery, updateMember } from '../../api/endpoints.ts';
import type { Gender, Member, UpdateMemberRequest } from '../../api/models.ts';
import { DateField } from '../../components/DateField.tsx';
import { ErrorAlert } from '../../components/ErrorAlert.tsx';
import { FormButtons } from '../../components/FormButtons.tsx';
import { applyServerErrors, nullable } from '../../components/forms.ts';
import { useTranslation } from '../../i18n/useTranslation.ts';
import { useMemberSaved } from './member-saved.ts';
import { FullNameField, PersonDetailFields } from './PersonFields.tsx';

/** The member's profile: name, personal details, party dates and card, party group. */
export function EditProfileForm({ member, onDone }: { member: Member; onDone: () => void }) {
  const { t } = useTranslation();
  const saved = useMemberSaved(onDone);
  const isParty = member.status !== 'staff';
  const unit = useQuery({ ...orgQuery(member.unitId), enabled: isParty });
  const groups = (unit.data?.children ?? []).filter((child) => child.kind === 'group');
  const initial = {
    fullName: member.fullName,
    gender: (member.gender ?? '') as Gender | '',
    birthDate: member.birthDate ?? '',
    phone: member.phone ?? '',
    email: member.email ?? '',
    joinedOn: member.joinedOn ?? '',
    officialOn: member.officialOn ?? '',
    cardNumber: member.cardNumber ?? '',
    groupId: member.groupId ?? '',
  };
  const form = useForm({
    initialValues: initial,
    validate: { fullName: (value) => (value.trim() ? null : t('common.required')) },
  });

  const mutation = useMutation({
    mutationFn: (values: typeof initial) => {
      // Send only what changed; an emptied field is sent as null to clear it.
      const body: UpdateMemberRequest = {};
      if (values.fullName.trim() !== member.fullName) body.fullName = values.fullName.trim();
      if (values.gender !== initial.gender) body.gender = values.gender || null;
      if (values.birthDate !== initial.birthDate) body.birthDate = values.birthDate || null;
      if (values.phone !== initial.phone) body.phone = nullable(values.phone);
      if (values.email !== initial.email) body.email = nullable(values.email);
      if (values.joinedOn !== initial.joinedOn) body.joinedOn = values.joinedOn || null;
      if (values.officialOn !== initial.officialOn) body.officialOn = values.officialOn || null;
      if (values.cardNumber !== initial.cardNumber) body.cardNumber = nullable(values.cardNumber);
      if (values.groupId !== initial.groupId) body.groupId = values.groupId || null;
      return updateMember(member.id, body);
    },
    onSuccess: (updated) => saved(updated),
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
            <>
              <DateField label={t('members.joinedOn')} {...form.getInputProps('joinedOn')} />
              <DateField label={t('members.officialOn')} {...form.getInputProps('officialOn')} />
              <TextInput label={t('members.cardNumber')} {...form.getInputProps('cardNumber')} />
              {groups.length > 0 || member.groupId ? (
                <NativeSelect
                  label={t('members.group')}
                  data={[
                    { value: '', label: t('members.noGroup') },
                    ...groups.map((g) => ({ value: g.id, label: g.name })),
                    ...(member.groupId && !groups.some((g) => g.id === member.groupId)
                      ? [{ value: member.groupId, label: member.groupName ?? member.groupId }]
                      : []),
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
