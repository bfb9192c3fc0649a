import { Anchor, Badge, Button, Card, Group, Stack, Text, Title } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import { lazy, Suspense, useState } from 'react';
import { registrationsQuery } from '../../api/endpoints.ts';
import { useSignedInMe } from '../../app/session.ts';
import { ErrorAlert } from '../../components/ErrorAlert.tsx';
import { Loading } from '../../components/Loading.tsx';
import { useTranslation } from '../../i18n/useTranslation.ts';
import { criterionLabel, quarterLabel, topicGroupLabel } from '../../lib/plans.ts';
import { Link } from '../../lib/router.tsx';
import type { RegistrationDialog } from './RegistrationModals.tsx';

const RegistrationDialogs = lazy(() =>
  import('./RegistrationModals.tsx').then((m) => ({ default: m.RegistrationDialogs })),
);

/** Topics the cell's members propose for the year (seed 001), and the form to propose one. */
export function RegistrationsSection({ cellId, year }: { cellId: string; year: number }) {
  const { t } = useTranslation();
  const me = useSignedInMe();
  const { data, error, isPending, refetch } = useQuery(registrationsQuery(cellId, year));
  const [dialog, setDialog] = useState<RegistrationDialog | null>(null);
  // The server says who may propose and withdraw: the proposer their own, the plan's builders any,
  // never once the plan uses it.
  const canRegister = data?.canRegister ?? false;
  const list = data?.registrations ?? [];

  return (
    <Stack gap="xs">
      <Group justify="space-between" align="flex-end">
        <Title order={3} size="h4">
          {t('registrations.title', { year })}
        </Title>
        {canRegister ? (
          <Button onClick={() => setDialog({ kind: 'register' })}>{t('registrations.register')}</Button>
        ) : null}
      </Group>
      <Text size="sm" c="dimmed">
        {t('registrations.hint')}
      </Text>
      <ErrorAlert error={error} onRetry={() => void refetch()} />
      {isPending ? <Loading /> : null}
      {data && list.length === 0 ? (
        <Text size="sm" c="dimmed">
          {t('registrations.none', { year })}
        </Text>
      ) : null}
      <Stack gap="xs" component="ul" style={{ listStyle: 'none', padding: 0, margin: 0 }}>
        {list.map((r) => (
          <Card key={r.id} withBorder padding="sm" component="li" data-testid="registration">
            <Stack gap={4}>
              <Group justify="space-between" align="flex-start" gap="xs">
                <Text fw={600} size="sm" style={{ flex: '1 1 14rem' }}>
                  {r.title}
                </Text>
                {r.usedInPlan ? (
                  <Badge color="green" variant="light" tt="none" style={{ flex: 'none' }}>
                    {t('registrations.used')}
                  </Badge>
                ) : null}
                {r.planTopicId ? (
                  <Anchor
                    component={Link}
                    to={`/topics/${r.planTopicId}`}
                    size="sm"
                    data-testid="registration-topic"
                  >
                    {t('topic.view')}
                  </Anchor>
                ) : null}
              </Group>
              <Text size="xs" c="dimmed">
                {t('registrations.by', { name: r.personName })}
                {r.preferredQuarter
                  ? ` · ${t('registrations.prefers', { quarter: quarterLabel(t, r.preferredQuarter) })}`
                  : ''}
              </Text>
              <Text size="xs">
                {topicGroupLabel(t, r.topicGroup)} · {criterionLabel(t, r.criterion)}
              </Text>
              {r.reason ? (
                <Text size="xs" c="dimmed" style={{ whiteSpace: 'pre-wrap' }}>
                  {r.reason}
                </Text>
              ) : null}
              {r.canWithdraw ? (
                <Group>
                  <Button
                    size="compact-xs"
                    variant="subtle"
                    color="gray"
                    onClick={() => setDialog({ kind: 'withdraw', registration: r })}
                  >
                    {r.personId === me.person?.id ? t('registrations.withdraw') : t('registrations.remove')}
                  </Button>
                </Group>
              ) : null}
            </Stack>
          </Card>
        ))}
      </Stack>
      {dialog ? (
        <Suspense fallback={null}>
          <RegistrationDialogs cellId={cellId} year={year} dialog={dialog} onClose={() => setDialog(null)} />
        </Suspense>
      ) : null}
    </Stack>
  );
}
