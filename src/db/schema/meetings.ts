// Meetings: the record, Hồ Chí Minh study commitments, agenda, attendance, guests, speeches, tasks, votes,
// minutes.
import type { AgendaItemKind, AgendaPart, MeetingKind, PartOrder } from '../../domain/meetings/agenda.ts';
import type { AttendanceState } from '../../domain/meetings/attendance.ts';
import type { MeetingStatus } from '../../domain/meetings/meeting-status.ts';
import type { PersonTable } from './organisation.ts';

export interface MeetingTable {
  id: string;
  cell_id: string;
  /** The plan topic the thematic part is about. */
  topic_id: string | null;
  kind: MeetingKind;
  part_order: PartOrder;
  held_on: string;
  /** Local time 'HH:MM'. */
  starts_at: string;
  place: string;
  status: MeetingStatus;
  chair_id: string | null;
  minute_taker_id: string | null;
  notice_sent_at: string | null;
  /** The notice's number ("Số 05-TB/CB"), given when it is sent. */
  notice_number: number | null;
  started_at: string | null;
  ended_at: string | null;
  conclusion: string | null;
  /** Minutes the Hồ Chí Minh study took, recorded when the meeting ends (seed 002: at least 30). */
  study_minutes: number | null;
  /** A meeting held on paper and entered afterwards: the members present by its signed minutes. */
  paper_present: number | null;
  created_by: string | null;
  created_at: string;
  updated_at: string;
}

/** What the cell chose to put into practice after its Hồ Chí Minh study (seed 002), until achieved. */
export interface PracticeCommitmentTable {
  id: string;
  cell_id: string;
  meeting_id: string;
  text: string;
  owner_id: string | null;
  closed_at: string | null;
  closed_meeting_id: string | null;
  created_by: string | null;
  created_at: string;
}

/** A later meeting's evaluation of a commitment ("tháng kế tiếp đánh giá", seed 002). */
export interface PracticeReviewTable {
  id: string;
  commitment_id: string;
  meeting_id: string;
  note: string;
  achieved: number;
  created_by: string | null;
  created_at: string;
}

/** The signed minutes (scan or photo) of a meeting held on paper, entered afterwards. */
export interface MeetingPaperMinutesTable {
  meeting_id: string;
  file_name: string;
  content_type: string;
  size_bytes: number;
  content: Uint8Array;
  uploaded_by: string | null;
  created_at: string;
}

export interface MeetingAgendaItemTable {
  id: string;
  meeting_id: string;
  position: number;
  part: AgendaPart;
  kind: AgendaItemKind;
  title: string | null;
  planned_minutes: number;
  started_at: string | null;
  ended_at: string | null;
}

export interface MeetingAttendanceTable {
  meeting_id: string;
  person_id: string;
  member_status: PersonTable['status'];
  state: AttendanceState | null;
  reason: string | null;
  late: number;
  suspended: number;
  updated_at: string;
}

export interface MeetingGuestTable {
  id: string;
  meeting_id: string;
  /** A delegate of a higher committee, or non-member staff of an agency's unit. */
  kind: 'delegate' | 'staff';
  full_name: string;
  title: string | null;
  unit_name: string | null;
  created_at: string;
  /** A delegate who registered themself from the committee's calendar (null for a guest typed in). */
  person_id: string | null;
  /** The committee the registered delegate comes from. */
  unit_id: string | null;
  /** Marked present at the console: 1 for a guest typed in, 0 for a registration until marked. */
  present: number;
}

export interface MeetingSpeechTable {
  id: string;
  meeting_id: string;
  person_id: string | null;
  guest_id: string | null;
  status: 'requested' | 'speaking' | 'done' | 'withdrawn';
  position: number;
  requested_at: string;
  started_at: string | null;
  ended_at: string | null;
  note: string | null;
  updated_at: string;
}

export interface MeetingTaskTable {
  id: string;
  meeting_id: string;
  title: string;
  /** Null for a collective task (the whole cell). */
  owner_id: string | null;
  due_on: string | null;
  created_at: string;
  /** The adopted resolution decision this task was made from (resolution_decision); null for any other. */
  decision_id: string | null;
}

export interface MeetingVoteTable {
  id: string;
  meeting_id: string;
  subject: string;
  mode: 'count' | 'named';
  votes_for: number;
  votes_against: number;
  votes_abstain: number;
  base: number;
  needed: number;
  passed: number;
  basis_json: string;
  created_at: string;
  /** The resolution decision voted on (resolution_decision); null for a vote on anything else. */
  decision_id: string | null;
}

export interface MeetingBallotTable {
  vote_id: string;
  person_id: string;
  choice: 'for' | 'against' | 'abstain';
}

export interface MinutesTable {
  meeting_id: string;
  text: string;
  chair_signed_at: string | null;
  chair_signed_by: string | null;
  taker_signed_at: string | null;
  taker_signed_by: string | null;
  text_hash: string | null;
  locked_at: string | null;
  number: number | null;
  created_at: string;
  updated_at: string;
}

export interface MinutesAddendumTable {
  id: string;
  meeting_id: string;
  text: string;
  text_hash: string;
  added_by: string | null;
  added_at: string;
}
