import { Anchor, Group, NativeSelect, Stack, Table, Text, Title } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { committeeReportQuery, committeeReportUrl, issuedReportUrl } from '../../api/endpoints.ts';
import type { CommitteeReport, CommitteeReportFigures, OrgUnitDetail } from '../../api/models.ts';
import { DocumentLinks } from '../../components/DocumentLinks.tsx';
import { ErrorAlert } from '../../components/ErrorAlert.tsx';
import { Loading } from '../../components/Loading.tsx';
import { YearPicker } from '../../components/YearPicker.tsx';
import { useTranslation } from '../../i18n/useTranslation.ts';
import { formatDate, todayLocalDate } from '../../lib/format.ts';
import { currentYear } from '../../lib/plans.ts';
import { Link, useSearchParams } from '../../lib/router.tsx';
import { CommitteeReportEditor } from './CommitteeReportEditor.tsx';

const percent = (rate: number | null) => (rate === null ? '—' : `${Math.round(rate * 100)}%`);

/** The quarter whose report is being written now: the current one from its last month, else the one before. */
function defaultQuarter(): number {
  const month = Number(todayLocalDate().slice(5, 7));
  const quarter = Math.ceil(month / 3);
  return month % 3 === 0 || quarter === 1 ? quarter : quarter - 1;
}

/**
 * "Báo cáo của đảng ủy": the committee's quarterly or annual report upward on its subtree's thematic meetings
 * (seeds 001, 004) — the figures computed from the data, a row per direct cell and per child committee, the
 * officer's assessment and recommendations, the document, and "Ban hành" once the period's last month has come.
 */
export default function CommitteeReportPanel({ unit }: { unit: OrgUnitDetail }) {
  const { t } = useTranslation();
  // A link to an issued report names its period (?year=2026&quarter=3; the year's report: no quarter).
  const [searchParams] = useSearchParams();
  const linkedYear = Number(searchParams.get('year'));
  const [year, setYear] = useState(linkedYear >= 2000 && linkedYear <= 2100 ? linkedYear : currentYear());
  const [period, setPeriod] = useState(
    searchParams.get('quarter') ?? (searchParams.has('year') ? '' : String(defaultQuarter())),
  );
  const quarter = period ? Number(period) : null;
  const { data, error, isPending, refetch } = useQuery(committeeReportQuery(unit.id, year, quarter));
  return (
    <Stack gap="md" data-testid="committee-report">
      <Group align="flex-end">
        <YearPicker value={year} onChange={setYear} />
        <NativeSelect
          label={t('committeeReport.period')}
          value={period}
          onChange={(e) => setPeriod(e.currentTarget.value)}
          data={[
            ...[1, 2, 3, 4].map((q) => ({
              value: String(q),
              label: t('committeeReport.quarterN', { quarter: q }),
            })),
            { value: '', label: t('committeeReport.wholeYear', { year }) },
          ]}
          maw={200}
        />
      </Group>
      <ErrorAlert error={error} onRetry={() => void refetch()} />
      {isPending ? <Loading /> : null}
      {data ? <ReportView key={`${year}-${period}`} report={data} /> : null}
    </Stack>
  );
}

function ReportView({ report }: { report: CommitteeReport }) {
  const { t } = useTranslation();
  const { year, quarter } = report;
  return (
    <Stack gap="md">
      <Title order={3} size="h4">
        {quarter === null
          ? t('committeeReport.titleYear', { year })
          : t('committeeReport.titleQuarter', { quarter, year })}
      </Title>
      {report.issued ? (
        <Stack gap={4}>
          <Text size="sm" c="green.8" fw={500} data-testid="committee-report-issued">
            {t('committeeReport.issuedLine', {
              number: report.issued.numberText.replace(/^Số /, ''),
              date: formatDate(report.issued.issuedOn),
            })}
          </Text>
          <DocumentLinks
            label={t('committeeReport.issuedDocument')}
            url={(format) => issuedReportUrl(report.issued?.id ?? '', format)}
          />
        </Stack>
      ) : (
        <Text size="sm" c="dimmed">
          {t('committeeReport.draft')}
        </Text>
      )}
      <Totals report={report} />
      {report.cells.length > 0 ? <CellTable report={report} /> : null}
      {report.committees.length > 0 ? <CommitteeTable report={report} /> : null}
      <CommitteeReportEditor report={report} />
      {report.issued ? null : (
        <DocumentLinks
          label={t('committeeReport.preview')}
          url={(format) => committeeReportUrl(report.committee.id, year, quarter, format)}
        />
      )}
    </Stack>
  );
}

function Totals({ report }: { report: CommitteeReport }) {
  const { t } = useTranslation();
  const f = report.totals;
  return (
    <Stack gap={2} data-testid="committee-report-totals">
      <Text size="sm">{t('committeeReport.totalCells', { count: f.cells })}</Text>
      {f.quarters.map((q) => (
        <Text size="sm" key={q.quarter}>
          {report.endedQuarters.includes(q.quarter)
            ? t('committeeReport.quarterHeld', {
                quarter: q.quarter,
                held: q.held,
                cells: f.cells,
                missed: q.missed,
              })
            : t('committeeReport.quarterRunning', { quarter: q.quarter, held: q.held, cells: f.cells })}
        </Text>
      ))}
      <Text size="sm">{t('committeeReport.attendance', { rate: percent(f.attendanceRate) })}</Text>
      <Text size="sm">{t('committeeReport.tasks', { open: f.tasks.open, overdue: f.tasks.overdue })}</Text>
      <Text size="sm">
        {t('committeeReport.cellReports', { issued: f.reports.issued, cells: f.cells, late: f.reports.late })}
      </Text>
    </Stack>
  );
}

