// Commendations (migration 0023).

export interface CommendationTable {
  id: string;
  committee_id: string;
  subject_kind: 'unit' | 'person' | 'topic';
  unit_id: string;
  person_id: string | null;
  topic_id: string | null;
  kind: 'praise' | 'reward';
  form: 'certificate' | 'conference' | 'letter' | 'other';
  form_other: string | null;
  reason: string;
  decision_number: string;
  decision_date: string;
  year: number;
  created_by: string | null;
  created_at: string;
  updated_at: string;
}
