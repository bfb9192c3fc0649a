// The quality of meetings: committees' rubrics and meeting scores (migration 0021).

export interface QualityRubricTable {
  id: string;
  org_id: string;
  version: number;
  /** JSON of a Rubric (src/domain/quality/rubric.ts). */
  rubric: string;
  based_on_id: string | null;
  created_by: string | null;
  created_at: string;
}

export interface MeetingQualityTable {
  meeting_id: string;
  cell_id: string;
  /** The rubric version used; null when it was the default. */
  rubric_id: string | null;
  /** JSON snapshots: the rubric used, the facts read, the secretary's manual points, the scores. */
  rubric: string;
  facts: string;
  manual: string;
  note: string | null;
  proposed_score: string;
  proposed_level: string;
  proposed_by: string | null;
  proposed_at: string;
  adjustments: string | null;
  confirmed_score: string | null;
  confirmed_level: string | null;
  confirmed_by: string | null;
  confirmed_at: string | null;
  updated_at: string;
}
