/**
 * The oversight dashboard as it was computed before issue 20 rolled it up in SQL: every cell's facts brought to
 * JavaScript, judged one cell at a time by `cellFigures` (the rules as the seeds read) and added up by `rollUp`.
 * Kept as the oracle the SQL roll-up (features/oversight/store.ts) is compared with on random data.
 */
import type { Kysely } from 'kysely';
import type { DB } from '../../src/db/schema.ts';
import { type LocalDate, todayInVietnam } from '../../src/domain/dates/local-date.ts';
import {
  DEFAULT_REPORT_DEADLINES,
  type ReportDeadlinesOf,
} from '../../src/domain/documents/report-deadlines.ts';
import {
  type CellFacts,
  cellFigures,
  charts,
  type Figures,
  type MonthFacts,
  rollUp,
  type ThematicMeeting,
  yearQuarters,
} from '../../src/domain/oversight/figures.ts';
import { reportDeadlinesBelowCommittees } from '../../src/server/features/guidance/index.ts';
import { firstThematicMeetingsOfChildCells } from '../../src/server/features/meetings/index.ts';
import { getUnit, listOversightChildren } from '../../src/server/features/orgs/index.ts';
import { lastCommitteeReminders, overdueStepsByCell } from '../../src/server/features/plans/index.ts';
import { qualityLevelsUnder } from '../../src/server/features/quality/index.ts';
import {
  listCellsByChild,
  monthlyActivityUnder,
  openTasksDueUnder,
  periodReportsIssuedUnder,
  planFactsUnder,
  reviewsDueUnder,
} from './per-cell-readers.ts';

export async function oversightByCells(db: Kysely<DB>, committeeId: string, year: number) {
  const committee = await getUnit(db, committeeId);
  const today = todayInVietnam();
  const [children, cells, deadlinesBelow] = await Promise.all([
    listOversightChildren(db, committeeId),
    listCellsByChild(db, committeeId),
    // Each unit's report deadlines: the guidance of the nearest committee above it, else the defaults — judged
    // once per committee, a cell's being those below its parent.
    reportDeadlinesBelowCommittees(db, committeeId, [year]),
  ]);
  const parentOf = new Map(cells.map((c) => [c.cell_id, c.parent_id ?? committeeId] as const));
  const deadlinesOf: ReportDeadlinesOf = (cellId, y) =>
    deadlinesBelow(parentOf.get(cellId) ?? committeeId, y);
  // A cell counts only from its creation; one created after the year is not in that year's figures.
  const createdOn = new Map(cells.map((c) => [c.cell_id, todayInVietnam(new Date(c.created_at))] as const));
  const inYear = cells.filter((c) => (createdOn.get(c.cell_id) ?? '') <= `${year}-12-31`);
  const factsOf = await cellFactsUnder(db, committeeId, year, today, createdOn, deadlinesOf);
  // The cells grouped by the child they sit under in one pass (not a filter over every cell per child); each
  // child's cells are judged and added up in turn, so only one child's figures are held at a time (issue 20).
  const underChild = new Map<string, string[]>();
  for (const c of inYear) {
    const list = underChild.get(c.child_id) ?? [];
    list.push(c.cell_id);
    underChild.set(c.child_id, list);
  }
  const rows = children.map((child) => {
    const under = (underChild.get(child.id) ?? []).map((cellId) => {
      const f = factsOf(cellId);
      return f ? cellFigures(f, year, today) : undefined;
    });
    const figures =
      child.kind === 'cell' && under.length === 1 && under[0]
        ? under[0]
        : rollUp(
            under.filter((f): f is Figures => f !== undefined),
            year,
          );
    return { id: child.id, name: child.name, kind: child.kind as 'cell' | 'committee', figures };
  });
  const totals = rollUp(
    rows.map((r) => r.figures),
    year,
  );
  // The header's due days are those of the committee's own children (its guidance, or the one above it).
  const deadlines = children[0] ? deadlinesBelow(committeeId, year) : DEFAULT_REPORT_DEADLINES;
  return {
    committee: { id: committee.id, name: committee.name },
    year,
    today,
    quarters: yearQuarters(year, today, deadlines),
    annualReportDueOn: totals.reports.annual.dueOn,
    rows,
    totals,
    charts: charts(totals),
  };
}

