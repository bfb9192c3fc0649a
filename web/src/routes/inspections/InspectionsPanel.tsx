import { Anchor, Badge, Button, Card, Group, NativeSelect, Stack, Text, Title } from '@mantine/core';
import { useForm } from '@mantine/form';
import { notifications } from '@mantine/notifications';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { todayInVietnam } from '#domain/dates/local-date.ts';
import { inspectionsQuery, planInspection } from '../../api/endpoints.ts';
import type { InspectionList, InspectionSummary, OrgUnitDetail } from '../../api/models.ts';
import { DataTable } from '../../components/DataTable.tsx';
import { ErrorAlert } from '../../components/ErrorAlert.tsx';
import { FormButtons } from '../../components/FormButtons.tsx';
import { applyServerErrors } from '../../components/forms.ts';
import { Loading } from '../../components/Loading.tsx';
import { useTranslation } from '../../i18n/useTranslation.ts';
import { formatDate } from '../../lib/format.ts';
import { Link, useNavigate } from '../../lib/router.tsx';
import { InspectionStatusBadge } from './InspectionBadges.tsx';
import { InspectionPlanFields } from './InspectionPlanFields.tsx';

/**
 * "Kiểm tra, giám sát" (issue 16; seed 002: the committee "thường xuyên kiểm tra, nhắc nhở các chi bộ"): on a
 * committee, its plan of inspections of its cells with their progress, and the form to plan one; on a cell, its
 * own inspections once concluded, each with the requests the cell must report on.
 */
export default function InspectionsPanel({ unit }: { unit: OrgUnitDetail }) {
  const { t } = useTranslation();
  const { data, error, isPending, refetch } = useQuery(inspectionsQuery(unit.id));
  const [planning, setPlanning] = useState(false);
  if (isPending) return <Loading />;
  if (error || !data) return <ErrorAlert error={error} onRetry={() => void refetch()} />;
  const committee = data.unitKind === 'committee';
  return (
    <Stack data-testid="inspections-panel">
      <Text size="sm" c="dimmed">
        {committee ? t('inspections.committeeIntro') : t('inspections.cellIntro')}
      </Text>
      {data.permissions.plan && !planning ? (
        <Group>
          <Button onClick={() => setPlanning(true)}>{t('inspections.plan')}</Button>
        </Group>
      ) : null}
      {planning ? (
        <Card withBorder>
          <PlanForm committeeId={unit.id} data={data} onDone={() => setPlanning(false)} />
        </Card>
      ) : null}
      {committee ? <CommitteeTable rows={data.inspections} /> : <CellList rows={data.inspections} />}
    </Stack>
  );
}

function CommitteeTable({ rows }: { rows: InspectionSummary[] }) {
  const { t } = useTranslation();
  return (
    <DataTable
      striped
      minWidth={760}
      rows={rows}
      rowKey={(r) => r.id}
      empty={t('inspections.none')}
      emptySize="sm"
      columns={[
        { header: t('inspections.plannedOn'), cell: (r) => formatDate(r.plannedOn) },
        { header: t('inspections.cell'), cell: (r) => r.cell.name },
        {
          header: t('inspections.content'),
          cell: (r) => (
            <Anchor component={Link} to={`/inspections/${r.id}`}>
              {t(`inspections.kinds.${r.kind}`)}: {r.content}
            </Anchor>
          ),
        },
        { header: t('inspections.statusLabel'), cell: (r) => <InspectionStatusBadge status={r.status} /> },
        { header: t('inspections.number'), cell: (r) => r.conclusionNumber ?? '' },
        { header: t('inspections.requests'), cell: (r) => <RequestCounts row={r} /> },
      ]}
    />
  );
}

function RequestCounts({ row }: { row: InspectionSummary }) {
  const { t } = useTranslation();
  if (row.requestCount === 0) return null;
  return (
    <Group gap={4}>
      <Text size="sm">
        {t('inspections.requestsCount', { open: row.openRequestCount, total: row.requestCount })}
      </Text>
      {row.lateRequestCount > 0 ? (
        <Badge color="red" variant="light" tt="none" size="sm">
          {t('inspections.lateCount', { count: row.lateRequestCount })}
        </Badge>
      ) : null}
    </Group>
  );
}

function CellList({ rows }: { rows: InspectionSummary[] }) {
  const { t } = useTranslation();
  if (rows.length === 0)
    return (
      <Text size="sm" c="dimmed">
        {t('inspections.none')}
      </Text>
    );
  return (
    <Stack>
      {rows.map((r) => (
        <Card withBorder key={r.id} data-testid="inspection-card">
          <Group justify="space-between">
            <Anchor component={Link} to={`/inspections/${r.id}`} fw={600}>
              {t(`inspections.kinds.${r.kind}`)}: {r.content}
            </Anchor>
            <InspectionStatusBadge status={r.status} />
          </Group>
          <Text size="sm" c="dimmed">
            {r.committee.name}
            {r.conclusionNumber && r.conclusionIssuedOn
              ? ` — ${t('inspections.issuedAs', { number: r.conclusionNumber, date: formatDate(r.conclusionIssuedOn) })}`
              : ''}
          </Text>
          <RequestCounts row={r} />
        </Card>
      ))}
    </Stack>
  );
}

function PlanForm({
  committeeId,
  data,
  onDone,
}: {
  committeeId: string;
  data: InspectionList;
  onDone: () => void;
}) {
  const { t } = useTranslation();
  const queryClient = useQueryClient();
  const navigate = useNavigate();
  const form = useForm({
    initialValues: {
      cellId: '',
      kind: 'inspection' as 'inspection' | 'supervision',
      content: '',
      plannedOn: todayInVietnam(),
      teamIds: [] as string[],
    },
    validate: {
      cellId: (v) => (v ? null : t('common.required')),
      content: (v) => (v.trim() ? null : t('common.required')),
      plannedOn: (v) => (v ? null : t('common.required')),
    },
  });
  const mutation = useMutation({
    mutationFn: (values: typeof form.values) =>
      planInspection(committeeId, { ...values, content: values.content.trim() }),
    onSuccess: async (created) => {
      await queryClient.invalidateQueries({ queryKey: ['inspections'] });
      notifications.show({ color: 'green', message: t('inspections.planned') });
      onDone();
      void navigate(`/inspections/${created.id}`);
    },
    onError: (error) => applyServerErrors(form, error),
  });
  return (
    <form onSubmit={form.onSubmit((values) => mutation.mutate(values))} noValidate>
      <Stack>
        <Title order={3} size="h5">
          {t('inspections.planTitle')}
        </Title>
        <ErrorAlert error={mutation.error} />
        <NativeSelect
          label={t('inspections.cell')}
          withAsterisk
          data={[
            { value: '', label: t('common.notChosen') },
            ...data.cells.map((c) => ({ value: c.id, label: c.name })),
          ]}
          {...form.getInputProps('cellId')}
        />
        <InspectionPlanFields form={form} people={data.people} />
        <FormButtons
          pending={mutation.isPending}
          onCancel={onDone}
          submitLabel={t('inspections.planSubmit')}
        />
      </Stack>
    </form>
  );
}
