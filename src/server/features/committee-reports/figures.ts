import type { Kysely } from 'kysely';
import type { DB } from '#db/schema.ts';
import type { Actor } from '#domain/authz/policy.ts';
import {
  periodFigures,
  periodMeetings,
  periodMissedQuarters,
} from '#domain/committee-reports/upward-report.ts';
import { listIssuedOfUnits } from '../../issuing/store.ts';
import { getOversight } from '../oversight/index.ts';

/**
 * The figures of a committee's report, for its period: a row per direct cell, a row per child committee (its
 * cells rolled up) and the totals over the subtree — all the oversight aggregation's (oversight feature), of
 * which the report takes the period's slice (upward-report.ts). The only lookup of its own is which of those
 * children issued their report of the period, to cite its number ("the report received upward").
 */
export async function reportFigures(
  db: Kysely<DB>,
  actor: Actor,
  committeeId: string,
  year: number,
  quarter: number | null,
) {
  const oversight = await getOversight(db, actor, committeeId, year);
  const issued = await listIssuedOfUnits(
    db,
    oversight.rows.map((r) => r.id),
    { kind: 'period_report', year, quarter },
  );
  const issuedBy = new Map(issued.map((i) => [i.unit_id, i]));
  const cells = oversight.rows
    .filter((r) => r.kind === 'cell')
    .map((r) => {
      const f = periodFigures(r.figures, quarter);
      const report = issuedBy.get(r.id);
      return {
        id: r.id,
        name: r.name,
        meetings: periodMeetings(r.figures, quarter),
        missedQuarters: periodMissedQuarters(r.figures, quarter),
        attendanceRate: f.attendanceRate,
        tasks: f.tasks,
        report: {
          number: report?.number ?? null,
          issuedOn: report?.issued_on ?? null,
          late: f.reports.late > 0,
        },
      };
    });
  const committees = oversight.rows
    .filter((r) => r.kind === 'committee')
    .map((r) => {
      const report = issuedBy.get(r.id);
      return {
        id: r.id,
        name: r.name,
        ...periodFigures(r.figures, quarter),
        upwardReport: report ? { number: report.number, issuedOn: report.issued_on } : null,
      };
    });
  return {
    endedQuarters: oversight.quarters.filter((q) => q.ended).map((q) => q.quarter),
    cells,
    committees,
    totals: periodFigures(oversight.totals, quarter),
  };
}
