import type { Kysely } from 'kysely';
import type { DB } from '#db/schema.ts';
import { periodReport } from '#documents/report-documents.ts';
import type { Actor } from '#domain/authz/policy.ts';
import { todayInVietnam } from '#domain/dates/local-date.ts';
import { countTasks } from '#domain/follow-up/task-progress.ts';
import { findIssued, frozen } from '../../issuing/store.ts';
import { committeeReportDocumentFor } from '../committee-reports/index.ts';
import { cellTasks } from '../follow-up/index.ts';
import { meetingStats, minuteBook, periodAttendanceData } from '../meetings/index.ts';
import { findUnit } from '../orgs/index.ts';
import { findPlanOfCell, getPlanDetail } from '../plans/index.ts';
import { currentSecretary, letterhead } from './letterhead.ts';

type PlanTopics = Awaited<ReturnType<typeof getPlanDetail>>['topics'];

/** A unit's quarterly or annual report: a cell's (below), or a committee's on its subtree (committee-reports). */
export async function unitPeriodReportFor(
  db: Kysely<DB>,
  actor: Actor,
  unitId: string,
  year: number,
  quarter: number | null,
) {
  if ((await findUnit(db, unitId))?.kind === 'committee')
    return committeeReportDocumentFor(db, actor, unitId, year, quarter);
  return periodReportFor(db, actor, unitId, year, quarter);
}

/** A quarter's progress report (seed 001) or the year's report of a cell's thematic meetings. */
export async function periodReportFor(
  db: Kysely<DB>,
  actor: Actor,
  cellId: string,
  year: number,
  quarter: number | null,
) {
  const book = await minuteBook(db, actor, cellId, { year });
  const issued = await findIssued(db, cellId, { kind: 'period_report', year, quarter });
  if (issued) return frozen(issued);
  const plan = await findPlanOfCell(db, cellId, year);
  const detail = plan ? await getPlanDetail(db, actor, plan.id) : undefined;
  const inPeriod = (date: string) => quarter === null || Math.ceil(Number(date.slice(5, 7)) / 3) === quarter;
  // The report counts the thematic meetings (alone or combined with the regular one): a regular meeting has
  // no topic (seed 000 keeps them apart).
  const ended = book.meetings.filter(
    (m) => m.status === 'ended' && m.kind !== 'regular' && inPeriod(m.heldOn),
  );
  const [attendance, unit, secretaryName, stats, followUp] = await Promise.all([
    periodAttendanceData(
      db,
      ended.map((m) => m.id),
    ),
    letterhead(db, cellId),
    currentSecretary(db, cellId),
    quarter === null ? meetingStats(db, actor, cellId, year) : Promise.resolve({ members: [], exempt: [] }),
    cellTasks(db, actor, cellId, year),
  ]);
  const tasks = followUp.tasks.filter((t) => inPeriod(t.meeting.heldOn));
  return periodReport({
    ...unit,
    secretaryName,
    today: todayInVietnam(),
    year,
    quarter,
    topics: topicRows(detail?.topics ?? [], quarter),
    meetings: [...ended]
      .sort((a, b) => a.heldOn.localeCompare(b.heldOn))
      .map((m) => ({
        heldOn: m.heldOn,
        topicTitle: m.topicTitle,
        present: attendance.get(m.id)?.present ?? 0,
        expected: attendance.get(m.id)?.expected ?? 0,
        minutesNumber: m.minutesNumber,
      })),
    members: stats.members,
    exempt: stats.exempt,
    monthsWithoutRegular: book.monthsWithoutRegular.filter((month) => inPeriod(`${month}-01`)),
    tasks: {
      counts: countTasks(tasks),
      overdue: tasks
        .filter((t) => t.overdue)
        .map((t) => ({ title: t.title, owner: t.owner?.name ?? null, dueOn: t.dueOn })),
    },
  });
}

/** The plan's topics of the period with how far their five steps went. */
function topicRows(topics: PlanTopics, quarter: number | null) {
  return topics
    .filter((t) => quarter === null || t.quarter === quarter)
    .map((t) => ({
      quarter: t.quarter,
      title: t.title,
      preparers: t.preparers.map((p) => p.full_name),
      stepsDone: t.progress?.filter((p) => p.state === 'done').length ?? 0,
      overdue: (t.progress ?? []).filter((p) => p.state === 'overdue').map((p) => p.step),
      final: t.preparationStatus === 'final',
    }));
}
