// Model meetings (migration 0025; seed 001: "sinh hoạt chuyên đề mẫu").

export interface ModelMeetingTable {
  id: string;
  meeting_id: string;
  /** The committee that designated it, strictly above the host cell. */
  committee_id: string;
  purpose: string;
  designated_by: string | null;
  designated_at: string;
  /** The lessons drawn after the meeting (rút kinh nghiệm). */
  lessons: string | null;
  lessons_by: string | null;
  lessons_at: string | null;
  /** The library entry the finished topic was published as, with the lessons. */
  model_id: string | null;
}

export interface ModelMeetingInvitationTable {
  model_meeting_id: string;
  /** An invited cell: its secretary is invited. */
  cell_id: string;
  invited_at: string;
}
