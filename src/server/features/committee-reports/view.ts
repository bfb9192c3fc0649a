import type { Kysely } from 'kysely';
import type { DB } from '#db/schema.ts';
import { documentNumber } from '#documents/party-document.ts';
import { type Actor, isAllowed } from '#domain/authz/policy.ts';
import { upwardReportMissing, upwardReportPeriod } from '#domain/committee-reports/upward-report.ts';
import { todayInVietnam } from '#domain/dates/local-date.ts';
import { mayIssuePeriodReport, periodReportOpensOn } from '#domain/documents/issuing.ts';
import { authorize } from '../../authz/authorize.ts';
import { findIssued } from '../../issuing/store.ts';
import { reportFigures } from './figures.ts';
import { requireCommittee } from './service-guards.ts';
import { findDraft } from './store.ts';

/**
 * A committee's report of a period as its screen shows it: the figures computed from the data (a row per
 * direct cell and per child committee, the totals), the officer's draft text, and the report once issued.
 */
export async function getCommitteeReport(
  db: Kysely<DB>,
  actor: Actor,
  committeeId: string,
  year: number,
  quarter: number | null,
) {
  const chain = await authorize(db, actor, 'upward_report.read', committeeId);
  const unit = await requireCommittee(db, committeeId);
  const [draft, issued, figures] = await Promise.all([
    findDraft(db, committeeId, upwardReportPeriod(year, quarter)),
    findIssued(db, committeeId, { kind: 'period_report', year, quarter }),
    reportFigures(db, actor, committeeId, year, quarter),
  ]);
  const texts = { assessment: draft?.assessment ?? null, recommendations: draft?.recommendations ?? null };
  const writer = isAllowed(actor, 'upward_report.write', chain);
  const due = mayIssuePeriodReport(year, quarter, todayInVietnam());
  return {
    committee: { id: unit.id, name: unit.name },
    year,
    quarter,
    ...figures,
    draft: { ...texts, updatedAt: draft?.updated_at ?? null },
    issued: issued
      ? {
          id: issued.id,
          number: issued.number,
          numberText: documentNumber(issued.number, 'BC', 'committee'),
          title: issued.title,
          issuedOn: issued.issued_on,
        }
      : null,
    opensOn: periodReportOpensOn(year, quarter),
    missing: upwardReportMissing(texts),
    mayEdit: writer && !issued,
    mayIssue: writer && !issued && due,
  };
}
