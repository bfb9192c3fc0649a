import '../../styles/segmented.ts';
import { Badge, Button, Group, Modal, SegmentedControl, Stack, Text, Textarea, Title } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import {
  issuedReportUrl,
  keys,
  receivedReportsQuery,
  receiveReport,
  yearReviewDocumentUrl,
} from '../../api/endpoints.ts';
import type { MissingReport, OrgUnitDetail, ReceivedReport } from '../../api/models.ts';
import { DocumentLinks } from '../../components/DocumentLinks.tsx';
import { ErrorAlert } from '../../components/ErrorAlert.tsx';
import { FormButtons } from '../../components/FormButtons.tsx';
import { Loading } from '../../components/Loading.tsx';
import { YearPicker } from '../../components/YearPicker.tsx';
import { useTranslation } from '../../i18n/useTranslation.ts';
import { formatDate } from '../../lib/format.ts';
import { useYearParam } from '../../lib/plans.ts';

type Filter = 'all' | 'late' | 'missing';

/** The report's number as its unit writes it: '02-BC/CB' for a cell, '02-BC/ĐU' for a committee. */
const reportNumber = (r: Pick<ReceivedReport, 'number' | 'unit'>) =>
  `${String(r.number).padStart(2, '0')}-BC/${r.unit.kind === 'committee' ? 'ĐU' : 'CB'}`;

/** Unread first (seed 000: the committee "theo dõi" its cells' reports), then the newest. */
const STATE_ORDER = { unread: 0, read: 1, received: 2 } as const;

/**
 * "Báo cáo nhận được": the reports the units directly under the committee sent up in a year, unread first and
 * in bold; each opens as issued (which marks it read) and the committee's officer marks it received, with an
 * optional remark the cell sees. Below, the period reports already due that a cell has not sent (late).
 */
export default function ReceivedReportsPanel({ unit }: { unit: OrgUnitDetail }) {
  const { t } = useTranslation();
  const [year, setYear] = useYearParam();
  const [filter, setFilter] = useState<Filter>('all');
  const [receiving, setReceiving] = useState<ReceivedReport | null>(null);
  const queryClient = useQueryClient();
  const { data, error, isPending, refetch } = useQuery(receivedReportsQuery(unit.id, year));
  // Opening a report marks it read on the server: read the list again once the document has been asked for.
  const reloadSoon = () =>
    window.setTimeout(
      () => void queryClient.invalidateQueries({ queryKey: keys.receivedReportsOf(unit.id) }),
      800,
    );

  const reports = [...(data?.reports ?? [])]
    .filter((r) => (filter === 'all' ? true : filter === 'late' ? r.late : false))
    .sort((a, b) => STATE_ORDER[a.state] - STATE_ORDER[b.state]);
  // A missing report is late by definition: every filter shows them.
  const missing = data?.missing ?? [];

  return (
    <Stack gap="md" data-testid="received-reports">
      <Group justify="space-between" align="flex-end">
        <Title order={3} size="h4">
          {t('reports.received.title', { year })}
        </Title>
        <YearPicker value={year} onChange={setYear} />
      </Group>
      <SegmentedControl
        value={filter}
        onChange={(value) => setFilter(value as Filter)}
        data={[
          { value: 'all', label: t('reports.received.filterAll') },
          { value: 'late', label: t('reports.received.filterLate') },
          { value: 'missing', label: t('reports.received.filterMissing') },
        ]}
        maw={420}
        size="xs"
      />
      <ErrorAlert error={error} onRetry={() => void refetch()} />
      {isPending ? <Loading /> : null}
      {data && filter !== 'missing' ? (
        <Stack gap="sm" component="ul" style={{ listStyle: 'none', padding: 0, margin: 0 }}>
          {reports.length === 0 ? (
            <Text size="sm" c="dimmed">
              {t('reports.received.none', { year })}
            </Text>
          ) : null}
          {reports.map((r) => (
            <Stack key={r.id} gap={4} component="li" data-testid="received-report" data-state={r.state}>
              <Group gap="xs" wrap="wrap">
                <Text size="sm" fw={r.state === 'unread' ? 700 : 400}>
                  {r.unit.name} · {t('reports.received.number', { number: reportNumber(r) })} ·{' '}
                  {formatDate(r.issuedOn)} · {r.title}
                </Text>
                <Badge size="sm" variant="light" color={STATE_COLORS[r.state]}>
                  {t(`reports.received.states.${r.state}`)}
                </Badge>
                {r.dueOn ? (
                  <Badge size="sm" variant="light" color={r.late ? 'red' : 'gray'}>
                    {r.late
                      ? t('reports.received.lateDue', { date: formatDate(r.dueOn) })
                      : t('reports.received.due', { date: formatDate(r.dueOn) })}
                  </Badge>
                ) : null}
              </Group>
              <Group gap="xs" onClickCapture={reloadSoon}>
                <DocumentLinks compact url={(format) => issuedReportUrl(r.id, format)} />
              </Group>
              {r.yearReview ? <YearReviewLinks cellId={r.unit.id} year={r.yearReview.year} /> : null}
              {r.receipt ? <ReceiptLine receipt={r.receipt} /> : null}
              {data.mayReceive ? (
                <Group>
                  <Button size="xs" variant={r.receipt ? 'subtle' : 'filled'} onClick={() => setReceiving(r)}>
                    {r.receipt ? t('reports.received.editRemark') : t('reports.received.receive')}
                  </Button>
                </Group>
              ) : null}
            </Stack>
          ))}
        </Stack>
      ) : null}
      {data && missing.length > 0 ? <MissingList missing={missing} /> : null}
      {data && filter === 'missing' && missing.length === 0 ? (
        <Text size="sm" c="dimmed">
          {t('reports.received.noneMissing')}
        </Text>
      ) : null}
      {receiving ? (
        <ReceiptModal report={receiving} committeeId={unit.id} onClose={() => setReceiving(null)} />
      ) : null}
    </Stack>
  );
}

