import type { Kysely } from 'kysely';
import { newId, nowIso } from '#db/ids.ts';
import type { DB } from '#db/schema.ts';
import { type Actor, isAllowed } from '#domain/authz/policy.ts';
import {
  DEFAULT_RUBRIC,
  effectiveRubric,
  isApplicable,
  type MeetingScore,
  QUALITY_CRITERIA,
  type QualityCriterion,
  type QualityFacts,
  type Rubric,
  rubricIssues,
  type ScoreInput,
  scoreMeeting,
} from '#domain/quality/rubric.ts';
import { recordAudit } from '../../audit/audit-log.ts';
import { authorize } from '../../authz/authorize.ts';
import { AppError } from '../../http/app-error.ts';
import { notify } from '../../notifications/notify.ts';
import { getMeeting } from '../meetings/index.ts';
import { getUnit } from '../orgs/index.ts';
import { factsOf } from './facts.ts';
import * as store from './store.ts';

type Q = Kysely<DB>;

export interface RubricInUse {
  /** `own`: the unit's own; `inherited`: its nearest committee's; `default`: the built-in practice. */
  source: 'own' | 'inherited' | 'default';
  id: string | null;
  orgId: string | null;
  orgName: string | null;
  version: number | null;
  rubric: Rubric;
}

function inUse(unitId: string, row: store.RubricRow | undefined): RubricInUse {
  if (!row)
    return { source: 'default', id: null, orgId: null, orgName: null, version: null, rubric: DEFAULT_RUBRIC };
  return {
    source: row.org_id === unitId ? 'own' : 'inherited',
    id: row.id,
    orgId: row.org_id,
    orgName: row.org_name,
    version: row.version,
    rubric: JSON.parse(row.rubric) as Rubric,
  };
}

/** The rubric a unit uses (its own, its nearest committee's, or the default) and the one above it. */
async function rubricsFor(db: Q, chain: readonly string[]) {
  const rows = await store.newestRubricsOf(db, chain);
  const versions = rows.map((r) => ({ ...r, orgId: r.org_id }));
  return {
    current: inUse(chain[0] ?? '', effectiveRubric(chain, versions)),
    parent: inUse(chain[1] ?? '', effectiveRubric(chain.slice(1), versions)),
  };
}

/** A unit's rubric as it reads it; a committee's officers may change it (and copy the one above). */
export async function getRubricOf(db: Q, actor: Actor, unitId: string) {
  const chain = await authorize(db, actor, 'org.read', unitId);
  const unit = await getUnit(db, unitId);
  const { current, parent } = await rubricsFor(db, chain);
  const canEdit = unit.kind === 'committee' && isAllowed(actor, 'quality.rubric_write', chain);
  return { unitId, current, parent: chain.length > 1 ? { ...parent, source: parent.source } : null, canEdit };
}

/**
 * A committee's officer saves its rubric: always a new version (seed 004, the committee's "tiêu chí"); scores
 * already given keep the version they used. `basedOnParent` records that it started as a copy of the parent's.
 */
export async function saveRubric(
  db: Q,
  actor: Actor,
  unitId: string,
  input: { rubric: Rubric; basedOnParent?: boolean },
) {
  return db.transaction().execute(async (trx) => {
    const chain = await authorize(trx, actor, 'quality.rubric_write', unitId);
    const unit = await getUnit(trx, unitId);
    if (unit.kind !== 'committee') throw new AppError('QUALITY_RUBRIC_NOT_COMMITTEE');
    const issues = rubricIssues(input.rubric);
    if (Object.keys(issues).length > 0) throw new AppError('VALIDATION_FAILED', issues);
    const { current, parent } = await rubricsFor(trx, chain);
    const row: DB['quality_rubric'] = {
      id: newId(),
      org_id: unitId,
      version: current.source === 'own' ? (current.version ?? 0) + 1 : 1,
      rubric: JSON.stringify({ points: input.rubric.points, thresholds: input.rubric.thresholds }),
      based_on_id: input.basedOnParent ? parent.id : null,
      created_by: actor.personId,
      created_at: nowIso(),
    };
    await store.insertRubric(trx, row);
    await recordAudit(trx, actor, {
      action: 'quality.rubric_save',
      entityType: 'quality_rubric',
      entityId: row.id,
      unitId,
      after: row,
    });
  });
}

type Adjustments = NonNullable<ScoreInput['adjustments']>;

