// Labels and small helpers of cell meetings, shared by the minute book and the meeting page.
// Vote rules come from the pure domain module, so the console names the voters the server counts.

import { voteBase } from '#domain/meetings/vote-rule.ts';
import type { Meeting, MeetingStatus } from '../api/models.ts';
import type { TFunction } from '../i18n/runtime.ts';

export const MEETING_STATUS_COLORS: Record<MeetingStatus, string> = {
  scheduled: 'blue',
  in_progress: 'orange',
  ended: 'green',
  cancelled: 'gray',
};

export const meetingStatusLabel = (t: TFunction, status: string) =>
  t(`meetingStatuses.${status}`, { defaultValue: status });
export const meetingKindLabel = (t: TFunction, kind: string) =>
  t(`meetingKinds.${kind}`, { defaultValue: kind });
export const partOrderLabel = (t: TFunction, order: string) =>
  t(`partOrders.${order}`, { defaultValue: order });
export const agendaPartLabel = (t: TFunction, part: string) =>
  t(`agendaParts.${part}`, { defaultValue: part });
/** The wording of seed 000's procedure (minutes-draft.ts AGENDA_ITEM_TEXT, the same words as the minutes). */
export const agendaItemLabel = (t: TFunction, item: { kind: string; title?: string | null }) =>
  item.title?.trim() || t(`agendaItems.${item.kind}`, { defaultValue: item.kind });
export const attendanceLabel = (t: TFunction, state: string | null) =>
  t(`attendanceStates.${state ?? 'unmarked'}`, { defaultValue: state ?? '' });
export const speechStatusLabel = (t: TFunction, status: string) =>
  t(`speechStatuses.${status}`, { defaultValue: status });

/** The meeting's title: its topic, or "Sinh hoạt chi bộ" when none is set. */
export const meetingTitle = (
  t: TFunction,
  m: { topic?: { title: string } | null; topicTitle?: string | null },
) => m.topic?.title ?? m.topicTitle ?? t('meeting.untitled');

/** Elapsed milliseconds as 'm:ss', or 'h:mm:ss' from an hour on. */
export function formatElapsed(ms: number): string {
  const total = Math.max(0, Math.floor(ms / 1000));
  const h = Math.floor(total / 3600);
  const m = Math.floor((total % 3600) / 60);
  const s = total % 60;
  const pad = (n: number) => String(n).padStart(2, '0');
  return h > 0 ? `${h}:${pad(m)}:${pad(s)}` : `${m}:${pad(s)}`;
}

/** 0.85 → '85%'. */
export const formatRate = (rate: number | null) => (rate === null ? '—' : `${Math.round(rate * 100)}%`);

/** The live record is kept while the meeting runs. */
export const isLive = (m: Meeting) => m.status === 'in_progress';

/**
 * The record (attendance, notes, conclusion, assignments) stays open to its keepers while the meeting runs
 * and after it ends until someone signs the minutes (the server allows it; the minutes are redrafted).
 */
export function recordOpen(m: Meeting): boolean {
  if (!m.permissions.record) return false;
  if (m.status === 'in_progress') return true;
  return m.status === 'ended' && (m.minutes === null || m.minutes.status === 'draft');
}

/** Official members present who may vote now, as the server will count them (vote-rule.ts). */
export function votersOf(m: Meeting): string[] {
  return voteBase(
    m.attendance.map((a) => ({
      id: a.personId,
      status: a.memberStatus,
      presence: a.state ?? 'absent_unexcused',
      suspended: a.suspended,
    })),
  ).voters;
}

/** A name for a person id of the meeting's roll. */
export function nameOf(m: Meeting, personId: string): string {
  return m.attendance.find((a) => a.personId === personId)?.name ?? personId;
}
