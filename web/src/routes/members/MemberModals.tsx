import {
  Modal,
  NativeSelect,
  PasswordInput,
  SimpleGrid,
  Stack,
  Text,
  Textarea,
  TextInput,
} from '@mantine/core';
import { useForm } from '@mantine/form';
import { notifications } from '@mantine/notifications';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import {
  changeMemberStatus,
  createAccount,
  keys,
  orgQuery,
  orgsQuery,
  transferMember,
  updateMember,
} from '../../api/endpoints.ts';
import type { Gender, Member, MemberStatus, UpdateMemberRequest } from '../../api/models.ts';
import { DateField } from '../../components/DateField.tsx';
import { ErrorAlert } from '../../components/ErrorAlert.tsx';
import { FormButtons } from '../../components/FormButtons.tsx';
import { applyServerErrors, nullable, optional } from '../../components/forms.ts';
import { Loading } from '../../components/Loading.tsx';
import { collator, statusLabel, todayLocalDate } from '../../lib/format.ts';
import { FullNameField, PersonDetailFields } from './PersonFields.tsx';

export type MemberDialog = 'edit' | 'status' | 'transfer' | 'account';

interface DialogsProps {
  member: Member;
  dialog: MemberDialog | null;
  onClose: () => void;
}

export function MemberDialogs({ member, dialog, onClose }: DialogsProps) {
  const { t } = useTranslation();
  const titles: Record<MemberDialog, string> = {
    edit: t('member.editProfile'),
    status: t('member.changeStatus'),
    transfer: t('member.transfer'),
    account: t('member.createAccount'),
  };
  return (
    <Modal
      opened={dialog !== null}
      onClose={onClose}
      title={dialog ? titles[dialog] : ''}
      size={dialog === 'edit' ? 'lg' : 'md'}
    >
      {dialog === 'edit' ? <EditProfileForm member={member} onDone={onClose} /> : null}
      {dialog === 'status' ? <ChangeStatusForm member={member} onDone={onClose} /> : null}
      {dialog === 'transfer' ? <TransferForm member={member} onDone={onClose} /> : null}
      {dialog === 'account' ? <AccountForm member={member} onDone={onClose} /> : null}
    </Modal>
  );
}

/** After a write that returns the member: show it at once and refresh the lists it appears in. */
function useMemberSaved(onDone: () => void) {
  const queryClient = useQueryClient();
  const { t } = useTranslation();
  return async (member: Member, message = t('common.saved')) => {
    queryClient.setQueryData(keys.member(member.id), member);
    await Promise.all([
      queryClient.invalidateQueries({ queryKey: ['members'] }),
      queryClient.invalidateQueries({ queryKey: keys.orgs }),
      queryClient.invalidateQueries({ queryKey: ['org'] }),
      queryClient.invalidateQueries({ queryKey: ['roles'] }),
    ]);
    notifications.show({ color: 'green', message });
    onDone();
  };
}

function EditProfileForm({ member, onDone }: { member: Member; onDone: () => void }) {
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

function ChangeStatusForm({ member, onDone }: { member: Member; onDone: () => void }) {
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

function TransferForm({ member, onDone }: { member: Member; onDone: () => void }) {
  const { t } = useTranslation();
  const saved = useMemberSaved(onDone);
  const orgs = useQuery(orgsQuery);
  const cells = (orgs.data?.units ?? [])
    .filter((u) => u.kind === 'cell' && u.id !== member.unitId)
    .sort((a, b) => collator.compare(a.name, b.name));
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
  if (orgs.isPending) return <Loading />;
  return (
    <form onSubmit={form.onSubmit((values) => mutation.mutate(values))} noValidate>
      <Stack>
        <ErrorAlert error={mutation.error ?? orgs.error} />
        <NativeSelect
          label={t('member.toUnit')}
          withAsterisk
          data={[
            { value: '', label: t('common.notChosen') },
            ...cells.map((u) => ({ value: u.id, label: u.name })),
          ]}
          {...form.getInputProps('toUnitId')}
        />
        <DateField label={t('member.on')} withAsterisk {...form.getInputProps('on')} />
        <Textarea label={t('member.note')} autosize minRows={2} {...form.getInputProps('note')} />
        <FormButtons pending={mutation.isPending} onCancel={onDone} />
      </Stack>
    </form>
  );
}

function AccountForm({ member, onDone }: { member: Member; onDone: () => void }) {
  const { t } = useTranslation();
  const queryClient = useQueryClient();
  const form = useForm({
    initialValues: { username: '', password: '' },
    validate: {
      username: (value) => (value.trim() ? null : t('common.required')),
      password: (value) => (value ? null : t('common.required')),
    },
  });
  const mutation = useMutation({
    mutationFn: (values: typeof form.values) =>
      createAccount(member.id, { username: values.username.trim(), password: values.password }),
    onSuccess: async (account) => {
      queryClient.setQueryData<Member>(keys.member(member.id), (old) => (old ? { ...old, account } : old));
      await queryClient.invalidateQueries({ queryKey: keys.member(member.id) });
      notifications.show({
        color: 'green',
        message: t('member.accountCreated', { username: account.username }),
      });
      onDone();
    },
    onError: (error) => applyServerErrors(form, error),
  });
  return (
    <form onSubmit={form.onSubmit((values) => mutation.mutate(values))} noValidate>
      <Stack>
        <ErrorAlert error={mutation.error} />
        <TextInput
          label={t('member.username')}
          withAsterisk
          autoComplete="off"
          autoCapitalize="none"
          spellCheck={false}
          data-autofocus
          {...form.getInputProps('username')}
        />
        <PasswordInput
          label={t('member.password')}
          description={t('member.passwordHint')}
          withAsterisk
          autoComplete="new-password"
          {...form.getInputProps('password')}
        />
        <FormButtons pending={mutation.isPending} onCancel={onDone} />
      </Stack>
    </form>
  );
}
