import { draftRound } from '#domain/preparation/draft-status.ts';
import type { DraftAction, TopicPreparation } from '../../api/models.ts';

/** Why a lifecycle button is not available yet: an i18n key and its values. */
export interface Hold {
  key: string;
  values?: Record<string, string | number>;
}

/**
 * Submitting and issuing send the saved text on, so they wait for it: no unsaved edits, a saved version of the
 * round the topic is in (the server's PREP_DRAFT_MISSING / PREP_FINAL_TEXT_MISSING), and for draft 2 every
 * comment answered (PREP_DISPOSITIONS_PENDING). The page says which, instead of a refusal after the click.
 */
export function heldBack(prep: TopicPreparation, action: DraftAction, dirty: boolean): Hold | null {
  if (action !== 'submit' && action !== 'finalise') return null;
  if (dirty) return { key: 'draftActions.saveFirst' };
  const round = draftRound(prep.status);
  const latest = prep.versions.filter((v) => v.kind === 'draft').at(-1);
  if (latest?.round !== round) return { key: `draftActions.nothingSaved.${round}` };
  const pending = prep.dispositionSummary.pending;
  if (action === 'submit' && round === 'draft2' && pending > 0)
    return { key: 'draftActions.dispositionsPending', values: { count: pending } };
  return null;
}
