import { Card, Stack, Title } from '@mantine/core';
import { useTranslation } from '../../i18n/useTranslation.ts';
import { ChangePasswordForm } from './ChangePasswordForm.tsx';

/** "Đổi mật khẩu", from the user menu. */
export default function ChangePasswordPage() {
  const { t } = useTranslation();
  return (
    <Stack maw={480}>
      <Title order={2}>{t('account.title')}</Title>
      <Card withBorder>
        <ChangePasswordForm />
      </Card>
    </Stack>
  );
}
