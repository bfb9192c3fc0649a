import type { Kysely } from 'kysely';
import type { DB } from '#db/schema.ts';
import { todayInVietnam } from '#domain/dates/local-date.ts';
import { subjectKey } from '#domain/documents/issuing.ts';
import { owesPeriodReport } from '#domain/documents/report-deadlines.ts';
import {
  endedReportPeriods,
  type InboxItem,
  type InboxScope,
  inboxItem,
  unitsWhere,
} from '#domain/inbox/inbox.ts';
import { listIssuedSubjects, listUnreadReportsUnder } from '../../issuing/store.ts';
import { reportDeadlinesOf } from '../guidance/index.ts';
import { listUnitsByIds } from '../orgs/index.ts';

/**
 * The reports' to-dos of a person: for the secretary (or deputy) of a cell, each ended period with no report
 * issued, due on the day its guidance sets (seed 001: reports to the cell each quarter; domain/inbox
 * endedReportPeriods), only for the periods the cell owes (founded by the period's first day, as the dashboard
 * counts them: report-deadlines.ts owesPeriodReport); for a committee's officer, the reports the units directly below issued this year or last
 * that they have not opened and the committee has not received yet.
 */
export async function reportInboxItems(db: Kysely<DB>, scope: InboxScope): Promise<InboxItem[]> {
  const { personId, today } = scope;
  const cells = unitsWhere(scope, ['secretary', 'deputy']);
  const committees = unitsWhere(scope, ['officer']);
  const periods = endedReportPeriods(today);
  const subjects = periods.map((p) =>
    subjectKey({ kind: 'period_report', year: p.year, quarter: p.quarter }),
  );
  const year = Number(today.slice(0, 4));
  const [issued, unread, units, deadlines] = await Promise.all([
    listIssuedSubjects(db, cells, subjects),
    listUnreadReportsUnder(db, committees, personId, `${year - 1}-01-01`),
    listUnitsByIds(db, cells),
    reportDeadlinesOf(db, cells, [...new Set(periods.map((p) => p.year))]),
  ]);
  const items: InboxItem[] = [];
  const done = new Set(issued.map((i) => `${i.unit_id} ${i.subject}`));
  for (const cellId of cells) {
    const row = units.find((u) => u.id === cellId);
    const unit = { id: cellId, name: row?.name ?? '' };
    const createdOn = row ? todayInVietnam(new Date(row.created_at)) : today;
    // Each period is due on the day the guidance of its year sets for this cell (report-deadlines.ts).
    const due = endedReportPeriods(today, (y) => deadlines(cellId, y));
    for (const [i, p] of due.entries()) {
      if (done.has(`${cellId} ${subjects[i]}`)) continue;
      if (!owesPeriodReport(createdOn, p.year, p.quarter)) continue;
      items.push(
        inboxItem(today, {
          kind: 'report_to_issue',
          params: { year: p.year, quarter: p.quarter },
          unit,
          dueOn: p.dueOn,
          link: `/units/${cellId}?tab=meetings`,
        }),
      );
    }
  }
  for (const r of unread)
    items.push(
      inboxItem(today, {
        kind: 'report_unread',
        params: { title: r.title, number: r.number, issuedOn: r.issued_on },
        unit: { id: r.unit_id, name: r.unit_name },
        dueOn: null,
        link: `/units/${r.committee_id}?tab=received`,
      }),
    );
  return items;
}
