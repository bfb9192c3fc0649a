import type { Kysely } from 'kysely';
import type { DB } from '#db/schema.ts';
import { committeeReportDocument } from '#documents/committee-report-document.ts';
import type { PartyDocument } from '#documents/party-document.ts';
import type { Actor } from '#domain/authz/policy.ts';
import { formText, KIND_TEXT } from '#domain/commendations/commendations.ts';
import { upwardReportPeriod } from '#domain/committee-reports/upward-report.ts';
import { todayInVietnam } from '#domain/dates/local-date.ts';
import { authorize } from '../../authz/authorize.ts';
import { findIssued, frozen } from '../../issuing/store.ts';
import { commendationSubjectText, listCommendationsUnder } from '../commendations/index.ts';
import { committeeSignatureAt } from '../numbering/index.ts';
import { letterheadData } from '../orgs/index.ts';
import { reportFigures } from './figures.ts';
import { requireCommittee } from './service-guards.ts';
import { type Draft, findDraft } from './store.ts';

/** The report as it stands today: the figures from the data, the officer's text of the draft. */
export async function buildCommitteeReport(
  db: Kysely<DB>,
  actor: Actor,
  committeeId: string,
  year: number,
  quarter: number | null,
  draft: Draft | undefined,
): Promise<PartyDocument> {
  // Signed by the committee's signer as set today: the report is frozen with it when issued.
  const [unit, figures, commendations, signer] = await Promise.all([
    letterheadData(db, committeeId),
    reportFigures(db, actor, committeeId, year, quarter),
    quarter === null ? listCommendationsUnder(db, committeeId, { year }) : [],
    committeeSignatureAt(db, committeeId),
  ]);
  return committeeReportDocument({
    committee: unit.cell,
    parent: unit.parent,
    today: todayInVietnam(),
    year,
    quarter,
    ...figures,
    assessment: draft?.assessment ?? null,
    recommendations: draft?.recommendations ?? null,
    commendations: commendations.map((c) => ({
      subject: commendationSubjectText(c),
      kindText: KIND_TEXT[c.kind],
      formText: formText(c.form, c.form_other),
      reason: c.reason,
      decisionNumber: c.decision_number,
      decisionDate: c.decision_date,
      committeeName: c.committee_name,
    })),
    signer,
  });
}

/** The preview of a committee's report (`GET /orgs/{id}/report/document`): the draft, or the report as issued. */
export async function committeeReportDocumentFor(
  db: Kysely<DB>,
  actor: Actor,
  committeeId: string,
  year: number,
  quarter: number | null,
): Promise<PartyDocument> {
  await authorize(db, actor, 'upward_report.read', committeeId);
  await requireCommittee(db, committeeId);
  const issued = await findIssued(db, committeeId, { kind: 'period_report', year, quarter });
  if (issued) return frozen(issued);
  const draft = await findDraft(db, committeeId, upwardReportPeriod(year, quarter));
  return buildCommitteeReport(db, actor, committeeId, year, quarter, draft);
}