function CellTable({ report }: { report: CommitteeReport }) {
  const { t } = useTranslation();
  const meetingsOf = (c: CommitteeReport['cells'][number]) => {
    const held = c.meetings.map(
      (m) =>
        `${report.quarter === null ? `${t('committeeReport.quarterN', { quarter: m.quarter })}: ` : ''}${formatDate(m.heldOn)} – ${m.topicTitle ?? t('committeeReport.thematic')}`,
    );
    const missed = c.missedQuarters;
    if (missed.length > 0)
      held.push(
        report.quarter === null
          ? t('committeeReport.missedQuarters', { quarters: missed.join(', ') })
          : t('committeeReport.missed'),
      );
    const ended = report.endedQuarters.some((q) => report.quarter === null || q === report.quarter);
    if (held.length === 0) return ended ? t('committeeReport.notCounted') : t('committeeReport.notYet');
    return held.join('; ');
  };
  return (
    <Stack gap="xs">
      <Title order={4} size="h5">
        {t('committeeReport.cellsTitle')}
      </Title>
      <Table.ScrollContainer minWidth={640}>
        <Table striped withTableBorder data-testid="committee-report-cells">
          <Table.Thead>
            <Table.Tr>
              <Table.Th>{t('committeeReport.cell')}</Table.Th>
              <Table.Th>{t('committeeReport.meetings')}</Table.Th>
              <Table.Th>{t('committeeReport.attendanceRate')}</Table.Th>
              <Table.Th>{t('committeeReport.openTasks')}</Table.Th>
              <Table.Th>{t('committeeReport.cellReport')}</Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {report.cells.map((c) => (
              <Table.Tr key={c.id}>
                <Table.Td>
                  <Anchor component={Link} to={`/units/${c.id}`} size="sm">
                    {c.name}
                  </Anchor>
                </Table.Td>
                <Table.Td>{meetingsOf(c)}</Table.Td>
                <Table.Td>{percent(c.attendanceRate)}</Table.Td>
                <Table.Td>
                  {t('committeeReport.tasksCell', { open: c.tasks.open, overdue: c.tasks.overdue })}
                </Table.Td>
                <Table.Td>
                  {c.report.issuedOn
                    ? t(c.report.late ? 'committeeReport.reportSentLate' : 'committeeReport.reportSent', {
                        number: String(c.report.number ?? '').padStart(2, '0'),
                        date: formatDate(c.report.issuedOn),
                      })
                    : t(c.report.late ? 'committeeReport.reportOverdue' : 'committeeReport.reportNotSent')}
                </Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      </Table.ScrollContainer>
    </Stack>
  );
}

const heldOf = (f: CommitteeReportFigures) => f.quarters.reduce((a, q) => a + q.held, 0);
const missedOf = (f: CommitteeReportFigures) => f.quarters.reduce((a, q) => a + q.missed, 0);

function CommitteeTable({ report }: { report: CommitteeReport }) {
  const { t } = useTranslation();
  return (
    <Stack gap="xs">
      <Title order={4} size="h5">
        {t('committeeReport.committeesTitle')}
      </Title>
      <Table.ScrollContainer minWidth={720}>
        <Table striped withTableBorder data-testid="committee-report-committees">
          <Table.Thead>
            <Table.Tr>
              <Table.Th>{t('committeeReport.committee')}</Table.Th>
              <Table.Th>{t('committeeReport.cells')}</Table.Th>
              <Table.Th>{t('committeeReport.held')}</Table.Th>
              <Table.Th>{t('committeeReport.missedCount')}</Table.Th>
              <Table.Th>{t('committeeReport.attendanceRate')}</Table.Th>
              <Table.Th>{t('committeeReport.openTasks')}</Table.Th>
              <Table.Th>{t('committeeReport.cellReportsSent')}</Table.Th>
              <Table.Th>{t('committeeReport.upwardReport')}</Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {report.committees.map((c) => (
              <Table.Tr key={c.id}>
                <Table.Td>
                  <Anchor component={Link} to={`/units/${c.id}?tab=report`} size="sm">
                    {c.name}
                  </Anchor>
                </Table.Td>
                <Table.Td>{c.cells}</Table.Td>
                <Table.Td>{heldOf(c)}</Table.Td>
                <Table.Td>{missedOf(c)}</Table.Td>
                <Table.Td>{percent(c.attendanceRate)}</Table.Td>
                <Table.Td>
                  {t('committeeReport.tasksCell', { open: c.tasks.open, overdue: c.tasks.overdue })}
                </Table.Td>
                <Table.Td>
                  {c.reports.issued}
                  {c.reports.late ? ` (${t('committeeReport.late', { count: c.reports.late })})` : ''}
                </Table.Td>
                <Table.Td>
                  {c.upwardReport
                    ? t('committeeReport.upwardSent', {
                        number: String(c.upwardReport.number).padStart(2, '0'),
                        date: formatDate(c.upwardReport.issuedOn),
                      })
                    : t('committeeReport.reportNotSent')}
                </Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      </Table.ScrollContainer>
    </Stack>
  );
}