function presentStored(row: DB['meeting_quality'], names: { proposedBy?: string; confirmedBy?: string }) {
  const proposed = JSON.parse(row.proposed_score) as MeetingScore;
  const confirmed = row.confirmed_score ? (JSON.parse(row.confirmed_score) as MeetingScore) : null;
  return {
    status: confirmed ? ('confirmed' as const) : ('proposed' as const),
    score: confirmed ?? proposed,
    proposed,
    manual: JSON.parse(row.manual) as Partial<Record<QualityCriterion, number>>,
    note: row.note,
    proposedByName: names.proposedBy ?? null,
    proposedAt: row.proposed_at,
    confirmedByName: names.confirmedBy ?? null,
    confirmedAt: row.confirmed_at,
  };
}

/**
 * A meeting's quality: once proposed, the frozen score (with the rubric it used); before, a preview from the
 * rubric in use and the record as it stands. Read by whoever reads the meeting.
 */
export async function getQuality(db: Q, actor: Actor, meetingId: string) {
  const meeting = await getMeeting(db, actor, meetingId);
  const chain = await authorize(db, actor, 'meeting.read', meeting.cellId);
  const stored = await store.findScore(db, meetingId);
  const ended = meeting.status === 'ended';
  const permissions = {
    propose: ended && !stored?.confirmed_at && isAllowed(actor, 'quality.propose', chain),
    confirm: Boolean(stored) && !stored?.confirmed_at && isAllowed(actor, 'quality.confirm', chain),
  };
  if (stored) {
    const rubric = await rubricLabel(db, stored);
    const [p, c] = await Promise.all([
      store.personName(db, stored.proposed_by),
      store.personName(db, stored.confirmed_by),
    ]);
    return {
      meetingId,
      ended,
      rubric,
      ...presentStored(stored, { proposedBy: p?.full_name, confirmedBy: c?.full_name }),
      permissions,
    };
  }
  const { current } = await rubricsFor(db, chain);
  const score = scoreMeeting(current.rubric, factsOf(meeting));
  return {
    meetingId,
    ended,
    rubric: label(current),
    status: 'none' as const,
    score,
    proposed: null,
    manual: {},
    note: null,
    proposedByName: null,
    proposedAt: null,
    confirmedByName: null,
    confirmedAt: null,
    permissions,
  };
}

const label = (r: RubricInUse) => ({
  source: r.source,
  orgName: r.orgName,
  version: r.version,
  thresholds: r.rubric.thresholds,
});

async function rubricLabel(db: Q, row: DB['meeting_quality']) {
  const rubric = JSON.parse(row.rubric) as Rubric;
  if (!row.rubric_id)
    return { source: 'default' as const, orgName: null, version: null, thresholds: rubric.thresholds };
  const r = await store.getRubricLabel(db, row.rubric_id);
  return {
    source: r.org_id === row.cell_id ? ('own' as const) : ('inherited' as const),
    orgName: r.name,
    version: r.version,
    thresholds: rubric.thresholds,
  };
}

function checkManual(manual: Partial<Record<QualityCriterion, number>>, rubric: Rubric, facts: QualityFacts) {
  for (const [criterion, points] of Object.entries(manual) as [QualityCriterion, number][]) {
    if (!isApplicable(criterion, facts.kind))
      throw new AppError('VALIDATION_FAILED', { [`manual.${criterion}`]: 'QUALITY_NOT_APPLICABLE' });
    if (points > rubric.points[criterion])
      throw new AppError('VALIDATION_FAILED', { [`manual.${criterion}`]: 'QUALITY_POINTS_OVER_MAX' });
  }
}

/**
 * The secretary (or deputy) proposes the score of an ended meeting (seed 001: the secretary's evaluation): the
 * automatic criteria from the record, the manual ones given, a note. The rubric in use is frozen with it; a
 * proposal may be made again until the committee confirms.
 */
