import { Anchor, Button, Group, Stack, Text, UnstyledButton } from '@mantine/core';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { keys, markNotificationsRead, notificationsQuery } from '../../api/endpoints.ts';
import type { Notification } from '../../api/models.ts';
import { ErrorAlert } from '../../components/ErrorAlert.tsx';
import { Loading } from '../../components/Loading.tsx';
import { useTranslation } from '../../i18n/useTranslation.ts';
import { formatDateTime } from '../../lib/format.ts';
import { notificationDetail, notificationText } from '../../lib/notifications.ts';
import { Link, useNavigate } from '../../lib/router.tsx';

/** The bell's list: newest first, unread in bold; opening one marks it read and goes to its screen. */
export default function NotificationList({ onNavigate }: { onNavigate: () => void }) {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const queryClient = useQueryClient();
  const { data, error, isPending, refetch } = useQuery(notificationsQuery());
  const reload = () => queryClient.invalidateQueries({ queryKey: keys.notificationsAll });
  const markRead = useMutation({ mutationFn: markNotificationsRead, onSuccess: reload });

  if (isPending) return <Loading />;
  if (error) return <ErrorAlert error={error} onRetry={() => void refetch()} />;

  const open = (n: Notification) => {
    if (!n.readAt) markRead.mutate({ ids: [n.id] });
    onNavigate();
    void navigate(n.link);
  };

  return (
    <Stack gap="sm" data-testid="notification-list">
      <Group justify="space-between">
        <Text size="sm" c="dimmed">
          {t('notifications.unreadCount', { count: data.unread })}
        </Text>
        <Button
          size="xs"
          variant="light"
          disabled={data.unread === 0}
          loading={markRead.isPending}
          onClick={() => markRead.mutate({ all: true })}
        >
          {t('notifications.markAllRead')}
        </Button>
      </Group>
      {data.items.length === 0 && <Text c="dimmed">{t('notifications.empty')}</Text>}
      {data.items.map((n) => {
        const detail = notificationDetail(t, n);
        return (
          <UnstyledButton
            key={n.id}
            onClick={() => open(n)}
            p="xs"
            style={{
              borderRadius: 4,
              borderLeft: `3px solid ${n.readAt ? 'transparent' : 'var(--mantine-color-red-7)'}`,
              background: n.readAt ? undefined : 'var(--mantine-color-gray-0)',
            }}
            data-testid="notification-item"
            data-unread={n.readAt ? undefined : 'true'}
          >
            <Text size="sm" fw={n.readAt ? 400 : 600}>
              {notificationText(t, n)}
            </Text>
            {detail && (
              <Text size="sm" c="dimmed">
                {detail}
              </Text>
            )}
            <Text size="xs" c="dimmed">
              {n.unitName} · {formatDateTime(n.createdAt)}
            </Text>
          </UnstyledButton>
        );
      })}
      <Anchor component={Link} to="/settings/notifications" size="sm" onClick={onNavigate}>
        {t('notifications.settingsLink')}
      </Anchor>
    </Stack>
  );
}
