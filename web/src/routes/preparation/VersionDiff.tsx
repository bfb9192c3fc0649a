import { Group, Stack, Text, VisuallyHidden } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import { topicDiffQuery } from '../../api/endpoints.ts';
import { ErrorAlert } from '../../components/ErrorAlert.tsx';
import { Loading } from '../../components/Loading.tsx';
import { useTranslation } from '../../i18n/useTranslation.ts';
import { versionLabel } from '../../lib/preparation.ts';

/**
 * Two versions' plain text word by word: added words underlined in green, removed ones struck through in
 * red. Underline and strike-through carry the meaning without colour, and screen readers hear
 * "thêm:" / "bỏ:" before each change.
 */
export function VersionDiff({ topicId, from, to }: { topicId: string; from: string; to: string }) {
  const { t } = useTranslation();
  const { data, error, isPending, refetch } = useQuery(topicDiffQuery(topicId, from, to));
  if (isPending) return <Loading />;
  if (error || !data) return <ErrorAlert error={error} onRetry={() => void refetch()} />;
  const changed = data.segments.some((s) => s.kind !== 'same');
  return (
    <Stack>
      <Text size="sm" fw={600}>
        {t('topic.diff.between', { from: versionLabel(t, data.from), to: versionLabel(t, data.to) })}
      </Text>
      <Group gap="md">
        <Text size="xs">
          <ins className="topic-diff-added">{t('topic.diff.addedLegend')}</ins>
        </Text>
        <Text size="xs">
          <del className="topic-diff-removed">{t('topic.diff.removedLegend')}</del>
        </Text>
      </Group>
      {changed ? null : (
        <Text size="sm" c="dimmed">
          {t('topic.diff.same')}
        </Text>
      )}
      <div className="topic-diff" data-testid="version-diff">
        {data.segments.map((segment, i) => {
          // Segments never reorder: their position is their identity.
          const key = `${i}-${segment.kind}`;
          if (segment.kind === 'added')
            return (
              <ins key={key} className="topic-diff-added">
                <VisuallyHidden>{t('topic.diff.added')}</VisuallyHidden>
                {segment.text}
              </ins>
            );
          if (segment.kind === 'removed')
            return (
              <del key={key} className="topic-diff-removed">
                <VisuallyHidden>{t('topic.diff.removed')}</VisuallyHidden>
                {segment.text}
              </del>
            );
          return <span key={key}>{segment.text}</span>;
        })}
      </div>
    </Stack>
  );
}
