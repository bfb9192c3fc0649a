import { PasswordInput, Stack, TextInput } from '@mantine/core';
import { useForm } from '@mantine/form';
import { notifications } from '@mantine/notifications';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { createAccount, keys } from '../../api/endpoints.ts';
import type { Member } from '../../api/models.ts';
import { ErrorAlert } from '../../components/ErrorAlert.tsx';
import { FormButtons } from '../../components/FormButtons.tsx';
import { applyServerErrors } from '../../components/forms.ts';
import { useTranslation } from '../../i18n/useTranslation.ts';

/** A sign-in account for the member: username and first password. */
export function AccountForm({ member, onDone }: { member: Member; onDone: () => void }) {
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