export async function proposeScore(
  db: Q,
  actor: Actor,
  meetingId: string,
  input: { manual: Partial<Record<QualityCriterion, number>>; note?: string | null },
) {
  await db.transaction().execute(async (trx) => {
    const meeting = await getMeeting(trx, actor, meetingId);
    const chain = await authorize(trx, actor, 'quality.propose', meeting.cellId);
    if (meeting.status !== 'ended') throw new AppError('QUALITY_MEETING_NOT_ENDED');
    const existing = await store.findScore(trx, meetingId);
    if (existing?.confirmed_at) throw new AppError('QUALITY_ALREADY_CONFIRMED');
    // Frozen at the first proposal: a rubric changed since does not rescore this meeting.
    const frozen = existing
      ? { id: existing.rubric_id, rubric: JSON.parse(existing.rubric) as Rubric }
      : await rubricsFor(trx, chain).then(({ current }) => ({ id: current.id, rubric: current.rubric }));
    const facts = factsOf(meeting);
    checkManual(input.manual, frozen.rubric, facts);
    const manual = Object.fromEntries(
      Object.entries(input.manual).filter(([c]) => QUALITY_CRITERIA.includes(c as QualityCriterion)),
    );
    const score = scoreMeeting(frozen.rubric, facts, { manual });
    const now = nowIso();
    const row: DB['meeting_quality'] = {
      meeting_id: meetingId,
      cell_id: meeting.cellId,
      rubric_id: frozen.id,
      rubric: JSON.stringify(frozen.rubric),
      facts: JSON.stringify(facts),
      manual: JSON.stringify(manual),
      note: input.note?.normalize('NFC') ?? null,
      proposed_score: JSON.stringify(score),
      proposed_level: score.level,
      proposed_by: actor.personId,
      proposed_at: now,
      adjustments: null,
      confirmed_score: null,
      confirmed_level: null,
      confirmed_by: null,
      confirmed_at: null,
      updated_at: now,
    };
    if (existing) await store.updateScore(trx, meetingId, row);
    else await store.insertScore(trx, row);
    await recordAudit(trx, actor, {
      action: 'quality.propose',
      entityType: 'meeting_quality',
      entityId: meetingId,
      unitId: meeting.cellId,
      before: existing,
      after: row,
    });
    // The committee directly above confirms (seed 000: "cấp ủy cấp trên trực tiếp"): its officers are told.
    await notify(trx, {
      kind: 'quality_proposed',
      unitId: meeting.cellId,
      recipients: { committeeRoles: ['officer'] },
      exceptPersonId: actor.personId,
      params: { cell: meeting.cellName, heldOn: meeting.heldOn, points: score.total, level: score.level },
      link: `/meetings/${meetingId}`,
    });
  });
}

/**
 * The committee directly above confirms the proposed score, or adjusts criteria, each change with its reason
 * (seed 000: "cấp trên trực tiếp"). Scored with the frozen rubric and facts; once confirmed it does not change.
 */
export async function confirmScore(
  db: Q,
  actor: Actor,
  meetingId: string,
  input: { adjustments: { criterion: QualityCriterion; points: number; reason: string }[] },
) {
  await db.transaction().execute(async (trx) => {
    const meeting = await getMeeting(trx, actor, meetingId);
    const chain = await authorize(trx, actor, 'quality.confirm', meeting.cellId);
    const existing = await store.findScore(trx, meetingId);
    if (!existing) throw new AppError('QUALITY_NOT_PROPOSED');
    if (existing.confirmed_at) throw new AppError('QUALITY_ALREADY_CONFIRMED');
    const rubric = JSON.parse(existing.rubric) as Rubric;
    const facts = JSON.parse(existing.facts) as QualityFacts;
    const manual = JSON.parse(existing.manual) as Partial<Record<QualityCriterion, number>>;
    const adjustments: Adjustments = {};
    input.adjustments.forEach((a, i) => {
      if (!isApplicable(a.criterion, facts.kind))
        throw new AppError('VALIDATION_FAILED', { [`adjustments.${i}.criterion`]: 'QUALITY_NOT_APPLICABLE' });
      if (a.points > rubric.points[a.criterion])
        throw new AppError('VALIDATION_FAILED', { [`adjustments.${i}.points`]: 'QUALITY_POINTS_OVER_MAX' });
      adjustments[a.criterion] = { points: a.points, reason: a.reason.normalize('NFC') };
    });
    const score = scoreMeeting(rubric, facts, { manual, adjustments });
    const patch: Partial<DB['meeting_quality']> = {
      adjustments: JSON.stringify(adjustments),
      confirmed_score: JSON.stringify(score),
      confirmed_level: score.level,
      confirmed_by: actor.personId,
      confirmed_at: nowIso(),
      updated_at: nowIso(),
    };
    await store.updateScore(trx, meetingId, patch);
    await recordAudit(trx, actor, {
      action: 'quality.confirm',
      entityType: 'meeting_quality',
      entityId: meetingId,
      unitId: meeting.cellId,
      before: existing,
      after: patch,
    });
    // The secretary (and whoever proposed it) learns the outcome; an adjustment carries its reasons.
    const committee = await getUnit(trx, chain[1] ?? meeting.cellId);
    const reasons = input.adjustments.map((a) => `${a.reason.normalize('NFC')}`).join('; ');
    await notify(trx, {
      kind: input.adjustments.length > 0 ? 'quality_adjusted' : 'quality_confirmed',
      unitId: meeting.cellId,
      recipients: { personIds: existing.proposed_by ? [existing.proposed_by] : [], roles: ['secretary'] },
      exceptPersonId: actor.personId,
      params: {
        committee: committee.name,
        heldOn: meeting.heldOn,
        points: score.total,
        level: score.level,
        ...(reasons ? { reasons } : {}),
      },
      link: `/meetings/${meetingId}`,
    });
  });
}
