import '../../styles/segmented.ts';
import {
  Anchor,
  Badge,
  Button,
  Card,
  Group,
  NativeSelect,
  SegmentedControl,
  Stack,
  Text,
  Textarea,
  Timeline,
  Title,
} from '@mantine/core';
import { useForm } from '@mantine/form';
import { notifications } from '@mantine/notifications';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { todayInVietnam } from '#domain/dates/local-date.ts';
import { changeSupport, markCell, recordSupportVisit, supportQuery } from '../../api/endpoints.ts';
import type { OrgUnitDetail, SupportOverview, SupportRecord } from '../../api/models.ts';
import { DataTable } from '../../components/DataTable.tsx';
import { DateField } from '../../components/DateField.tsx';
import { ErrorAlert } from '../../components/ErrorAlert.tsx';
import { FormButtons } from '../../components/FormButtons.tsx';
import { applyServerErrors } from '../../components/forms.ts';
import { Loading } from '../../components/Loading.tsx';
import { useTranslation } from '../../i18n/useTranslation.ts';
import { formatDate, roleLabel } from '../../lib/format.ts';
import { Link } from '../../lib/router.tsx';

type Candidates = SupportOverview['candidates'];

/**
 * "Cần hướng dẫn" (issue 15; seed 000: the committee above "chỉ đạo, hướng dẫn cách sinh hoạt"): on a cell, its
 * guidance records — mark, assign, reassign, end — with the visits and notes as a timeline; on a committee, the
 * cells of its subtree under guidance, who follows each and the last visit.
 */
export default function SupportPanel({ unit }: { unit: OrgUnitDetail }) {
  const { data, error, isPending, refetch } = useQuery(supportQuery(unit.id));
  if (isPending) return <Loading />;
  if (error || !data) return <ErrorAlert error={error} onRetry={() => void refetch()} />;
  return data.unitKind === 'committee' ? (
    <CommitteeList data={data} />
  ) : (
    <CellSupport unit={unit} data={data} />
  );
}

function CommitteeList({ data }: { data: SupportOverview }) {
  const { t } = useTranslation();
  return (
    <Stack data-testid="support-committee-list">
      <Text size="sm" c="dimmed">
        {t('support.committeeIntro')}
      </Text>
      <DataTable
        striped
        minWidth={640}
        rows={data.records}
        rowKey={(r) => r.id}
        empty={t('support.noneOpen')}
        emptySize="sm"
        columns={[
          {
            header: t('support.cell'),
            cell: (r) => (
              <Anchor component={Link} to={`/units/${r.cellId}?tab=support`}>
                {r.cellName}
              </Anchor>
            ),
          },
          { header: t('support.reason'), cell: (r) => r.reason },
          { header: t('support.assignee'), cell: (r) => r.assignee.name },
          { header: t('support.since'), cell: (r) => formatDate(r.startedOn) },
          { header: t('support.lastVisit'), cell: (r) => formatDate(r.lastVisitOn) },
        ]}
      />
    </Stack>
  );
}

function CellSupport({ unit, data }: { unit: OrgUnitDetail; data: SupportOverview }) {
  const { t } = useTranslation();
  const [marking, setMarking] = useState(false);
  return (
    <Stack data-testid="support-panel">
      {data.records.length === 0 ? (
        <Text size="sm" c="dimmed">
          {t('support.notMarked')}
        </Text>
      ) : null}
      {data.permissions.mark && !marking ? (
        <Group>
          <Button color="orange" onClick={() => setMarking(true)}>
            {t('support.mark')}
          </Button>
        </Group>
      ) : null}
      {marking ? (
        <Card withBorder>
          <MarkForm cellId={unit.id} candidates={data.candidates} onDone={() => setMarking(false)} />
        </Card>
      ) : null}
      {data.records.map((record) => (
        <RecordCard key={record.id} cellId={unit.id} record={record} candidates={data.candidates} />
      ))}
    </Stack>
  );
}

function candidateOptions(t: ReturnType<typeof useTranslation>['t'], candidates: Candidates) {
  const seen = new Set<string>();
  const options = [{ value: '', label: t('common.notChosen') }];
  for (const c of candidates) {
    if (seen.has(c.id)) continue;
    seen.add(c.id);
    options.push({ value: c.id, label: `${c.name} — ${roleLabel(t, c.role, 'committee')}, ${c.unitName}` });
  }
  return options;
}

