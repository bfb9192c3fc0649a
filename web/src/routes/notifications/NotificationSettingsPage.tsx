import '../../styles/data.ts';
import '@mantine/core/styles/Switch.css';
import { Alert, Button, Code, CopyButton, Group, Stack, Switch, Table, Text, Title } from '@mantine/core';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useEffect, useState } from 'react';
import {
  calendarFeedQuery,
  createCalendarFeed,
  keys,
  notificationSettingsQuery,
  revokeCalendarFeed,
  saveNotificationSettings,
} from '../../api/endpoints.ts';
import type { CalendarFeed, NotificationSettings } from '../../api/models.ts';
import { ErrorAlert } from '../../components/ErrorAlert.tsx';
import { Loading } from '../../components/Loading.tsx';
import { Section } from '../../components/Section.tsx';
import { useTranslation } from '../../i18n/useTranslation.ts';
import { formatDateTime } from '../../lib/format.ts';
import { PushSettings } from './PushSettings.tsx';

type Kinds = NotificationSettings['kinds'];

/** Per kind, in-app only or also by e-mail; the private calendar address. */
export default function NotificationSettingsPage() {
  const { t } = useTranslation();
  return (
    <Stack gap="lg" maw={760}>
      <Title order={2}>{t('notifications.settings.title')}</Title>
      <ChannelSettings />
      <CalendarSettings />
    </Stack>
  );
}

function ChannelSettings() {
  const { t } = useTranslation();
  const queryClient = useQueryClient();
  const { data, error, isPending, refetch } = useQuery(notificationSettingsQuery());
  const [kinds, setKinds] = useState<Kinds>([]);
  useEffect(() => {
    if (data) setKinds(data.kinds);
  }, [data]);
  const save = useMutation({
    mutationFn: saveNotificationSettings,
    onSuccess: (saved) => queryClient.setQueryData(keys.notificationSettings, saved),
  });

  if (isPending) return <Loading />;
  if (error) return <ErrorAlert error={error} onRetry={() => void refetch()} />;
  const changed = JSON.stringify(kinds) !== JSON.stringify(data.kinds);

  return (
    <>
      <Section title={t('notifications.settings.channels')} testId="notification-channels">
        {!data.emailEnabled && (
          <Alert color="gray" data-testid="email-off">
            {t('notifications.settings.emailOff')}
          </Alert>
        )}
        {data.emailEnabled && !data.email && (
          <Alert color="yellow">{t('notifications.settings.noAddress')}</Alert>
        )}
        {data.emailEnabled && data.email && (
          <Text size="sm">{t('notifications.settings.address', { email: data.email })}</Text>
        )}
        <Table>
          <Table.Thead>
            <Table.Tr>
              <Table.Th>{t('notifications.settings.kind')}</Table.Th>
              <Table.Th>{t('notifications.settings.alsoEmail')}</Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {kinds.map((k) => (
              <Table.Tr key={k.kind}>
                <Table.Td>{t(`notifications.kindNames.${k.kind}`)}</Table.Td>
                <Table.Td>
                  <Switch
                    checked={k.email}
                    aria-label={t('notifications.settings.alsoEmailFor', {
                      kind: t(`notifications.kindNames.${k.kind}`),
                    })}
                    onChange={(e) => {
                      const email = e.currentTarget.checked;
                      setKinds((all) => all.map((x) => (x.kind === k.kind ? { ...x, email } : x)));
                    }}
                  />
                </Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
        <ErrorAlert error={save.error} />
        <Group>
          <Button disabled={!changed} loading={save.isPending} onClick={() => save.mutate({ kinds })}>
            {t('common.save')}
          </Button>
          {save.isSuccess && !changed && <Text size="sm">{t('notifications.settings.saved')}</Text>}
        </Group>
      </Section>
      <PushSettings settings={data} />
    </>
  );
}

function CalendarSettings() {
  const { t } = useTranslation();
  const queryClient = useQueryClient();
  const { data, error, isPending, refetch } = useQuery(calendarFeedQuery());
  const [fresh, setFresh] = useState<CalendarFeed | null>(null);
  const done = (feed: CalendarFeed) => {
    setFresh(feed.path ? feed : null);
    queryClient.setQueryData(keys.calendarFeed, { active: feed.active, createdAt: feed.createdAt });
  };
  const create = useMutation({ mutationFn: createCalendarFeed, onSuccess: done });
  const revoke = useMutation({ mutationFn: revokeCalendarFeed, onSuccess: done });

  if (isPending) return <Loading />;
  if (error) return <ErrorAlert error={error} onRetry={() => void refetch()} />;
  const address = fresh?.path ? `${window.location.origin}${fresh.path}` : null;

  return (
    <Section title={t('notifications.calendar.title')} testId="calendar-feed">
      <Text size="sm">{t('notifications.calendar.intro')}</Text>
      <Text size="sm" data-testid="calendar-status">
        {data.active && data.createdAt
          ? t('notifications.calendar.active', { at: formatDateTime(data.createdAt) })
          : t('notifications.calendar.none')}
      </Text>
      {address && (
        <Stack gap={4}>
          <Text size="sm" fw={600}>
            {t('notifications.calendar.copyNow')}
          </Text>
          <Group gap="xs" wrap="nowrap">
            <Code style={{ wordBreak: 'break-all' }} data-testid="calendar-url">
              {address}
            </Code>
            <CopyButton value={address}>
              {({ copied, copy }) => (
                <Button size="xs" variant="light" onClick={copy}>
                  {copied ? t('notifications.calendar.copied') : t('notifications.calendar.copy')}
                </Button>
              )}
            </CopyButton>
          </Group>
        </Stack>
      )}
      <ErrorAlert error={create.error ?? revoke.error} />
      <Group>
        <Button loading={create.isPending} onClick={() => create.mutate()}>
          {data.active ? t('notifications.calendar.renew') : t('notifications.calendar.create')}
        </Button>
        {data.active && (
          <Button color="red" variant="light" loading={revoke.isPending} onClick={() => revoke.mutate()}>
            {t('notifications.calendar.revoke')}
          </Button>
        )}
      </Group>
    </Section>
  );
}
