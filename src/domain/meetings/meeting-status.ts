/**
 * A meeting's lifecycle: scheduled (the notice goes out) → in progress (the console runs) → ended (the
 * minutes are finished and signed). A scheduled meeting may be cancelled; nothing leaves an ended one.
 */
export const MEETING_STATUSES = ['scheduled', 'in_progress', 'ended', 'cancelled'] as const;
export type MeetingStatus = (typeof MEETING_STATUSES)[number];

export const MEETING_ACTIONS = ['start', 'end', 'cancel'] as const;
export type MeetingAction = (typeof MEETING_ACTIONS)[number];

const TRANSITIONS: Record<MeetingStatus, Partial<Record<MeetingAction, MeetingStatus>>> = {
  scheduled: { start: 'in_progress', cancel: 'cancelled' },
  in_progress: { end: 'ended' },
  ended: {},
  cancelled: {},
};

export function nextMeetingStatus(from: MeetingStatus, action: MeetingAction): MeetingStatus | undefined {
  return TRANSITIONS[from][action];
}

/** The live record (attendance, speeches, votes, assignments) is kept while the meeting runs. */
export function isLive(status: MeetingStatus): boolean {
  return status === 'in_progress';
}

export function allowedMeetingActions(from: MeetingStatus): MeetingAction[] {
  return Object.keys(TRANSITIONS[from]) as MeetingAction[];
}
