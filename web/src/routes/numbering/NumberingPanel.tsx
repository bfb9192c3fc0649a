import { Button, Group, NumberInput, Stack, Table, Text, Title } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { documentNumberingQuery, keys, setFirstNumber } from '../../api/endpoints.ts';
import type { OrgUnitDetail } from '../../api/models.ts';
import { ErrorAlert } from '../../components/ErrorAlert.tsx';
import { Loading } from '../../components/Loading.tsx';
import { useTranslation } from '../../i18n/useTranslation.ts';
import { formatDate } from '../../lib/format.ts';
import SignerPanel from './SignerPanel.tsx';

type View = Awaited<ReturnType<NonNullable<ReturnType<typeof documentNumberingQuery>['queryFn']>>>;
type Series = View['series'][number];

/**
 * A unit's numbered series this year (or term), issue 17: a unit that starts mid-year with paper documents sets
 * the first number of each series, so the app's numbers continue the paper ones. The cell's secretary and the
 * officers above edit; everyone else reads. A committee also sets here who signs its documents (SignerPanel).
 */
export default function NumberingPanel({ unit }: { unit: OrgUnitDetail }) {
  const { t } = useTranslation();
  const { data, error, isPending, refetch } = useQuery(documentNumberingQuery(unit.id));
  if (isPending) return <Loading />;
  if (error || !data) return <ErrorAlert error={error} onRetry={() => void refetch()} />;
  const period = data.period.startsWith('term:')
    ? t('numbering.term', { date: formatDate(data.period.slice(5)) })
    : t('numbering.period', { period: data.period });
  return (
    <Stack gap="sm" data-testid="document-numbering">
      <Title order={3} size="h4">
        {t('numbering.title')} — {period}
      </Title>
      {data.canEdit ? (
        <Text size="sm" c="dimmed">
          {t('numbering.hint')}
        </Text>
      ) : null}
      <Table withTableBorder striped maw={760}>
        <Table.Thead>
          <Table.Tr>
            <Table.Th>{t('numbering.kind')}</Table.Th>
            <Table.Th>{t('numbering.first')}</Table.Th>
            <Table.Th>{t('numbering.lastIssued')}</Table.Th>
            <Table.Th>{t('numbering.next')}</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {data.series.map((s) => (
            <SeriesRow key={s.kind} unitId={unit.id} series={s} canEdit={data.canEdit} />
          ))}
        </Table.Tbody>
      </Table>
      {unit.kind === 'committee' ? <SignerPanel unitId={unit.id} /> : null}
    </Stack>
  );
}

function SeriesRow({ unitId, series, canEdit }: { unitId: string; series: Series; canEdit: boolean }) {
  const { t } = useTranslation();
  const queryClient = useQueryClient();
  const [value, setValue] = useState<number | string>(series.firstNumber ?? series.next);
  const mutation = useMutation({
    mutationFn: () => setFirstNumber(unitId, { kind: series.kind, firstNumber: Number(value) }),
    onSuccess: (saved) => {
      queryClient.setQueryData(keys.documentNumbering(unitId), saved);
      notifications.show({ color: 'green', message: t('numbering.saved') });
    },
  });
  const label = t(`numbering.kinds.${series.kind}`, { defaultValue: series.kind });
  return (
    <Table.Tr data-testid={`series-${series.kind}`}>
      <Table.Td>{label}</Table.Td>
      <Table.Td>
        {canEdit ? (
          <Stack gap={4}>
            <Group gap="xs" wrap="nowrap">
              <NumberInput
                aria-label={`${t('numbering.first')}: ${label}`}
                value={value}
                onChange={setValue}
                min={1}
                max={9999}
                allowDecimal={false}
                w={110}
              />
              <Button size="xs" onClick={() => mutation.mutate()} loading={mutation.isPending}>
                {t('numbering.save')}
              </Button>
            </Group>
            {mutation.error ? <ErrorAlert error={mutation.error} withFields /> : null}
          </Stack>
        ) : (
          (series.firstNumber ?? '—')
        )}
      </Table.Td>
      <Table.Td>{series.lastIssued ?? t('numbering.none')}</Table.Td>
      <Table.Td data-testid={`next-${series.kind}`}>{String(series.next).padStart(2, '0')}</Table.Td>
    </Table.Tr>
  );
}
