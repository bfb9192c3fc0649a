// Guidance of cells that struggle (migration 0017).

export interface CellSupportTable {
  id: string;
  cell_id: string;
  reason: string;
  assignee_id: string;
  started_on: string;
  marked_by: string | null;
  marked_at: string;
  ended_on: string | null;
  end_note: string | null;
  ended_by: string | null;
  updated_at: string;
}

export interface SupportEntryTable {
  id: string;
  support_id: string;
  kind: 'visit' | 'note';
  on_date: string;
  findings: string;
  advice: string | null;
  recorded_by: string | null;
  created_at: string;
}

/** Written and read by the preparation feature (the topic's side); the support feature only names it. */
export interface TopicCommitteeInvitationTable {
  id: string;
  topic_id: string;
  invited_by: string | null;
  invited_at: string;
  withdrawn_by: string | null;
  withdrawn_at: string | null;
}
