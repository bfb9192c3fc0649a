import { Anchor, Badge, Group, Paper, Stack, Text } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import { inboxQuery } from '../../api/endpoints/inbox.ts';
import { ErrorAlert } from '../../components/ErrorAlert.tsx';
import { Loading } from '../../components/Loading.tsx';
import { useTranslation } from '../../i18n/useTranslation.ts';
import { formatDate } from '../../lib/format.ts';
import { inboxText } from '../../lib/inbox.ts';
import { Link } from '../../lib/router.tsx';

/**
 * "Việc cần làm": the signed-in person's to-dos as the server orders them (overdue first, then by due day), each
 * with its kind, its unit, its due day (red once overdue) and a link to the screen where it is done.
 */
export function InboxList() {
  const { t } = useTranslation();
  const { data, error, isPending, refetch } = useQuery(inboxQuery());
  if (isPending) return <Loading />;
  if (error) return <ErrorAlert error={error} onRetry={() => void refetch()} />;
  if (data.items.length === 0)
    return (
      <Text c="dimmed" data-testid="inbox-empty">
        {t('home.inbox.empty')}
      </Text>
    );
  const overdue = data.items.filter((i) => i.overdue).length;
  return (
    <Stack gap="xs">
      {overdue > 0 ? (
        <Text size="sm" c="red.8" data-testid="inbox-overdue-count">
          {t('home.inbox.overdueCount', { count: overdue })}
        </Text>
      ) : null}
      <Stack gap="xs" component="ul" style={{ listStyle: 'none', padding: 0, margin: 0 }}>
        {data.items.map((item) => (
          <Paper
            key={`${item.kind} ${item.link} ${item.dueOn} ${JSON.stringify(item.params)}`}
            component="li"
            withBorder
            p="sm"
            data-testid="inbox-item"
            data-kind={item.kind}
            data-overdue={item.overdue ? 'true' : undefined}
            style={item.overdue ? { borderLeft: '3px solid var(--mantine-color-red-7)' } : undefined}
          >
            <Stack gap={4}>
              <Group gap="xs" justify="space-between" wrap="wrap">
                <Badge variant="light" color={item.overdue ? 'red' : 'blue'} size="sm">
                  {t(`home.inbox.kindNames.${item.kind}`)}
                </Badge>
                {item.dueOn ? (
                  <Text
                    size="sm"
                    c={item.overdue ? 'red.8' : 'dimmed'}
                    fw={item.overdue ? 600 : undefined}
                    data-testid="inbox-due"
                  >
                    {item.overdue
                      ? t('home.inbox.overdueSince', { date: formatDate(item.dueOn) })
                      : t('home.inbox.dueOn', { date: formatDate(item.dueOn) })}
                  </Text>
                ) : null}
              </Group>
              <Anchor component={Link} to={item.link} fw={600}>
                {inboxText(t, item)}
              </Anchor>
              <Text size="sm" c="dimmed">
                {item.unit.name}
              </Text>
            </Stack>
          </Paper>
        ))}
      </Stack>
    </Stack>
  );
}
