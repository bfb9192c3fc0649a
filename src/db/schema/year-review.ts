// The year-end review of a cell's thematic meetings (migration 0024).

export interface YearReviewThresholdTable {
  org_id: string;
  /** JSON of ParticipationThresholds (src/domain/year-review/participation.ts). */
  thresholds: string;
  updated_by: string | null;
  updated_at: string;
}

export interface YearReviewTable {
  id: string;
  cell_id: string;
  year: number;
  strengths: string | null;
  limitations: string | null;
  direction: string | null;
  status: 'draft' | 'final';
  /** Frozen when finalised: the thresholds used (JSON) and both PartyDocuments (issued-document JSON). */
  thresholds: string | null;
  members_document: string | null;
  cell_document: string | null;
  finalised_by: string | null;
  finalised_at: string | null;
  updated_by: string | null;
  updated_at: string;
}

export interface YearReviewAssessmentTable {
  review_id: string;
  person_id: string;
  level: string;
  remark: string | null;
  reason: string | null;
  updated_by: string | null;
  updated_at: string;
}
