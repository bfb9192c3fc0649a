import { Anchor, Badge, Stack, Text } from '@mantine/core';
import type { Quarter } from '#domain/oversight/dashboard-rows.ts';
import type { OversightFigures, OversightQuarter, OversightRow } from '../../api/models.ts';
import { useTranslation } from '../../i18n/useTranslation.ts';
import { formatDate } from '../../lib/format.ts';
import { percent } from '../../lib/oversight.ts';
import { PLAN_STATUS_COLORS, planStatusLabel, quarterLabel } from '../../lib/plans.ts';
import { Link } from '../../lib/router.tsx';

/** What each cell of the table and of the phone list reads: the row, and the dashboard's context. */
export interface FigureContext {
  year: number;
  today: string;
  /** Months of the year over by today: regular meetings were due in those. */
  monthsEnded: number;
  quarters: readonly OversightQuarter[];
  /** The quarter the filter looks at; null: the whole year. */
  quarter: Quarter | null;
}

/** The unit's name: a cell opens its page, a child committee its own dashboard (drill down). */
export function RowName({ row, year }: { row: OversightRow; year: number }) {
  const { t } = useTranslation();
  return (
    <Stack gap={0}>
      <Anchor
        component={Link}
        to={
          row.kind === 'cell'
            ? `/units/${row.id}?tab=plans&year=${year}`
            : `/oversight/${row.id}?year=${year}`
        }
        size="sm"
        fw={500}
        data-testid="row-name"
      >
        {row.name}
      </Anchor>
      {row.kind === 'committee' ? (
        <Text size="xs" c="dimmed">
          {t('oversight.cellsUnder', { count: row.figures.cells })}
        </Text>
      ) : null}
    </Stack>
  );
}

/**
 * A quarter's thematic meeting (seed 001: "ít nhất một quý phải tổ chức sinh hoạt chuyên đề 1 lần"): for a cell,
 * the meeting held (day, topic) or "Chưa sinh hoạt" once the quarter ended without one; for a committee, how many
 * of its cells held theirs and how many missed.
 */
export function QuarterCell({
  row,
  quarter,
  context,
}: {
  row: OversightRow;
  quarter: number;
  context: FigureContext;
}) {
  const { t } = useTranslation();
  const q = row.figures.quarters.find((x) => x.quarter === quarter);
  const period = context.quarters.find((x) => x.quarter === quarter);
  if (!q || !period) return <>—</>;
  if (row.kind === 'committee') {
    if (q.expected === 0) return <>—</>;
    return (
      <Stack gap={0} data-testid={`quarter-${quarter}`}>
        <Text size="sm">{t('oversight.heldOf', { held: q.held, expected: q.expected })}</Text>
        {q.missed > 0 ? (
          <Text size="xs" c="red.8" fw={500}>
            {t('oversight.missedCount', { count: q.missed })}
          </Text>
        ) : null}
      </Stack>
    );
  }
  if (q.expected === 0)
    return (
      <Text size="xs" c="dimmed" data-testid={`quarter-${quarter}`}>
        {t('oversight.notYetCreated')}
      </Text>
    );
  if (q.meeting)
    return (
      <Stack gap={0} data-testid={`quarter-${quarter}`}>
        <Anchor component={Link} to={`/meetings/${q.meeting.meetingId}`} size="sm">
          {formatDate(q.meeting.heldOn)}
        </Anchor>
        {q.meeting.topicTitle ? (
          <Text size="xs" c="dimmed" lineClamp={2} title={q.meeting.topicTitle}>
            {q.meeting.topicTitle}
          </Text>
        ) : null}
      </Stack>
    );
  if (q.held > 0) return <Text size="sm">{t('oversight.held')}</Text>;
  if (q.missed > 0)
    return (
      <Text size="sm" c="red.8" fw={600} data-testid={`quarter-${quarter}`}>
        {t('oversight.notHeld')}
      </Text>
    );
  return (
    <Text size="xs" c="dimmed" data-testid={`quarter-${quarter}`}>
      {context.today < period.startsOn ? '—' : t('oversight.inProgress')}
    </Text>
  );
}