/** Every fact of every cell under the committee, each feature asked once for the whole subtree. */
async function cellFactsUnder(
  db: Kysely<DB>,
  committeeId: string,
  year: number,
  today: LocalDate,
  createdOn: ReadonlyMap<string, LocalDate>,
  deadlinesOf: ReportDeadlinesOf,
): Promise<(cellId: string) => CellFacts | undefined> {
  // Meetings, attendance and open assignments come from the maintained summaries (db/activity-summaries.ts),
  // one statement each over the subtree; overdue assignments are counted there against today's date.
  const [activity, thematic, plans, overdue, tasks, reviews, reports, reminders, quality] = await Promise.all(
    [
      monthlyActivityUnder(db, committeeId, year),
      firstThematicMeetingsOfChildCells(db, committeeId, year),
      planFactsUnder(db, committeeId, year, createdOn),
      overdueStepsByCell(db, committeeId, year),
      openTasksDueUnder(db, committeeId, year, today),
      reviewsDueUnder(db, committeeId, year, today),
      periodReportsIssuedUnder(db, committeeId, year),
      lastCommitteeReminders(db, { under: committeeId }),
      qualityLevelsUnder(db, committeeId, year),
    ],
  );
  const months = new Map<string, Map<number, MonthFacts>>();
  const monthOf = (cellId: string, month: number) => {
    const byMonth = months.get(cellId) ?? new Map<number, MonthFacts>();
    months.set(cellId, byMonth);
    const f = byMonth.get(month) ?? {
      thematic: 0,
      regular: 0,
      studyMinutes: 0,
      studyMeetings: 0,
      studyShort: 0,
      present: 0,
      expected: 0,
    };
    byMonth.set(month, f);
    return f;
  };
  for (const m of activity) {
    const f = monthOf(m.cellId, m.month);
    f.thematic += m.thematic;
    f.regular += m.regular;
    f.studyMinutes += m.studyMinutes;
    f.studyMeetings += m.studyMeetings;
    f.studyShort += m.studyShort;
    f.present += m.present;
    f.expected += m.expected;
  }
  const firstMeetings = new Map<string, Map<number, ThematicMeeting>>();
  for (const t of thematic) {
    const byQuarter = firstMeetings.get(t.cellId) ?? new Map<number, ThematicMeeting>();
    byQuarter.set(t.quarter, { meetingId: t.meetingId, heldOn: t.heldOn, topicTitle: t.topicTitle });
    firstMeetings.set(t.cellId, byQuarter);
  }
  // Each cell's facts put together when asked for (the caller judges one child's cells at a time).
  return (cellId) => {
    const created = createdOn.get(cellId);
    if (created === undefined) return undefined;
    const reminder = reminders.get(cellId);
    const plan = plans.get(cellId);
    return {
      cellId,
      createdOn: created,
      months: months.get(cellId) ?? new Map(),
      thematic: firstMeetings.get(cellId) ?? new Map(),
      quality: quality.get(cellId) ?? {},
      plan: { status: plan?.status ?? null, deadline: plan?.deadline ?? null, late: plan?.late ?? false },
      overdueSteps: overdue.get(cellId) ?? 0,
      tasks: tasks.get(cellId) ?? { open: 0, overdue: 0 },
      reviewsDue: reviews.get(cellId) ?? 0,
      reports: reports.get(cellId) ?? { quarters: new Map(), annual: null },
      lastReminder: reminder
        ? { sentAt: reminder.sent_at, sentByName: reminder.sent_by_name, message: reminder.message }
        : null,
      deadlines: deadlinesOf(cellId, year),
    };
  };
}
