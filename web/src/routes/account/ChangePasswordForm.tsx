import '@mantine/core/styles/PasswordInput.css';
import { Button, Group, PasswordInput, Stack, Text } from '@mantine/core';
import { useForm } from '@mantine/form';
import { notifications } from '@mantine/notifications';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { changePassword, keys } from '../../api/endpoints.ts';
import { ErrorAlert } from '../../components/ErrorAlert.tsx';
import { applyServerErrors, hasFieldErrors } from '../../components/forms.ts';
import { useTranslation } from '../../i18n/useTranslation.ts';

/** Current password, new password twice. The server checks the rules and says why one is refused. */
export function ChangePasswordForm({ onDone }: { onDone?: () => void }) {
  const { t } = useTranslation();
  const queryClient = useQueryClient();
  const form = useForm({
    initialValues: { currentPassword: '', newPassword: '', confirm: '' },
    validate: {
      currentPassword: (value) => (value ? null : t('common.required')),
      newPassword: (value) => (value ? null : t('common.required')),
      confirm: (value, values) => (value === values.newPassword ? null : t('account.confirmMismatch')),
    },
  });
  const mutation = useMutation({
    mutationFn: (values: typeof form.values) =>
      changePassword({ currentPassword: values.currentPassword, newPassword: values.newPassword }),
    onSuccess: async () => {
      form.reset();
      notifications.show({ color: 'green', message: t('account.changed') });
      await queryClient.invalidateQueries({ queryKey: keys.me });
      onDone?.();
    },
    onError: (error) => applyServerErrors(form, error),
  });
  return (
    <form onSubmit={form.onSubmit((values) => mutation.mutate(values))} noValidate>
      <Stack>
        {/* A refusal of one field shows next to it; the alert is for the rest. */}
        <ErrorAlert error={hasFieldErrors(mutation.error) ? null : mutation.error} />
        <PasswordInput
          label={t('account.currentPassword')}
          withAsterisk
          autoComplete="current-password"
          {...form.getInputProps('currentPassword')}
        />
        <PasswordInput
          label={t('account.newPassword')}
          description={t('account.rules')}
          withAsterisk
          autoComplete="new-password"
          {...form.getInputProps('newPassword')}
        />
        <PasswordInput
          label={t('account.confirm')}
          withAsterisk
          autoComplete="new-password"
          {...form.getInputProps('confirm')}
        />
        <Text size="xs" c="dimmed">
          {t('account.othersEnd')}
        </Text>
        <Group justify="flex-end">
          <Button type="submit" loading={mutation.isPending}>
            {t('account.submit')}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
