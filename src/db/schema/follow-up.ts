// What meetings set in motion: task reports, resolution reviews, issued reports, the evaluation.

/** One check of a meeting's assignment: appended, never rewritten (domain/follow-up/task-progress.ts). */
export interface TaskReportTable {
  id: string;
  task_id: string;
  status: 'in_progress' | 'done' | 'not_done';
  note: string | null;
  reported_on: string;
  reported_by: string | null;
  created_at: string;
  /** The meeting whose chair checked it there (seed 002), one per task and meeting; none for other reports. */
  meeting_id: string | null;
}

/** An interim (sơ kết) or final (tổng kết) review of a resolution topic (domain/follow-up/review.ts). */
export interface ResolutionReviewTable {
  id: string;
  topic_id: string;
  kind: 'interim' | 'final';
  due_on: string;
  results: string | null;
  shortcomings: string | null;
  lessons: string | null;
  next_steps: string | null;
  /** The BC number given when it is issued. */
  number: number | null;
  issued_at: string | null;
  issued_on: string | null;
  issued_by: string | null;
  created_by: string | null;
  created_at: string;
  updated_at: string;
}

/** A report as the cell issued it: numbered, and the document frozen as signed (domain/documents/issuing.ts). */
export interface IssuedDocumentTable {
  id: string;
  unit_id: string;
  /** What it reports on, issued once: "meeting_report:…", "period_report:2026-Q3", "review:…". */
  subject: string;
  /** The number's kind: "BC". */
  kind: string;
  number: number;
  title: string;
  /** The PartyDocument with its number and date, rendered again on every download. */
  document_json: string;
  issued_on: string;
  issued_at: string;
  issued_by: string | null;
}

/** The secretary's evaluation of a thematic meeting (domain/meetings/evaluation.ts). */
export interface MeetingEvaluationTable {
  meeting_id: string;
  /** Strengths and weaknesses of the members who prepared the topic. */
  preparer: string | null;
  /** The result and quality of the meeting. */
  result: string | null;
  /** Lessons for the next meetings. */
  lessons: string | null;
  evaluated_by: string | null;
  updated_at: string;
}

/** An officer opened (or downloaded) a cell's issued report: it leaves their "reports not yet read". */
export interface ReportReadTable {
  document_id: string;
  person_id: string;
  read_at: string;
}

/**
 * The committee directly above marked an issued report received (migration 0016): once; the remark (which the
 * issuing unit sees) may be changed later, with its own who and when.
 */
export interface ReportReceiptTable {
  document_id: string;
  received_by: string | null;
  received_at: string;
  remark: string | null;
  remarked_by: string | null;
  remarked_at: string | null;
}
