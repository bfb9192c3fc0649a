import '@mantine/core/styles/PasswordInput.css';
import '../../styles/segmented.ts';
import { Alert, Button, Code, Group, PasswordInput, SegmentedControl, Stack, Text } from '@mantine/core';
import { useForm } from '@mantine/form';
import { notifications } from '@mantine/notifications';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { disableAccount, keys, resetPassword } from '../../api/endpoints.ts';
import type { Member } from '../../api/models.ts';
import { ErrorAlert } from '../../components/ErrorAlert.tsx';
import { FormButtons } from '../../components/FormButtons.tsx';
import { applyServerErrors, hasFieldErrors } from '../../components/forms.ts';
import { useTranslation } from '../../i18n/useTranslation.ts';

/**
 * An officer's reset of the member's password: a temporary one made by the server and shown here once, or one
 * typed. Either way the member must choose their own at the next sign-in, and their open sessions end.
 */
export function ResetPasswordForm({ member, onDone }: { member: Member; onDone: () => void }) {
  const { t } = useTranslation();
  const queryClient = useQueryClient();
  const [mode, setMode] = useState<'temporary' | 'typed'>('temporary');
  const [shown, setShown] = useState<string | null>(null);
  const form = useForm({
    initialValues: { password: '' },
    validate: { password: (value) => (mode === 'typed' && !value ? t('common.required') : null) },
  });
  const mutation = useMutation({
    mutationFn: (values: typeof form.values) =>
      resetPassword(member.id, mode === 'typed' ? { password: values.password } : {}),
    onSuccess: async (result) => {
      await queryClient.invalidateQueries({ queryKey: keys.member(member.id) });
      if (result.temporaryPassword) setShown(result.temporaryPassword);
      else {
        notifications.show({
          color: 'green',
          message: t('member.passwordReset', { username: result.username }),
        });
        onDone();
      }
    },
    onError: (error) => applyServerErrors(form, error),
  });

  if (shown)
    return (
      <Stack>
        <Alert color="green" title={t('member.temporaryPasswordTitle')}>
          <Stack gap="xs">
            <Text size="sm">
              {t('member.temporaryPasswordHint', { username: member.account?.username ?? '' })}
            </Text>
            <Code fz="lg" data-testid="temporary-password">
              {shown}
            </Code>
          </Stack>
        </Alert>
        <Group justify="flex-end">
          <Button onClick={onDone}>{t('member.temporaryPasswordDone')}</Button>
        </Group>
      </Stack>
    );

  return (
    <form onSubmit={form.onSubmit((values) => mutation.mutate(values))} noValidate>
      <Stack>
        {/* A refusal of one field shows next to it; the alert is for the rest. */}
        <ErrorAlert error={hasFieldErrors(mutation.error) ? null : mutation.error} />
        <Text size="sm">{t('member.resetExplain')}</Text>
        <SegmentedControl
          value={mode}
          onChange={(value) => setMode(value === 'typed' ? 'typed' : 'temporary')}
          data={[
            { value: 'temporary', label: t('member.resetTemporary') },
            { value: 'typed', label: t('member.resetTyped') },
          ]}
        />
        {mode === 'typed' ? (
          <PasswordInput
            label={t('member.newPassword')}
            description={t('account.rules')}
            withAsterisk
            autoComplete="new-password"
            {...form.getInputProps('password')}
          />
        ) : null}
        <FormButtons pending={mutation.isPending} onCancel={onDone} submitLabel={t('member.resetPassword')} />
      </Stack>
    </form>
  );
}

/** Disabling an account, confirmed: sign-in is refused and the member's sessions end. */
export function DisableAccountForm({ member, onDone }: { member: Member; onDone: () => void }) {
  const { t } = useTranslation();
  const queryClient = useQueryClient();
  const mutation = useMutation({
    mutationFn: () => disableAccount(member.id),
    onSuccess: async () => {
      await queryClient.invalidateQueries({ queryKey: keys.member(member.id) });
      notifications.show({ color: 'green', message: t('member.accountDisabledDone') });
      onDone();
    },
  });
  return (
    <Stack>
      <ErrorAlert error={mutation.error} />
      <Text size="sm">{t('member.disableExplain', { username: member.account?.username ?? '' })}</Text>
      <Group justify="flex-end">
        <Button variant="default" onClick={onDone}>
          {t('common.cancel')}
        </Button>
        <Button color="red" loading={mutation.isPending} onClick={() => mutation.mutate()}>
          {t('member.disableAccount')}
        </Button>
      </Group>
    </Stack>
  );
}
