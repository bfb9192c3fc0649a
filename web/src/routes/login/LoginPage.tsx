import {
  ActionIcon,
  Box,
  Button,
  Container,
  Group,
  Paper,
  Stack,
  Text,
  TextInput,
  Title,
} from '@mantine/core';
import { useQueryClient } from '@tanstack/react-query';
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
import { useAction } from '../../lib/use-action.ts';

function redirectTarget(state: unknown): string {
  if (typeof state === 'object' && state !== null && 'from' in state) {
    const from = (state as { from: unknown }).from;
    if (typeof from === 'string' && from.startsWith('/') && !from.startsWith('//')) return from;
  }
  return '/';
}

function EyeIcon({ crossed }: { crossed: boolean }) {
  return (
    <svg
      width="16"
      height="16"
      viewBox="0 0 24 24"
      fill="none"
      stroke="currentColor"
      strokeWidth="2"
      aria-hidden="true"
    >
      <path d="M2 12s3.6-7 10-7 10 7 10 7-3.6 7-10 7S2 12 2 12z" />
      <circle cx="12" cy="12" r="3" />
      {crossed ? <path d="M3 3l18 18" /> : null}
    </svg>
  );
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
  const [showPassword, setShowPassword] = useState(false);
  const [fieldErrors, setFieldErrors] = useState<Record<string, string>>({});

  const mutation = useAction(() => login(username.trim(), password), {
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
              {/* A TextInput with its own show/hide button, not PasswordInput (≈2 kB brotli of the first screen,
                  issue 20, "Bytes"); as PasswordInput's, the button is pressed while the password shows and is not in the tab order. */}
              <TextInput
                label={t('login.password')}
                name="password"
                type={showPassword ? 'text' : 'password'}
                autoComplete="current-password"
                withAsterisk
                value={password}
                error={fieldErrors.password}
                onChange={(event) => setPassword(event.currentTarget.value)}
                rightSection={
                  <ActionIcon
                    variant="subtle"
                    color="gray"
                    aria-label={t('login.showPassword')}
                    aria-pressed={showPassword}
                    tabIndex={-1}
                    onMouseDown={(event) => event.preventDefault()}
                    onClick={() => setShowPassword((shown) => !shown)}
                  >
                    <EyeIcon crossed={showPassword} />
                  </ActionIcon>
                }
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
