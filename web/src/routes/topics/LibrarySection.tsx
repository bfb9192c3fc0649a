import { Badge, Button, Card, Group, Stack, Text, Title } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import { lazy, Suspense, useState } from 'react';
import { libraryQuery } from '../../api/endpoints.ts';
import type { TopicModel } from '../../api/models.ts';
import { ErrorAlert } from '../../components/ErrorAlert.tsx';
import { Loading } from '../../components/Loading.tsx';
import { useTranslation } from '../../i18n/useTranslation.ts';
import { formatDateTime } from '../../lib/format.ts';
import { topicGroupLabel, topicKindLabel } from '../../lib/plans.ts';

interface LibrarySectionProps {
  unitId: string;
  /** The user may publish into this committee's library (the server's `publishModel`): tell them how. */
  canPublish: boolean;
}

const WithdrawModelModal = lazy(() => import('./LibraryModals.tsx'));

/** Model topics (chuyên đề mẫu) the unit's committees published, for cells to draw on. */
export function LibrarySection({ unitId, canPublish }: LibrarySectionProps) {
  const { t } = useTranslation();
  const { data, error, isPending, refetch } = useQuery(libraryQuery(unitId));
  const [withdrawing, setWithdrawing] = useState<TopicModel | null>(null);
  const models = data?.models ?? [];

  return (
    <Stack gap="xs">
      <Title order={3} size="h4">
        {t('library.title')}
      </Title>
      {canPublish ? (
        <Text size="sm" c="dimmed">
          {t('library.howToPublish')}
        </Text>
      ) : null}
      <ErrorAlert error={error} onRetry={() => void refetch()} />
      {isPending ? <Loading /> : null}
      {data && models.length === 0 ? (
        <Text size="sm" c="dimmed">
          {t('library.empty')}
        </Text>
      ) : null}
      <Stack gap="xs" component="ul" style={{ listStyle: 'none', padding: 0, margin: 0 }}>
        {models.map((m) => (
          <Card key={m.id} withBorder padding="sm" component="li" data-testid="library-model">
            <Stack gap={4}>
              <Group justify="space-between" align="flex-start" gap="xs">
                <Text fw={600} size="sm" style={{ flex: '1 1 14rem' }}>
                  {m.title}
                </Text>
                <Badge variant="light" tt="none" style={{ flex: 'none' }}>
                  {topicKindLabel(t, m.kind)}
                </Badge>
              </Group>
              <Text size="xs">{topicGroupLabel(t, m.topicGroup)}</Text>
              <Text size="xs" c="dimmed">
                {t('library.source', { cell: m.sourceCellName ?? '—', committee: m.committeeName })} ·{' '}
                {formatDateTime(m.publishedAt)}
              </Text>
              {m.workContent ? (
                <Text size="xs" style={{ whiteSpace: 'pre-wrap' }}>
                  {m.workContent}
                </Text>
              ) : null}
              {m.lessons ? (
                <Text size="xs" style={{ whiteSpace: 'pre-wrap' }} data-testid="library-lessons">
                  <b>{t('library.lessons')}:</b> {m.lessons}
                </Text>
              ) : null}
              {m.canWithdraw ? (
                <Group>
                  <Button size="compact-xs" variant="subtle" color="gray" onClick={() => setWithdrawing(m)}>
                    {t('library.withdraw')}
                  </Button>
                </Group>
              ) : null}
            </Stack>
          </Card>
        ))}
      </Stack>
      {withdrawing ? (
        <Suspense fallback={null}>
          <WithdrawModelModal model={withdrawing} onClose={() => setWithdrawing(null)} />
        </Suspense>
      ) : null}
    </Stack>
  );
}