function MarkForm({
  cellId,
  candidates,
  onDone,
}: {
  cellId: string;
  candidates: Candidates;
  onDone: () => void;
}) {
  const { t } = useTranslation();
  const queryClient = useQueryClient();
  const form = useForm({
    initialValues: { reason: '', assigneeId: '', startedOn: todayInVietnam() },
    validate: {
      reason: (v) => (v.trim() ? null : t('common.required')),
      assigneeId: (v) => (v ? null : t('common.required')),
      startedOn: (v) => (v ? null : t('common.required')),
    },
  });
  const mutation = useMutation({
    mutationFn: (values: typeof form.values) => markCell(cellId, { ...values, reason: values.reason.trim() }),
    onSuccess: async () => {
      await queryClient.invalidateQueries({ queryKey: ['support'] });
      notifications.show({ color: 'green', message: t('support.marked') });
      onDone();
    },
    onError: (error) => applyServerErrors(form, error),
  });
  return (
    <form onSubmit={form.onSubmit((values) => mutation.mutate(values))} noValidate>
      <Stack>
        <Title order={3} size="h5">
          {t('support.markTitle')}
        </Title>
        <ErrorAlert error={mutation.error} />
        <Textarea
          label={t('support.reason')}
          withAsterisk
          autosize
          minRows={2}
          {...form.getInputProps('reason')}
        />
        <NativeSelect
          label={t('support.assignee')}
          description={t('support.assigneeHint')}
          withAsterisk
          data={candidateOptions(t, candidates)}
          {...form.getInputProps('assigneeId')}
        />
        <DateField label={t('support.since')} withAsterisk {...form.getInputProps('startedOn')} />
        <FormButtons pending={mutation.isPending} onCancel={onDone} submitLabel={t('support.markSubmit')} />
      </Stack>
    </form>
  );
}

type Dialog = 'reassign' | 'end' | 'visit' | null;

function RecordCard({
  cellId,
  record,
  candidates,
}: {
  cellId: string;
  record: SupportRecord;
  candidates: Candidates;
}) {
  const { t } = useTranslation();
  const [dialog, setDialog] = useState<Dialog>(null);
  const open = record.status === 'open';
  const close = () => setDialog(null);
  return (
    <Card withBorder data-testid="support-record">
      <Stack gap="xs">
        <Group gap="xs">
          <Badge color={open ? 'orange' : 'gray'} variant="light" tt="none">
            {open ? t('support.statusOpen') : t('support.statusEnded')}
          </Badge>
          <Text size="sm">
            {t('support.period', {
              from: formatDate(record.startedOn),
              to: record.endedOn ? formatDate(record.endedOn) : t('support.now'),
            })}
          </Text>
        </Group>
        <Text>
          <Text span fw={600}>
            {t('support.reason')}:
          </Text>{' '}
          {record.reason}
        </Text>
        <Text data-testid="support-assignee">
          <Text span fw={600}>
            {t('support.assignee')}:
          </Text>{' '}
          {record.assignee.name}
        </Text>
        {record.endNote ? (
          <Text size="sm">
            <Text span fw={600}>
              {t('support.endNote')}:
            </Text>{' '}
            {record.endNote}
          </Text>
        ) : null}
        {record.permissions.manage || record.permissions.record ? (
          <Group gap="xs">
            {record.permissions.record ? (
              <Button size="xs" onClick={() => setDialog('visit')}>
                {t('support.addVisit')}
              </Button>
            ) : null}
            {record.permissions.manage ? (
              <>
                <Button size="xs" variant="light" onClick={() => setDialog('reassign')}>
                  {t('support.reassign')}
                </Button>
                <Button size="xs" variant="light" color="gray" onClick={() => setDialog('end')}>
                  {t('support.end')}
                </Button>
              </>
            ) : null}
          </Group>
        ) : null}
        {dialog === 'visit' ? (
          <VisitForm supportId={record.id} startedOn={record.startedOn} onDone={close} />
        ) : null}
        {dialog === 'reassign' ? (
          <ReassignForm record={record} candidates={candidates} onDone={close} />
        ) : null}
        {dialog === 'end' ? <EndForm record={record} onDone={close} /> : null}
        <Title order={4} size="h6">
          {t('support.visits')}
        </Title>
        {record.visits.length === 0 ? (
          <Text size="sm" c="dimmed">
            {t('support.noVisits')}
          </Text>
        ) : (
          <Timeline bulletSize={14} lineWidth={2} data-testid={`support-visits-${cellId}`}>
            {record.visits.map((v) => (
              <Timeline.Item
                key={v.id}
                title={`${formatDate(v.onDate)} — ${t(`support.kinds.${v.kind}`)}`}
                data-testid="support-visit"
              >
                <Text size="sm">
                  <Text span fw={600}>
                    {t('support.findings')}:
                  </Text>{' '}
                  {v.findings}
                </Text>
                {v.advice ? (
                  <Text size="sm">
                    <Text span fw={600}>
                      {t('support.advice')}:
                    </Text>{' '}
                    {v.advice}
                  </Text>
                ) : null}
                {v.recordedByName ? (
                  <Text size="xs" c="dimmed">
                    {t('support.recordedBy', { name: v.recordedByName })}
                  </Text>
                ) : null}
              </Timeline.Item>
            ))}
          </Timeline>
        )}
      </Stack>
    </Card>
  );
}

