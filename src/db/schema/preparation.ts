// A plan's topic being prepared: its preparation, versions, events, readers, comments, attachments.
import type { Disposition } from '../../domain/preparation/disposition.ts';
import type { DraftRound, DraftStatus } from '../../domain/preparation/draft-status.ts';

export interface TopicPreparationTable {
  topic_id: string;
  status: DraftStatus;
  briefing_purpose: string | null;
  briefing_requirements: string | null;
  briefing_content: string | null;
  briefing_method: string | null;
  briefed_on: string | null;
  briefed_by: string | null;
  comment_due_on: string | null;
  outline_saved_at: string | null;
  draft1_approved_at: string | null;
  distributed_at: string | null;
  comments_closed_at: string | null;
  draft2_approved_at: string | null;
  /** The day the topic was presented at the cell meeting (recorded by the secretary until meetings exist). */
  presented_on: string | null;
  final_at: string | null;
  /** The resolution's number ("Số 02-NQ/CB") for a resolution topic, given when it is issued. */
  final_number: number | null;
  created_at: string;
  updated_at: string;
}

export interface TopicVersionTable {
  id: string;
  topic_id: string;
  kind: 'outline' | 'draft';
  /** Which text a draft version belongs to; null for the outline. */
  round: DraftRound | null;
  number: number;
  /** Sanitised on the server before it is stored. */
  html: string;
  /** The text comments anchor to and diffs compare (rich-text.ts, plainText). */
  plain_text: string;
  author_person_id: string | null;
  created_at: string;
}

export interface TopicEventTable {
  id: string;
  topic_id: string;
  action: string;
  from_status: string;
  to_status: string;
  remark: string | null;
  version_id: string | null;
  self_approval: number;
  actor_user_id: string | null;
  at: string;
}

export interface TopicReaderTable {
  topic_id: string;
  round: DraftRound;
  person_id: string;
  version_id: string;
  sent_at: string;
  opened_at: string | null;
}

export interface TopicCommentTable {
  id: string;
  topic_id: string;
  version_id: string;
  person_id: string;
  body: string;
  quote: string | null;
  prefix: string | null;
  suffix: string | null;
  disposition: Disposition | null;
  explanation: string | null;
  disposed_by: string | null;
  disposed_at: string | null;
  created_at: string;
}

export interface TopicAttachmentTable {
  id: string;
  topic_id: string;
  file_name: string;
  content_type: string;
  size_bytes: number;
  content: Uint8Array;
  uploaded_by: string | null;
  created_at: string;
}

/**
 * One decision of a resolution topic ("CHI BỘ QUYẾT NGHỊ:", seed 003): numbered by `position`, carried out by
 * a member (`owner_id`) or the whole cell (null) by `due_on`; `adopted_at` once a passed vote adopted it.
 */
export interface ResolutionDecisionTable {
  id: string;
  topic_id: string;
  position: number;
  text: string;
  owner_id: string | null;
  due_on: string | null;
  /** The cell voted on it (a vote refers to it: it is no longer removed). */
  voted_at: string | null;
  adopted_at: string | null;
  created_at: string;
  updated_at: string;
}

/** A finished topic sent to one party group of the cell, to its leader (seed 000: "gửi cho tổ đảng"). */
export interface TopicGroupSendingTable {
  topic_id: string;
  group_id: string;
  leader_id: string | null;
  sent_on: string;
  sent_by: string | null;
  created_at: string;
}
