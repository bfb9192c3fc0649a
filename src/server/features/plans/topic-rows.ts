import type { Transaction } from 'kysely';
import { newId } from '#db/ids.ts';
import type { DB } from '#db/schema.ts';
import { PLAN_STEPS, type PlanStep, scheduleSteps } from '#domain/plans/plan-schedule.ts';
import type { TopicKind } from '#domain/plans/topic-groups.ts';
import { unitChain } from '../../authz/authorize.ts';
import { AppError } from '../../http/app-error.ts';
import { topicsInPreparation } from '../preparation/index.ts';
import { listModelIdsIn, listRegistrationIdsOfCell } from '../topics/index.ts';
import * as store from './store.ts';

type Trx = Transaction<DB>;

export interface TopicInput {
  id?: string | null;
  title: string;
  topicGroup?: string | null;
  kind: TopicKind;
  workContent?: string | null;
  quarter: number;
  preparerIds: string[];
  registrationId?: string | null;
  modelId?: string | null;
  /** The five steps in order; omitted, they are generated for the quarter (months 1, 1, 2, 2, 3). */
  steps?: { step: PlanStep; dueMonth: number; responsibleId?: string | null; note?: string | null }[];
}

/** What the topics of a plan may refer to: the cell's people, its registrations, the models it sees. */
interface References {
  people: Set<string>;
  registrations: Set<string>;
  models: Set<string>;
  existingTopics: Set<string>;
}

async function loadReferences(
  trx: Trx,
  plan: DB['plan'],
  topics: readonly TopicInput[],
): Promise<References> {
  const registrationIds = topics.flatMap((t) => (t.registrationId ? [t.registrationId] : []));
  const modelIds = topics.flatMap((t) => (t.modelId ? [t.modelId] : []));
  const chain = modelIds.length ? await unitChain(trx, plan.cell_id) : [];
  const [people, registrations, models, existingTopics] = await Promise.all([
    store.listAssignablePeople(trx, plan.cell_id),
    listRegistrationIdsOfCell(trx, registrationIds, plan.cell_id, plan.year),
    listModelIdsIn(trx, modelIds, chain),
    store.listTopicIds(trx, plan.id),
  ]);
  return {
    people: new Set(people.map((p) => p.id)),
    registrations: new Set(registrations),
    models: new Set(models),
    existingTopics: new Set(existingTopics),
  };
}

/** Validates references (people of the cell, the cell's registrations, visible models) and builds rows. */
export async function buildTopicRows(
  trx: Trx,
  plan: DB['plan'],
  topics: readonly TopicInput[],
): Promise<store.TopicRows[]> {
  const refs = await loadReferences(trx, plan, topics);
  const usedIds = new Set<string>();
  return topics.map((t, i) => {
    checkReferences(t, `topics.${i}`, refs);
    // An existing topic keeps its id (the library may point at it); a repeated or unknown id gets a new one.
    const topicId = t.id && refs.existingTopics.has(t.id) && !usedIds.has(t.id) ? t.id : newId();
    usedIds.add(topicId);
    return topicRows(t, i, topicId, plan.id, refs.people);
  });
}

function checkReferences(t: TopicInput, field: string, refs: References): void {
  const unknown = t.preparerIds.find((id) => !refs.people.has(id));
  if (unknown)
    throw new AppError('PLAN_PERSON_NOT_IN_CELL', { [`${field}.preparerIds`]: 'PLAN_PERSON_NOT_IN_CELL' });
  if (t.registrationId && !refs.registrations.has(t.registrationId)) {
    throw new AppError('REGISTRATION_NOT_FOUND_IN_CELL', {
      [`${field}.registrationId`]: 'REGISTRATION_NOT_FOUND_IN_CELL',
    });
  }
  if (t.modelId && !refs.models.has(t.modelId))
    throw new AppError('MODEL_NOT_VISIBLE', { [`${field}.modelId`]: 'MODEL_NOT_VISIBLE' });
}

function topicRows(
  t: TopicInput,
  i: number,
  topicId: string,
  planId: string,
  people: Set<string>,
): store.TopicRows {
  const field = `topics.${i}`;
  const steps = t.steps ?? scheduleSteps(t.quarter).map((s) => ({ ...s, responsibleId: null, note: null }));
  if (steps.length !== PLAN_STEPS.length || steps.some((s, k) => s.step !== PLAN_STEPS[k])) {
    throw new AppError('PLAN_STEPS_INVALID', { [`${field}.steps`]: 'PLAN_STEPS_INVALID' });
  }
  return {
    topic: {
      id: topicId,
      plan_id: planId,
      position: i + 1,
      title: t.title,
      topic_group: t.topicGroup ?? null,
      kind: t.kind,
      work_content: t.workContent ?? null,
      quarter: t.quarter,
      registration_id: t.registrationId ?? null,
      model_id: t.modelId ?? null,
      due_months: steps.map((s) => s.dueMonth).join(','),
    },
    preparerIds: [...new Set(t.preparerIds)],
    steps: steps.map((s, k) => {
      const responsibleId = s.responsibleId ?? null;
      if (responsibleId && !people.has(responsibleId)) {
        throw new AppError('PLAN_PERSON_NOT_IN_CELL', {
          [`${field}.steps.${k}.responsibleId`]: 'PLAN_PERSON_NOT_IN_CELL',
        });
      }
      return {
        id: newId(),
        topic_id: topicId,
        step: s.step,
        position: k + 1,
        due_month: s.dueMonth,
        // The preparer is responsible for the steps unless the plan names someone else.
        responsible_id: responsibleId ?? (k < 4 ? (t.preparerIds[0] ?? null) : null),
        note: s.note ?? null,
      };
    }),
  };
}

/** A topic whose preparation has begun stays in the plan: its drafts, comments and history hang off it. */
export async function refuseRemovingPrepared(trx: Trx, planId: string, rows: readonly store.TopicRows[]) {
  const kept = new Set(rows.map((r) => r.topic.id));
  const removed = (await store.listTopicIds(trx, planId)).filter((id) => !kept.has(id));
  if ((await topicsInPreparation(trx, removed)).length > 0) throw new AppError('PREP_TOPIC_IN_PREPARATION');
}
