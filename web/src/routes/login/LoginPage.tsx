import '@mantine/core/styles/PasswordInput.css';
import {
  Box,
  Button,
  Container,
  Group,
  Paper,
  PasswordInput,
  Stack,
  Text,
  TextInput,
  Title,
} from '@mantine/core';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { type FormEvent, useState } from 'react';
import { ApiError } from '../../api/client.ts';
import { login } from '../../api/endpoints/auth.ts';
import { keys } from '../../api/query-keys.ts';
import { useMe } from '../../app/session.ts';
import { ErrorAlert } from '../../components/ErrorAlert.tsx';
import { LanguageSwitch } from '../../components/LanguageSwitch.tsx';
import { Loading } from '../../components/Loading.tsx';
import { useTranslation } from '../../i18n/useTranslation.ts';
import { Navigate, useLocation, useNavigate } from '../../lib/router.tsx';

function redirectTarget(state: unknown): string {
  if (typeof state === 'object' && state !== null && 'from' in state) {
    const from = (state as { from: unknown }).from;
    if (typeof from === 'string' && from.startsWith('/') && !from.startsWith('//')) return from;
  }
  return '/';
}

export default function LoginPage() {
  const { t } = useTranslation();
  const { data: me, isPending } = useMe();
  const queryClient = useQueryClient();
  const navigate = useNavigate();
  const location = useLocation();
  const target = redirectTarget(location.state);

  const [username, setUsername] = useState('');
  const [password, setPassword] = useState('');
  const [fieldErrors, setFieldErrors] = useState<Record<string, string>>({});

  const mutation = useMutation({
    mutationFn: () => login(username.trim(), password),
    onSuccess: (user) => {
      queryClient.setQueryData(keys.me, user);
      navigate(target, { replace: true });
    },
    onError: (error) => {
      setFieldErrors(error instanceof ApiError ? error.fields : {});
      setPassword('');
    },
  });

  if (isPending) return <Loading />;
  if (me && !mutation.isPending) return <Navigate to={target} replace />;

  const onSubmit = (event: FormEvent) => {
    event.preventDefault();
    const errors: Record<string, string> = {};
    if (!username.trim()) errors.username = t('login.usernameRequired');
    if (!password) errors.password = t('login.passwordRequired');
    setFieldErrors(errors);
    if (Object.keys(errors).length === 0) mutation.mutate();
  };

  return (
    <Box mih="100dvh" bg="gray.0" py="xl">
      <Container size={420} px="sm">
        <Group justify="flex-end" mb="md">
          <LanguageSwitch />
        </Group>
        <Stack gap={4} mb="lg" ta="center">
          <Title order={1} c="red.8">
            {t('app.name')}
          </Title>
          <Text c="dimmed" size="sm">
            {t('login.subtitle')}
          </Text>
        </Stack>
        <Paper withBorder shadow="sm" p="lg" radius="md">
          <form onSubmit={onSubmit} noValidate>
            <Stack>
              <Title order={2} size="h3">
                {t('login.title')}
              </Title>
              {mutation.error && Object.keys(fieldErrors).length === 0 ? (
                <ErrorAlert error={mutation.error} />
              ) : null}
              <TextInput
                label={t('login.username')}
                name="username"
                autoComplete="username"
                autoCapitalize="none"
                spellCheck={false}
                withAsterisk
                value={username}
                error={fieldErrors.username}
                onChange={(event) => setUsername(event.currentTarget.value)}
              />
              <PasswordInput
                label={t('login.password')}
                name="password"
                autoComplete="current-password"
                withAsterisk
                value={password}
                error={fieldErrors.password}
                onChange={(event) => setPassword(event.currentTarget.value)}
              />
              <Button type="submit" loading={mutation.isPending} fullWidth>
                {t('login.submit')}
              </Button>
            </Stack>
          </form>
        </Paper>
      </Container>
    </Box>
  );
}