function useSupportMutation<T>(fn: (values: T) => Promise<unknown>, done: string, onDone: () => void) {
  const { t } = useTranslation();
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: fn,
    onSuccess: async () => {
      await queryClient.invalidateQueries({ queryKey: ['support'] });
      notifications.show({ color: 'green', message: t(done) });
      onDone();
    },
  });
}

function VisitForm({
  supportId,
  startedOn,
  onDone,
}: {
  supportId: string;
  startedOn: string;
  onDone: () => void;
}) {
  const { t } = useTranslation();
  const today = todayInVietnam();
  const form = useForm({
    initialValues: { kind: 'visit' as 'visit' | 'note', onDate: today, findings: '', advice: '' },
    validate: {
      findings: (v) => (v.trim() ? null : t('common.required')),
      onDate: (v) => (v ? null : t('common.required')),
    },
  });
  const mutation = useSupportMutation(
    (values: typeof form.values) =>
      recordSupportVisit(supportId, {
        kind: values.kind,
        onDate: values.onDate,
        findings: values.findings.trim(),
        advice: values.advice.trim() || null,
      }),
    'support.visitRecorded',
    onDone,
  );
  return (
    <form
      onSubmit={form.onSubmit((values) =>
        mutation.mutate(values, { onError: (error) => applyServerErrors(form, error) }),
      )}
      noValidate
    >
      <Stack gap="xs">
        <ErrorAlert error={mutation.error} />
        <SegmentedControl
          data={[
            { value: 'visit', label: t('support.kinds.visit') },
            { value: 'note', label: t('support.kinds.note') },
          ]}
          {...form.getInputProps('kind')}
        />
        <DateField
          label={t('support.onDate')}
          withAsterisk
          min={startedOn}
          max={today}
          {...form.getInputProps('onDate')}
        />
        <Textarea
          label={t('support.findings')}
          withAsterisk
          autosize
          minRows={2}
          {...form.getInputProps('findings')}
        />
        <Textarea label={t('support.advice')} autosize minRows={2} {...form.getInputProps('advice')} />
        <FormButtons pending={mutation.isPending} onCancel={onDone} submitLabel={t('support.saveVisit')} />
      </Stack>
    </form>
  );
}

function ReassignForm({
  record,
  candidates,
  onDone,
}: {
  record: SupportRecord;
  candidates: Candidates;
  onDone: () => void;
}) {
  const { t } = useTranslation();
  const form = useForm({
    initialValues: { assigneeId: '' },
    validate: { assigneeId: (v) => (v ? null : t('common.required')) },
  });
  const mutation = useSupportMutation(
    (values: typeof form.values) => changeSupport(record.id, { assigneeId: values.assigneeId }),
    'support.reassigned',
    onDone,
  );
  return (
    <form
      onSubmit={form.onSubmit((values) =>
        mutation.mutate(values, { onError: (error) => applyServerErrors(form, error) }),
      )}
      noValidate
    >
      <Stack gap="xs">
        <ErrorAlert error={mutation.error} />
        <NativeSelect
          label={t('support.newAssignee')}
          withAsterisk
          data={candidateOptions(
            t,
            candidates.filter((c) => c.id !== record.assignee.id),
          )}
          {...form.getInputProps('assigneeId')}
        />
        <FormButtons pending={mutation.isPending} onCancel={onDone} />
      </Stack>
    </form>
  );
}

function EndForm({ record, onDone }: { record: SupportRecord; onDone: () => void }) {
  const { t } = useTranslation();
  const form = useForm({
    initialValues: { endedOn: todayInVietnam(), endNote: '' },
    validate: {
      endedOn: (v) => (v ? null : t('common.required')),
      endNote: (v) => (v.trim() ? null : t('common.required')),
    },
  });
  const mutation = useSupportMutation(
    (values: typeof form.values) =>
      changeSupport(record.id, { endedOn: values.endedOn, endNote: values.endNote.trim() }),
    'support.ended',
    onDone,
  );
  return (
    <form
      onSubmit={form.onSubmit((values) =>
        mutation.mutate(values, { onError: (error) => applyServerErrors(form, error) }),
      )}
      noValidate
    >
      <Stack gap="xs">
        <ErrorAlert error={mutation.error} />
        <DateField
          label={t('support.endedOn')}
          withAsterisk
          min={record.startedOn}
          {...form.getInputProps('endedOn')}
        />
        <Textarea
          label={t('support.endNote')}
          withAsterisk
          autosize
          minRows={2}
          {...form.getInputProps('endNote')}
        />
        <FormButtons pending={mutation.isPending} onCancel={onDone} submitLabel={t('support.endSubmit')} />
      </Stack>
    </form>
  );
}
