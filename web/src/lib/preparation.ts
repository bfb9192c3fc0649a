// Labels and small helpers of topic preparation, shared by the topic screens.

import type {
  Disposition,
  DraftRound,
  DraftStatus,
  TopicPreparation,
  TopicVersionSummary,
} from '../api/models.ts';
import type { TFunction } from '../i18n/runtime.ts';

export const DRAFT_STATUS_COLORS: Record<DraftStatus, string> = {
  draft1_writing: 'gray',
  draft1_submitted: 'yellow',
  draft1_refused: 'red',
  draft1_approved: 'blue',
  distributed: 'blue',
  comments_closed: 'cyan',
  draft2_writing: 'gray',
  draft2_submitted: 'yellow',
  draft2_refused: 'red',
  draft2_approved: 'green',
  presented: 'teal',
  resolution_completed: 'yellow',
  resolution_approved: 'green',
  final: 'green',
};

export const draftStatusLabel = (t: TFunction, status: string) =>
  t(`draftStatuses.${status}`, { defaultValue: status });
export const draftActionLabel = (t: TFunction, action: string) =>
  t(`draftActions.${action}`, { defaultValue: action });
export const draftEventLabel = (t: TFunction, action: string) =>
  t(`draftActions.events.${action}`, { defaultValue: action });

/**
 * The words of a step: a resolution topic's steps after its meeting are the cell committee's final approval
 * and the secretary's issue (seeds 001, 003), not a draft's approval or the finished text's issue.
 */
export function draftActionKey(
  prep: Pick<TopicPreparation, 'status' | 'topic'>,
  action: string,
  from: string = prep.status,
): string {
  if (prep.topic.kind !== 'resolution') return action;
  if (action === 'finalise') return 'completeResolution';
  if (from === 'resolution_completed' && (action === 'approve' || action === 'refuse'))
    return `${action}Resolution`;
  return action;
}
export const dispositionLabel = (t: TFunction, disposition: Disposition) => t(`dispositions.${disposition}`);

/** 'Dự thảo lần 1', 'Dự thảo lần 2', 'Bản hoàn chỉnh'. */
export const roundLabel = (t: TFunction, round: DraftRound | null) => t(`topic.rounds.${round ?? 'draft1'}`);

/** 'Đề cương, bản 1', 'Dự thảo lần 2, bản 4'. */
export function versionLabel(t: TFunction, v: Pick<TopicVersionSummary, 'kind' | 'round' | 'number'>) {
  const what = v.kind === 'outline' ? t('topic.outline') : roundLabel(t, v.round);
  return t('topic.versions.label', { what, number: v.number });
}

/** The latest saved version of a kind: the base a save starts from (null when there is none). */
export function latestVersionId(prep: TopicPreparation, kind: 'outline' | 'draft'): string | null {
  return prep.versions.filter((v) => v.kind === kind).at(-1)?.id ?? null;
}

/** '850 KB', '2,4 MB'. */
export function formatBytes(bytes: number, locale: string): string {
  const format = (value: number, digits: number) =>
    new Intl.NumberFormat(locale === 'en' ? 'en-GB' : 'vi-VN', { maximumFractionDigits: digits }).format(
      value,
    );
  if (bytes < 1024 * 1024) return `${format(Math.max(1, Math.round(bytes / 1024)), 0)} KB`;
  return `${format(bytes / (1024 * 1024), 1)} MB`;
}
