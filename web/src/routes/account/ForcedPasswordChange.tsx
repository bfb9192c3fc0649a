import { Alert, Box, Button, Container, Group, Paper, Stack, Title } from '@mantine/core';
import { useLogout } from '../../app/session.ts';
import { LanguageSwitch } from '../../components/LanguageSwitch.tsx';
import { useTranslation } from '../../i18n/useTranslation.ts';
import { ChangePasswordForm } from './ChangePasswordForm.tsx';

/**
 * After a reset, the person chooses their own password before anything else: the server answers every other
 * call with 403 PASSWORD_CHANGE_REQUIRED until then. Once changed, the page they were going to opens.
 */
export default function ForcedPasswordChange() {
  const { t } = useTranslation();
  const logout = useLogout();
  return (
    <Box mih="100dvh" bg="gray.0" py="xl">
      <Container size={460} px="sm">
        <Group justify="flex-end" mb="md">
          <LanguageSwitch />
        </Group>
        <Paper withBorder shadow="sm" p="lg" radius="md">
          <Stack>
            <Title order={2} size="h3">
              {t('account.title')}
            </Title>
            <Alert color="orange">{t('account.mustChange')}</Alert>
            <ChangePasswordForm />
            <Button variant="subtle" color="gray" onClick={() => logout.mutate()} loading={logout.isPending}>
              {t('header.logout')}
            </Button>
          </Stack>
        </Paper>
      </Container>
    </Box>
  );
}
