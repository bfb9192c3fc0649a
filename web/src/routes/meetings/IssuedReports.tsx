import { Badge, Button, Group, Stack, Text, Title } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useId, useState } from 'react';
import { issuedReportsQuery, issuedReportUrl, keys } from '../../api/endpoints.ts';
import type { IssuedReport, PeriodReportDue } from '../../api/models.ts';
import { ConfirmDialog } from '../../components/ConfirmDialog.tsx';
import { DocumentLinks } from '../../components/DocumentLinks.tsx';
import { ErrorAlert } from '../../components/ErrorAlert.tsx';
import { useTranslation } from '../../i18n/useTranslation.ts';
import { documentNumber } from '../../lib/follow-up.ts';
import { formatDate } from '../../lib/format.ts';

/** "Đã ban hành số 02-BC/CB ngày 01/12/2026". */
export function IssuedLine({ report }: { report: Pick<IssuedReport, 'number' | 'issuedOn'> }) {
  const { t } = useTranslation();
  return (
    <Text size="sm" c="green.8" fw={500} data-testid="report-issued">
      {t('reports.issuedLine', {
        number: documentNumber(report.number, 'BC'),
        date: formatDate(report.issuedOn),
      })}
    </Text>
  );
}

/**
 * "Ban hành báo cáo": the secretary confirms, the server gives the report the cell's next BC number and keeps it
 * as issued; the lists that show it reload.
 */
export function IssueReportButton({
  cellId,
  issue,
  onIssued,
  hold,
}: {
  cellId: string;
  issue: () => Promise<IssuedReport>;
  onIssued?: () => void;
  /** Why it cannot be issued yet (said under the disabled button), if it cannot. */
  hold?: string | null;
}) {
  const { t } = useTranslation();
  const holdId = useId();
  const queryClient = useQueryClient();
  const [confirming, setConfirming] = useState(false);
  const mutation = useMutation({
    mutationFn: issue,
    onSuccess: (report) => {
      setConfirming(false);
      notifications.show({
        color: 'green',
        message: t('reports.issuedOk', { number: documentNumber(report.number, 'BC') }),
      });
      void queryClient.invalidateQueries({ queryKey: keys.issuedReportsOf(cellId) });
      onIssued?.();
    },
  });
  return (
    <>
      <Group>
        <Button
          size="xs"
          color="red"
          disabled={Boolean(hold)}
          aria-describedby={hold ? holdId : undefined}
          onClick={() => setConfirming(true)}
        >
          {t('reports.issue')}
        </Button>
      </Group>
      {hold ? (
        <Text size="xs" c="dimmed" id={holdId} data-testid="report-hold">
          {hold}
        </Text>
      ) : null}
      {confirming ? (
        <ConfirmDialog
          title={t('reports.issue')}
          confirmLabel={t('reports.issue')}
          color="red"
          pending={mutation.isPending}
          error={mutation.error}
          onConfirm={() => mutation.mutate()}
          onClose={() => {
            setConfirming(false);
            mutation.reset();
          }}
        >
          {t('reports.issueConfirm')}
        </ConfirmDialog>
      ) : null}
    </>
  );
}

/** The reports the cell issued in the year, each as it was issued: what the committee above received. */
export function IssuedReportsList({ cellId, year }: { cellId: string; year: number }) {
  const { t } = useTranslation();
  const { data, error, refetch } = useQuery(issuedReportsQuery(cellId, year));
  return (
    <Stack gap="xs" data-testid="issued-reports">
      <Title order={4} size="h5">
        {t('reports.listTitle', { year })}
      </Title>
      <ErrorAlert error={error} onRetry={() => void refetch()} />
      {data && data.reports.length === 0 ? (
        <Text size="sm" c="dimmed">
          {t('reports.none', { year })}
        </Text>
      ) : null}
      {data && data.periods.length > 0 ? <PeriodsDue periods={data.periods} year={year} /> : null}
      {data?.reports.map((report) => (
        <Stack key={report.id} gap={2} data-testid="issued-report">
          <Group gap="xs">
            <Text size="sm">
              <Text span fw={600}>
                {t('reports.number', { number: documentNumber(report.number, 'BC') })}
              </Text>{' '}
              · {formatDate(report.issuedOn)} · {report.title}
            </Text>
            {report.dueOn ? (
              <Badge size="sm" variant="light" color={report.late ? 'red' : 'gray'}>
                {report.late
                  ? t('reports.received.lateDue', { date: formatDate(report.dueOn) })
                  : t('reports.received.due', { date: formatDate(report.dueOn) })}
              </Badge>
            ) : null}
          </Group>
          <DocumentLinks label={t('reports.document')} url={(format) => issuedReportUrl(report.id, format)} />
          {report.receipt ? (
            <Stack gap={0} data-testid="report-receipt">
              <Text size="sm" c="green.8">
                {t('reports.received.cellReceived', {
                  date: formatDate(report.receipt.receivedAt.slice(0, 10)),
                })}
              </Text>
              {report.receipt.remark ? (
                <Text size="sm">{t('reports.received.cellRemark', { remark: report.receipt.remark })}</Text>
              ) : null}
            </Stack>
          ) : null}
        </Stack>
      ))}
    </Stack>
  );
}

/** The year's period reports that can be issued by now: each with its due day, sent or not, late or missing. */
function PeriodsDue({ periods, year }: { periods: PeriodReportDue[]; year: number }) {
  const { t } = useTranslation();
  return (
    <Stack gap={2} data-testid="report-periods">
      <Text size="sm" fw={500}>
        {t('reports.received.cellPeriodsTitle', { year })}
      </Text>
      {periods.map((p) => (
        <Group key={p.quarter ?? 'year'} gap="xs" data-testid="report-period">
          <Text size="sm">
            {p.quarter === null
              ? t('reports.received.periodYear', { year: p.year })
              : t('reports.received.periodQuarter', { quarter: p.quarter, year: p.year })}{' '}
            ·{' '}
            {p.issuedOn
              ? t('reports.received.cellPeriodIssued', { date: formatDate(p.issuedOn) })
              : t('reports.received.cellPeriodPending')}
          </Text>
          <Badge size="sm" variant="light" color={p.late ? 'red' : 'gray'}>
            {p.missing
              ? t('reports.received.missingDue', { date: formatDate(p.dueOn) })
              : p.late
                ? t('reports.received.lateDue', { date: formatDate(p.dueOn) })
                : t('reports.received.due', { date: formatDate(p.dueOn) })}
          </Badge>
        </Group>
      ))}
    </Stack>
  );
}
