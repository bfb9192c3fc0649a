import { NativeSelect, Stack, Text, Title } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { todayInVietnam } from '#domain/dates/local-date.ts';
import { mayIssuePeriodReport, periodReportOpensOn, subjectKey } from '#domain/documents/issuing.ts';
import { cellReportUrl, issuedReportsQuery, issuePeriodReport } from '../../api/endpoints.ts';
import { DocumentLinks } from '../../components/DocumentLinks.tsx';
import { useTranslation } from '../../i18n/useTranslation.ts';
import { formatDate } from '../../lib/format.ts';
import { IssuedLine, IssuedReportsList, IssueReportButton } from './IssuedReports.tsx';

/**
 * The cell's quarterly progress report or its annual report: the draft to read, then issued by the secretary
 * (numbered BC, kept as issued) from the period's last month; and every report the cell issued this year.
 */
export function CellReports({ cellId, year }: { cellId: string; year: number }) {
  const { t } = useTranslation();
  const [period, setPeriod] = useState('');
  const quarter = period ? Number(period) : null;
  const { data } = useQuery(issuedReportsQuery(cellId, year));
  const subject = subjectKey({ kind: 'period_report', year, quarter });
  // A period's report may be issued the next year (the annual report in January): look in both years' lists.
  const { data: nextYear } = useQuery({
    ...issuedReportsQuery(cellId, year + 1),
    enabled: quarter === null || quarter === 4,
  });
  const issued = [...(data?.reports ?? []), ...(nextYear?.reports ?? [])].find((r) => r.subject === subject);
  const due = mayIssuePeriodReport(year, quarter, todayInVietnam());
  return (
    <Stack gap="xs">
      <Title order={3} size="h4">
        {t('meetings.reports')}
      </Title>
      <NativeSelect
        label={t('meetings.reportPeriod')}
        value={period}
        onChange={(e) => setPeriod(e.currentTarget.value)}
        data={[
          { value: '', label: t('meetings.wholeYear', { year }) },
          ...[1, 2, 3, 4].map((q) => ({ value: String(q), label: t('meetings.quarterN', { quarter: q }) })),
        ]}
        maw={240}
      />
      {issued ? (
        <IssuedLine report={issued} />
      ) : (
        <Text size="sm" c="dimmed">
          {t('reports.draft')}
        </Text>
      )}
      <DocumentLinks
        label={t('meetings.reportDocument')}
        url={(format) => cellReportUrl(cellId, year, quarter, format)}
      />
      {data?.mayIssue && !issued ? (
        due ? (
          <IssueReportButton cellId={cellId} issue={() => issuePeriodReport(cellId, year, quarter)} />
        ) : (
          <Text size="xs" c="dimmed">
            {t('reports.notDue', { date: formatDate(periodReportOpensOn(year, quarter)) })}
          </Text>
        )
      ) : null}
      <IssuedReportsList cellId={cellId} year={year} />
    </Stack>
  );
}
