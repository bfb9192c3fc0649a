import type { DraftStatus } from './draft-status.ts';

/**
 * Sending the finished topic to the cell's party groups. Seed 000: "Đề tài sau khi hoàn thành phải gửi cho
 * đảng viên trong chi bộ (đông đảng viên có thể gửi cho tổ đảng)" — a large cell may send the finished topic
 * to each party group (tổ đảng) rather than to every member: each sending is recorded per group (to the
 * group, on a day, to its leader), and the group's members see it through their group.
 *
 * Only a finished topic goes (`final`); only to groups of the cell; each group once.
 */
export type GroupSendingIssue = 'NOT_FINISHED' | 'NO_GROUPS' | 'NOT_A_GROUP_OF_CELL' | 'ALREADY_SENT';

export function groupSendingIssue(input: {
  status: DraftStatus;
  /** The party groups of the cell. */
  groupIds: readonly string[];
  /** The groups asked for. */
  asked: readonly string[];
  /** The groups the topic was already sent to. */
  sentTo: readonly string[];
}): GroupSendingIssue | null {
  if (input.status !== 'final') return 'NOT_FINISHED';
  if (input.groupIds.length === 0) return 'NO_GROUPS';
  if (input.asked.length === 0 || input.asked.some((id) => !input.groupIds.includes(id)))
    return 'NOT_A_GROUP_OF_CELL';
  if (input.asked.some((id) => input.sentTo.includes(id))) return 'ALREADY_SENT';
  return null;
}
