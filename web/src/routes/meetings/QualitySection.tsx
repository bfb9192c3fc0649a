import { Badge, Button, Group, NumberInput, Stack, Table, Text, Textarea, TextInput } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { confirmQuality, keys, meetingQualityQuery, proposeQuality } from '../../api/endpoints.ts';
import type { Meeting } from '../../api/models.ts';
import { ErrorAlert } from '../../components/ErrorAlert.tsx';
import { Section } from '../../components/Section.tsx';
import { useTranslation } from '../../i18n/useTranslation.ts';

type Quality = Awaited<ReturnType<NonNullable<ReturnType<typeof meetingQualityQuery>['queryFn']>>>;
type Row = Quality['score']['criteria'][number];

const LEVEL_COLOR = { good: 'green', fair: 'blue', average: 'yellow', poor: 'red' } as const;

/**
 * The quality of an ended meeting against the committee's rubric (seed 004: "tiêu chí đánh giá chất lượng sinh
 * hoạt chi bộ"): the automatic criteria from the record; the secretary proposes (manual points, a note); the
 * committee directly above confirms or adjusts, with a reason for each changed criterion.
 */
export function QualitySection({ meeting }: { meeting: Meeting }) {
  const { t } = useTranslation();
  const query = useQuery(meetingQualityQuery(meeting.id));
  if (query.error) return <ErrorAlert error={query.error} onRetry={() => void query.refetch()} />;
  const q = query.data;
  if (!q) return null;
  const rubricName =
    q.rubric.source === 'default'
      ? t('meeting.quality.rubricDefault')
      : t('meeting.quality.rubricVersion', { org: q.rubric.orgName, version: q.rubric.version });
  return (
    <Section title={t('meeting.quality.title')} testId="quality">
      <Group gap="sm">
        <Badge color={LEVEL_COLOR[q.score.level]} data-testid="quality-level">
          {t(`meeting.quality.levels.${q.score.level}`)}
        </Badge>
        <Text size="sm" data-testid="quality-total">
          {t('meeting.quality.total', { total: q.score.total, max: q.score.max, percent: q.score.percent })}
        </Text>
        <Text size="sm" c="dimmed" data-testid="quality-status">
          {t(`meeting.quality.status.${q.status}`)}
        </Text>
      </Group>
      <Text size="xs" c="dimmed">
        {t('meeting.quality.rubric', { name: rubricName })}
        {q.proposedByName ? ` · ${t('meeting.quality.proposedBy', { name: q.proposedByName })}` : ''}
        {q.confirmedByName ? ` · ${t('meeting.quality.confirmedBy', { name: q.confirmedByName })}` : ''}
      </Text>
      {q.permissions.propose ? (
        <ProposeForm meeting={meeting} quality={q} />
      ) : q.permissions.confirm ? (
        <ConfirmForm meeting={meeting} quality={q} />
      ) : (
        <>
          <CriteriaTable rows={q.score.criteria} />
          {q.note ? <Text size="sm">{q.note}</Text> : null}
        </>
      )}
    </Section>
  );
}

function CriteriaTable({ rows, cell }: { rows: Row[]; cell?: (row: Row) => React.ReactNode }) {
  const { t } = useTranslation();
  return (
    <Table withTableBorder striped data-testid="quality-criteria">
      <Table.Thead>
        <Table.Tr>
          <Table.Th>{t('meeting.quality.criterion')}</Table.Th>
          <Table.Th>{t('meeting.quality.max')}</Table.Th>
          <Table.Th>{t('meeting.quality.points')}</Table.Th>
          <Table.Th>{t('meeting.quality.reasonCol')}</Table.Th>
        </Table.Tr>
      </Table.Thead>
      <Table.Tbody>
        {rows
          .filter((r) => r.applicable)
          .map((r) => (
            <Table.Tr key={r.criterion} data-testid={`quality-row-${r.criterion}`}>
              <Table.Td>
                {t(`meeting.quality.criteria.${r.criterion}`)}
                {r.source === 'auto' ? (
                  <Text span size="xs" c="dimmed">
                    {` (${t('meeting.quality.auto')})`}
                  </Text>
                ) : null}
              </Table.Td>
              <Table.Td>{r.max}</Table.Td>
              {cell ? cell(r) : <Table.Td>{r.points}</Table.Td>}
              {cell ? null : <Table.Td>{r.reason ?? ''}</Table.Td>}
            </Table.Tr>
          ))}
      </Table.Tbody>
    </Table>
  );
}

