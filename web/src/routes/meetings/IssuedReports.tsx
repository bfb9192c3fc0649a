import { Button, Group, Stack, Text, Title } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { issuedReportsQuery, issuedReportUrl, keys } from '../../api/endpoints.ts';
import type { IssuedReport } from '../../api/models.ts';
import { ConfirmDialog } from '../../components/ConfirmDialog.tsx';
import { DocumentLinks } from '../../components/DocumentLinks.tsx';
import { ErrorAlert } from '../../components/ErrorAlert.tsx';
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
      {data?.reports.map((report) => (
        <Stack key={report.id} gap={2} data-testid="issued-report">
          <Text size="sm">
            <Text span fw={600}>
              {t('reports.number', { number: documentNumber(report.number, 'BC') })}
            </Text>{' '}
            · {formatDate(report.issuedOn)} · {report.title}
          </Text>
          <DocumentLinks label={t('reports.document')} url={(format) => issuedReportUrl(report.id, format)} />
        </Stack>
      ))}
    </Stack>
  );
}