/** Monthly regular meetings held in the months over, and their Hồ Chí Minh study (seed 002: at least 30 minutes). */
export function RegularCell({ figures, context }: { figures: OversightFigures; context: FigureContext }) {
  const { t } = useTranslation();
  const months = figures.months.slice(0, context.monthsEnded);
  const due = months.reduce((s, m) => s + m.expected, 0);
  const held = months.reduce((s, m) => s + m.cellsHeld, 0);
  const minutes = months.reduce((s, m) => s + m.studyMinutes, 0);
  const studied = months.reduce((s, m) => s + m.studyMeetings, 0);
  const short = months.reduce((s, m) => s + m.cellsBelowStudyMinimum, 0);
  if (due === 0) return <>—</>;
  return (
    <Stack gap={0}>
      <Text size="sm" c={held < due ? 'orange.8' : undefined}>
        {t('oversight.monthsHeld', { held, due })}
      </Text>
      {studied > 0 ? (
        <Text size="xs" c="dimmed">
          {t('oversight.studyAverage', { minutes: Math.round(minutes / studied) })}
        </Text>
      ) : null}
      {short > 0 ? (
        <Text size="xs" c="red.8">
          {t('oversight.studyShort', { count: short })}
        </Text>
      ) : null}
    </Stack>
  );
}

/** A cell's plan status and lateness; a committee's plans not started and late. */
export function PlanCell({ row }: { row: OversightRow }) {
  const { t } = useTranslation();
  const { plan } = row.figures;
  const late = plan.late > 0;
  if (row.kind === 'cell') {
    const status = plan.status ?? 'none';
    return (
      <Stack gap={2} align="flex-start">
        {status === 'none' ? (
          <Badge color="gray" variant="outline" tt="none">
            {t('committee.noPlan')}
          </Badge>
        ) : (
          <Badge color={PLAN_STATUS_COLORS[status]} variant="light" tt="none">
            {planStatusLabel(t, status)}
          </Badge>
        )}
        {late ? (
          <Text size="xs" c="red.8" fw={500}>
            {t('oversight.planLate')}
          </Text>
        ) : null}
      </Stack>
    );
  }
  const done = plan.counts.submitted + plan.counts.acknowledged;
  return (
    <Stack gap={0}>
      <Text size="sm">{t('oversight.plansSent', { count: done, cells: row.figures.cells })}</Text>
      {plan.counts.none > 0 ? (
        <Text size="xs" c="dimmed">
          {t('oversight.plansNone', { count: plan.counts.none })}
        </Text>
      ) : null}
      {late ? (
        <Text size="xs" c="red.8" fw={500}>
          {t('oversight.plansLate', { count: plan.late })}
        </Text>
      ) : null}
    </Stack>
  );
}

export function OverdueStepsCell({ row }: { row: OversightRow }) {
  const { t } = useTranslation();
  const { overdueSteps, cellsWithOverdueSteps } = row.figures;
  if (overdueSteps === 0) return <Text size="sm">0</Text>;
  return (
    <Stack gap={0}>
      <Text size="sm" c="red.8" fw={500} data-testid="overdue-steps">
        {overdueSteps}
      </Text>
      {row.kind === 'committee' ? (
        <Text size="xs" c="dimmed">
          {t('oversight.inCells', { count: cellsWithOverdueSteps })}
        </Text>
      ) : null}
    </Stack>
  );
}

/** Attendance of the held meetings: present over expected (the meetings' own statistics). */
export function AttendanceCell({ figures }: { figures: OversightFigures }) {
  const { rate } = figures.attendance;
  return (
    <Text size="sm" c={rate !== null && rate < 0.85 ? 'orange.8' : undefined}>
      {percent(rate)}
    </Text>
  );
}