function useQualitySaved(meetingId: string, message: string) {
  const queryClient = useQueryClient();
  return (q: Quality) => {
    queryClient.setQueryData(keys.meetingQuality(meetingId), q);
    void queryClient.invalidateQueries({ queryKey: ['oversight'] });
    notifications.show({ color: 'green', message });
  };
}

function ProposeForm({ meeting, quality }: { meeting: Meeting; quality: Quality }) {
  const { t } = useTranslation();
  const manualRows = quality.score.criteria.filter((r) => r.applicable && r.source === 'manual');
  const [manual, setManual] = useState<Record<string, number>>(
    Object.fromEntries(manualRows.map((r) => [r.criterion, quality.manual[r.criterion] ?? r.points])),
  );
  const [note, setNote] = useState(quality.note ?? '');
  const saved = useQualitySaved(meeting.id, t('meeting.quality.proposed'));
  const mutation = useMutation({
    mutationFn: () => proposeQuality(meeting.id, { manual, note: note.trim() || null }),
    onSuccess: saved,
  });
  return (
    <Stack gap="xs">
      <CriteriaTable
        rows={quality.score.criteria}
        cell={(r) => (
          <>
            <Table.Td>
              {r.source === 'manual' ? (
                <NumberInput
                  aria-label={t(`meeting.quality.criteria.${r.criterion}`)}
                  min={0}
                  max={r.max}
                  value={manual[r.criterion] ?? 0}
                  onChange={(v) => setManual({ ...manual, [r.criterion]: Number(v) || 0 })}
                  w={90}
                />
              ) : (
                r.points
              )}
            </Table.Td>
            <Table.Td />
          </>
        )}
      />
      <Textarea
        label={t('meeting.quality.note')}
        value={note}
        onChange={(e) => setNote(e.currentTarget.value)}
      />
      <ErrorAlert error={mutation.error} withFields />
      <Group>
        <Button onClick={() => mutation.mutate()} loading={mutation.isPending}>
          {t('meeting.quality.propose')}
        </Button>
      </Group>
    </Stack>
  );
}

function ConfirmForm({ meeting, quality }: { meeting: Meeting; quality: Quality }) {
  const { t } = useTranslation();
  const [points, setPoints] = useState<Record<string, number>>(
    Object.fromEntries(quality.score.criteria.map((r) => [r.criterion, r.points])),
  );
  const [reasons, setReasons] = useState<Record<string, string>>({});
  const saved = useQualitySaved(meeting.id, t('meeting.quality.confirmed'));
  const changed = quality.score.criteria.filter((r) => r.applicable && points[r.criterion] !== r.points);
  const missingReason = changed.some((r) => !reasons[r.criterion]?.trim());
  const mutation = useMutation({
    mutationFn: () =>
      confirmQuality(meeting.id, {
        adjustments: changed.map((r) => ({
          criterion: r.criterion,
          points: points[r.criterion] ?? 0,
          reason: reasons[r.criterion]?.trim() ?? '',
        })),
      }),
    onSuccess: saved,
  });
  return (
    <Stack gap="xs">
      <CriteriaTable
        rows={quality.score.criteria}
        cell={(r) => (
          <>
            <Table.Td>
              <NumberInput
                aria-label={t(`meeting.quality.criteria.${r.criterion}`)}
                min={0}
                max={r.max}
                value={points[r.criterion] ?? 0}
                onChange={(v) => setPoints({ ...points, [r.criterion]: Number(v) || 0 })}
                w={90}
              />
            </Table.Td>
            <Table.Td>
              {points[r.criterion] !== r.points ? (
                <TextInput
                  aria-label={`${t('meeting.quality.reason')}: ${t(`meeting.quality.criteria.${r.criterion}`)}`}
                  value={reasons[r.criterion] ?? ''}
                  onChange={(e) => setReasons({ ...reasons, [r.criterion]: e.currentTarget.value })}
                />
              ) : null}
            </Table.Td>
          </>
        )}
      />
      {quality.note ? <Text size="sm">{quality.note}</Text> : null}
      {missingReason ? (
        <Text size="sm" c="red">
          {t('meeting.quality.reasonRequired')}
        </Text>
      ) : null}
      <ErrorAlert error={mutation.error} withFields />
      <Group>
        <Button onClick={() => mutation.mutate()} loading={mutation.isPending} disabled={missingReason}>
          {t('meeting.quality.confirm')}
        </Button>
      </Group>
    </Stack>
  );
}
