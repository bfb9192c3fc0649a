// The plan editor's working copy: what the form holds, how it comes from the server's Plan and goes back
// as a PlanRequest. The rule checks and the step schedule are the server's own pure domain functions.
import type { UseFormReturnType } from '@mantine/form';
import { checkPlan, type PlanCheckResult } from '#domain/plans/plan-checks.ts';
import { PLAN_STEPS, scheduleSteps } from '#domain/plans/plan-schedule.ts';
import type { Plan, PlanRequest, PlanStep, TopicKind } from '../../api/models.ts';
import { collator } from '../../lib/format.ts';

export interface DraftStep {
  step: PlanStep;
  dueMonth: number;
  /** Empty: the server names the topic's first preparer (steps 1–4) or nobody (the meeting). */
  responsibleId: string;
  note: string;
}

export interface DraftTopic {
  /** A stable React key for the list item. */
  key: string;
  id: string | null;
  title: string;
  topicGroup: string;
  kind: TopicKind;
  workContent: string;
  quarter: number;
  preparerIds: string[];
  registrationId: string | null;
  modelId: string | null;
  steps: DraftStep[];
}

export interface DraftPlan {
  legalBases: string[];
  purpose: string;
  requirements: string;
  organisation: string;
  topics: DraftTopic[];
}

/** The editor's form, handed to each of its sections. */
export type PlanForm = UseFormReturnType<DraftPlan>;

/**
 * Who can be named as preparer or responsible, by name: the plan's people, plus anyone the saved plan
 * names who has since left that list.
 */
export function namedPeople(plan: Plan): { value: string; label: string }[] {
  const peopleById = new Map(plan.people.map((p) => [p.id, p.fullName]));
  for (const topic of plan.topics) {
    for (const p of topic.preparers) if (!peopleById.has(p.id)) peopleById.set(p.id, p.fullName);
    for (const s of topic.steps)
      if (s.responsibleId && !peopleById.has(s.responsibleId))
        peopleById.set(s.responsibleId, s.responsibleName ?? s.responsibleId);
  }
  return [...peopleById]
    .map(([id, fullName]) => ({ value: id, label: fullName }))
    .sort((a, b) => collator.compare(a.label, b.label));
}

let keySeed = 0;
export function newKey(): string {
  keySeed += 1;
  return `topic-${keySeed}`;
}

/** The five steps of a topic in its quarter, at seed 000's months 1, 1, 2, 2, 3 of the quarter. */
export function defaultSteps(quarter: number): DraftStep[] {
  return scheduleSteps(quarter).map((s) => ({ ...s, responsibleId: '', note: '' }));
}

export function toDraft(plan: Plan): DraftPlan {
  return {
    legalBases: [...plan.legalBases],
    purpose: plan.purpose ?? '',
    requirements: plan.requirements ?? '',
    organisation: plan.organisation ?? '',
    topics: plan.topics.map((t) => ({
      key: newKey(),
      id: t.id,
      title: t.title,
      topicGroup: t.topicGroup ?? '',
      kind: t.kind,
      workContent: t.workContent ?? '',
      quarter: t.quarter,
      preparerIds: t.preparers.map((p) => p.id),
      registrationId: t.registrationId,
      modelId: t.modelId,
      steps:
        t.steps.length === PLAN_STEPS.length
          ? t.steps.map((s) => ({
              step: s.step,
              dueMonth: s.dueMonth,
              responsibleId: s.responsibleId ?? '',
              note: s.note ?? '',
            }))
          : defaultSteps(t.quarter),
    })),
  };
}

export function newTopic(
  fields: Partial<Omit<DraftTopic, 'key' | 'steps'>> & { quarter: number },
): DraftTopic {
  const topic: DraftTopic = {
    id: null,
    title: '',
    topicGroup: '',
    kind: 'other',
    workContent: '',
    preparerIds: [],
    registrationId: null,
    modelId: null,
    ...fields,
    key: newKey(),
    steps: defaultSteps(fields.quarter),
  };
  // Steps 1–4 go to the first preparer from the start, as the server would name them.
  const preparers = topic.preparerIds;
  return preparers.length
    ? { ...topic, steps: followPreparer({ ...topic, preparerIds: [] }, preparers) }
    : topic;
}