export function TasksCell({ figures }: { figures: OversightFigures }) {
  const { t } = useTranslation();
  return (
    <Stack gap={0}>
      <Text size="sm">{t('oversight.tasksOpen', { count: figures.tasks.open })}</Text>
      {figures.tasks.overdue > 0 ? (
        <Text size="xs" c="red.8" fw={500}>
          {t('oversight.tasksOverdue', { count: figures.tasks.overdue })}
        </Text>
      ) : null}
    </Stack>
  );
}

/**
 * Period reports (seed 001: "Từng quý có báo cáo cụ thể"): the chosen quarter's, or the year's (quarters and the
 * annual one) — issued, issued late, missing after the due day.
 */
export function ReportsCell({ row, context }: { row: OversightRow; context: FigureContext }) {
  const { t } = useTranslation();
  const { reports } = row.figures;
  const list =
    context.quarter === null
      ? [...reports.quarters, reports.annual]
      : reports.quarters.filter((r) => r.quarter === context.quarter);
  const issued = list.reduce((s, r) => s + r.issued, 0);
  const late = list.reduce((s, r) => s + r.late, 0);
  const missing = list.reduce((s, r) => s + r.missing, 0);
  const due = context.quarter
    ? reports.quarters.find((r) => r.quarter === context.quarter)?.dueOn
    : undefined;
  return (
    <Stack gap={0}>
      <Text size="sm">{t('oversight.reportsIssued', { count: issued })}</Text>
      {missing > 0 ? (
        <Text size="xs" c="red.8" fw={500} data-testid="reports-missing">
          {t('oversight.reportsMissing', { count: missing })}
        </Text>
      ) : null}
      {late > 0 ? (
        <Text size="xs" c="orange.8">
          {t('oversight.reportsLate', { count: late })}
        </Text>
      ) : null}
      {due ? (
        <Text size="xs" c="dimmed">
          {t('oversight.reportDue', { date: formatDate(due) })}
        </Text>
      ) : null}
    </Stack>
  );
}

/** The quarters a table shows: the chosen one, or all four. */
export const shownQuarters = (quarter: Quarter | null): Quarter[] => (quarter ? [quarter] : [1, 2, 3, 4]);

export const quarterHeader = (t: Parameters<typeof quarterLabel>[0], quarter: number) =>
  quarterLabel(t, quarter);

const LEVEL_COLOR = { good: 'green', fair: 'blue', average: 'yellow', poor: 'red' } as const;
const LEVELS = ['good', 'fair', 'average', 'poor'] as const;

/**
 * The quality level of each shown quarter's thematic meeting (seed 004: "tiêu chí đánh giá chất lượng sinh hoạt
 * chi bộ"): for a cell, the level confirmed by the committee (a light badge while only proposed); for a committee,
 * how many of its cells reached each level.
 */
export function QualityCell({ row, context }: { row: OversightRow; context: FigureContext }) {
  const { t } = useTranslation();
  const items = shownQuarters(context.quarter).flatMap((quarter) => {
    const q = row.figures.quarters.find((x) => x.quarter === quarter);
    if (!q) return [];
    const prefix = context.quarter === null ? `${quarterLabel(t, quarter)}: ` : '';
    if (row.kind === 'cell') {
      if (!q.quality) return [];
      return [
        <Badge
          key={quarter}
          size="sm"
          color={LEVEL_COLOR[q.quality.level]}
          variant={q.quality.confirmed ? 'filled' : 'light'}
          title={q.quality.confirmed ? undefined : t('meeting.quality.status.proposed')}
        >
          {prefix}
          {t(`meeting.quality.levels.${q.quality.level}`)}
        </Badge>,
      ];
    }
    const counts = LEVELS.filter((l) => q.levels[l] > 0);
    if (counts.length === 0) return [];
    return [
      <Text key={quarter} size="xs">
        {prefix}
        {counts.map((l) => `${t(`meeting.quality.levels.${l}`)} ${q.levels[l]}`).join(', ')}
      </Text>,
    ];
  });
  if (items.length === 0)
    return (
      <Text size="sm" data-testid="quality-cell">
        —
      </Text>
    );
  return (
    <Stack gap={2} data-testid="quality-cell">
      {items}
    </Stack>
  );
}
