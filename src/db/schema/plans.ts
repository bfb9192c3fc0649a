// The year's cycle: guidance, topic registrations, plans and their topics, the model library, document numbers.
import type { PlanStep } from '../../domain/plans/plan-schedule.ts';
import type { PlanStatus } from '../../domain/plans/plan-status.ts';
import type { TopicKind } from '../../domain/plans/topic-groups.ts';

export interface GuidanceTable {
  id: string;
  committee_id: string;
  year: number;
  /** e.g. "25-CV/ĐU". */
  reference_number: string;
  issued_on: string;
  title: string;
  theme: string | null;
  documents_json: string;
  topic_groups_json: string;
  plan_deadline: string;
  content: string | null;
  /** The day of the month after a quarter by which its report is due (1–28); null: the default (migration 0016). */
  quarter_report_day: number | null;
  /** The day the year's report is due; null: the default (20 December). */
  annual_report_due_on: string | null;
  created_by: string | null;
  created_at: string;
  updated_at: string;
}

export interface TopicRegistrationTable {
  id: string;
  cell_id: string;
  year: number;
  person_id: string;
  title: string;
  topic_group: string | null;
  criterion: string | null;
  reason: string | null;
  preferred_quarter: number | null;
  created_at: string;
}

export interface PlanTable {
  id: string;
  cell_id: string;
  year: number;
  status: PlanStatus;
  legal_bases_json: string;
  purpose: string | null;
  requirements: string | null;
  organisation: string | null;
  adopted_on: string | null;
  submitted_at: string | null;
  reviewed_at: string | null;
  review_remark: string | null;
  /** Document number, assigned when the cell adopts the plan (the plan is issued then). */
  number: number | null;
  created_by: string | null;
  created_at: string;
  updated_at: string;
}

export interface PlanTopicTable {
  id: string;
  plan_id: string;
  position: number;
  title: string;
  topic_group: string | null;
  kind: TopicKind;
  work_content: string | null;
  quarter: number;
  registration_id: string | null;
  model_id: string | null;
  /** The due month of each of the five steps, in order ("1,1,2,2,3"): a copy of plan_step for overviews. */
  due_months: string | null;
}

/** A version of what plan pages show, per unit or `names`, raised by triggers (migration 0039). Derived. */
export interface PlanPageVersionTable {
  key: string;
  /** bigint on PostgreSQL: read as text there, as a number on SQLite. */
  version: number | string;
}

export interface PlanTopicPreparerTable {
  topic_id: string;
  person_id: string;
}

export interface PlanStepTable {
  id: string;
  topic_id: string;
  step: PlanStep;
  position: number;
  due_month: number;
  responsible_id: string | null;
  note: string | null;
}

export interface PlanEventTable {
  id: string;
  plan_id: string;
  action: string;
  from_status: string;
  to_status: string;
  remark: string | null;
  actor_user_id: string | null;
  at: string;
}

export interface TopicModelTable {
  id: string;
  committee_id: string;
  source_topic_id: string | null;
  source_cell_name: string | null;
  title: string;
  topic_group: string | null;
  kind: TopicKind;
  work_content: string | null;
  published_by: string | null;
  published_at: string;
  /** The lessons drawn at the model meeting it comes from (migration 0025), or null. */
  lessons: string | null;
}

export interface DocumentSequenceTable {
  unit_id: string;
  kind: string;
  /** "2026" for a calendar year, "term:2025-10-15" for a party term (domain/documents/numbering.ts). */
  period: string;
  last_number: number;
  /** The first number a unit set for the series (migration 0029); null: from 01. */
  first_number: number | null;
}

/** A committee's signer of its documents, one row per setting (migration 0034; domain/documents/document-signer.ts). */
export interface DocumentSignerTable {
  id: string;
  unit_id: string;
  /** "T/M ĐẢNG ỦY", "T/M BAN THƯỜNG VỤ", "T/M BAN CHẤP HÀNH". */
  authority: string;
  /** "BÍ THƯ", "PHÓ BÍ THƯ", "KT. BÍ THƯ". */
  title: string;
  name: string;
  set_by: string | null;
  set_at: string;
}