/** A topic moved to another quarter keeps its timing inside the quarter: every month moves with it. */
export function moveToQuarter(topic: DraftTopic, quarter: number): DraftStep[] {
  const shift = (quarter - topic.quarter) * 3;
  return topic.steps.map((s) => ({ ...s, dueMonth: Math.min(12, Math.max(1, s.dueMonth + shift)) }));
}

/**
 * Steps that followed the old first preparer follow the new one; steps given to someone else stay theirs.
 */
export function followPreparer(topic: DraftTopic, preparerIds: string[]): DraftStep[] {
  const before = topic.preparerIds[0] ?? '';
  const after = preparerIds[0] ?? '';
  if (before === after) return topic.steps;
  return topic.steps.map((s, k) =>
    k < 4 && (s.responsibleId === before || s.responsibleId === '') ? { ...s, responsibleId: after } : s,
  );
}

/** The first quarter with no topic yet, to place a newly added one; else the last quarter. */
export function freeQuarter(topics: readonly DraftTopic[]): number {
  for (let q = 1; q <= 4; q++) if (!topics.some((t) => t.quarter === q)) return q;
  return 4;
}

const trimmed = (value: string) => {
  const v = value.trim();
  return v === '' ? undefined : v;
};

/**
 * The request for PUT /plans/{id}. Topics go in quarter order (stable), which becomes their position;
 * `order[i]` is the editor's index of the i-th topic sent, to put the server's field errors back in place.
 */
export function toRequest(draft: DraftPlan): { body: PlanRequest; order: number[] } {
  const order = draft.topics
    .map((topic, index) => ({ topic, index }))
    .sort((a, b) => a.topic.quarter - b.topic.quarter || a.index - b.index)
    .map((entry) => entry.index);
  return {
    order,
    body: {
      legalBases: draft.legalBases.map((b) => b.trim()).filter((b) => b !== ''),
      purpose: trimmed(draft.purpose),
      requirements: trimmed(draft.requirements),
      organisation: trimmed(draft.organisation),
      topics: order.map((index) => {
        const t = draft.topics[index] as DraftTopic;
        return {
          id: t.id,
          title: t.title.trim(),
          topicGroup: trimmed(t.topicGroup),
          kind: t.kind,
          workContent: trimmed(t.workContent),
          quarter: t.quarter,
          preparerIds: t.preparerIds,
          registrationId: t.registrationId,
          modelId: t.modelId,
          steps: t.steps.map((s) => ({
            step: s.step,
            dueMonth: s.dueMonth,
            responsibleId: s.responsibleId || null,
            note: trimmed(s.note),
          })),
        };
      }),
    },
  };
}

/**
 * The server names fields by the position it received ('topics.2.title'); the editor may hold the
 * topics in another order. Legal bases are sent without the empty lines, so their errors go on the list.
 */
export function remapFieldErrors(fields: Record<string, string>, order: readonly number[]) {
  const result: Record<string, string> = {};
  for (const [key, message] of Object.entries(fields)) {
    const match = /^topics\.(\d+)(\..*)?$/.exec(key);
    if (match) {
      const index = order[Number(match[1])];
      result[index === undefined ? 'topics' : `topics.${index}${match[2] ?? ''}`] = message;
    } else if (key.startsWith('legalBases.')) {
      result.legalBases = message;
    } else {
      result[key] = message;
    }
  }
  return result;
}

/** The same rule checks the server runs, on what the editor holds now. */
export function liveChecks(draft: DraftPlan): PlanCheckResult {
  return checkPlan({
    legalBases: draft.legalBases.filter((b) => b.trim() !== ''),
    topics: draft.topics.map((t) => ({
      quarter: t.quarter,
      preparerIds: t.preparerIds,
      steps: t.steps.map((s) => ({ step: s.step, dueMonth: s.dueMonth })),
    })),
  });
}