const STATE_COLORS = { unread: 'blue', read: 'gray', received: 'green' } as const;

function ReceiptLine({ receipt }: { receipt: NonNullable<ReceivedReport['receipt']> }) {
  const { t } = useTranslation();
  return (
    <Stack gap={0}>
      <Text size="xs" c="green.8">
        {t('reports.received.receivedLine', {
          date: formatDate(receipt.receivedAt.slice(0, 10)),
          name: receipt.receivedBy ?? '',
        })}
      </Text>
      {receipt.remark ? (
        <Text size="xs" data-testid="receipt-remark">
          {t('reports.received.remarkLine', { remark: receipt.remark })}
        </Text>
      ) : null}
    </Stack>
  );
}

/** The period reports the cells have not sent although their due day has passed. */
function MissingList({ missing }: { missing: MissingReport[] }) {
  const { t } = useTranslation();
  return (
    <Stack gap="xs" data-testid="missing-reports">
      <Title order={4} size="h5">
        {t('reports.received.missingTitle')}
      </Title>
      <Stack gap={4} component="ul" style={{ listStyle: 'none', padding: 0, margin: 0 }}>
        {missing.map((m) => (
          <Group
            key={`${m.unit.id} ${m.quarter ?? 'year'}`}
            gap="xs"
            component="li"
            data-testid="missing-report"
          >
            <Text size="sm">
              {m.unit.name} ·{' '}
              {m.quarter === null
                ? t('reports.received.periodYear', { year: m.year })
                : t('reports.received.periodQuarter', { quarter: m.quarter, year: m.year })}
            </Text>
            <Badge size="sm" variant="light" color="red">
              {t('reports.received.missingDue', { date: formatDate(m.dueOn) })}
            </Badge>
          </Group>
        ))}
      </Stack>
    </Stack>
  );
}

/** "Đã nhận", with an optional remark the cell will see (a second time changes only the remark). */
function ReceiptModal({
  report,
  committeeId,
  onClose,
}: {
  report: ReceivedReport;
  committeeId: string;
  onClose: () => void;
}) {
  const { t } = useTranslation();
  const queryClient = useQueryClient();
  const [remark, setRemark] = useState(report.receipt?.remark ?? '');
  const mutation = useMutation({
    mutationFn: () => receiveReport(report.id, remark.trim() || null),
    onSuccess: async () => {
      await queryClient.invalidateQueries({ queryKey: keys.receivedReportsOf(committeeId) });
      await queryClient.invalidateQueries({ queryKey: keys.inbox });
      notifications.show({ color: 'green', message: t('reports.received.receivedOk') });
      onClose();
    },
  });
  return (
    <Modal opened onClose={onClose} title={t('reports.received.receiveTitle')}>
      <form
        onSubmit={(e) => {
          e.preventDefault();
          mutation.mutate();
        }}
        noValidate
      >
        <Stack>
          <Text size="sm">
            {report.unit.name} · {t('reports.received.number', { number: reportNumber(report) })} ·{' '}
            {report.title}
          </Text>
          <ErrorAlert error={mutation.error} />
          <Textarea
            label={t('reports.received.remark')}
            description={t('reports.received.remarkHint')}
            autosize
            minRows={3}
            maxLength={2000}
            value={remark}
            onChange={(e) => setRemark(e.currentTarget.value)}
            data-autofocus
          />
          <FormButtons
            pending={mutation.isPending}
            onCancel={onClose}
            submitLabel={report.receipt ? t('common.save') : t('reports.received.receive')}
          />
        </Stack>
      </form>
    </Modal>
  );
}

/** The cell's year-end review, gone up with its annual report (issue 16): its two documents. */
function YearReviewLinks({ cellId, year }: { cellId: string; year: number }) {
  const { t } = useTranslation();
  return (
    <Stack gap={2} data-testid="received-year-review">
      <Text size="sm" fw={500}>
        {t('yearReview.besideReport', { year })}
      </Text>
      <DocumentLinks
        compact
        label={t('yearReview.membersDocument')}
        url={(format) => yearReviewDocumentUrl(cellId, year, 'members', format)}
      />
      <DocumentLinks
        compact
        label={t('yearReview.cellDocument')}
        url={(format) => yearReviewDocumentUrl(cellId, year, 'cell', format)}
      />
    </Stack>
  );
}
