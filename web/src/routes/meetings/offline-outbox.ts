// The meeting console's changes while the network is down (issue 18): kept on this device in an outbox per
// meeting and per signed-in user (localStorage), shown as if made, and sent in order when the network
// returns. The queue itself is the pure #domain/meetings/outbox.ts; this file stores it, sends it and lays
// the waiting changes over the meeting the server last answered.
import { useQueryClient } from '@tanstack/react-query';
import { createContext, use, useCallback, useEffect, useSyncExternalStore } from 'react';
import { attendanceCounts } from '#domain/meetings/attendance.ts';
import {
  discard as discardEntry,
  type OutboxEntry,
  parseOutbox,
  enqueue as queue,
  replay,
  retry as retryEntry,
  type SendOutcome,
  waiting,
} from '#domain/meetings/outbox.ts';
import { ApiError } from '../../api/client.ts';
import {
  addMeetingTask,
  keys,
  markAttendance,
  requestSpeech,
  saveConclusion,
  updateSpeech,
} from '../../api/endpoints.ts';
import type { AttendanceRequest, Meeting, SpeechUpdate } from '../../api/models.ts';
import { useSignedInMe } from '../../app/session.ts';
import { OUTBOX_PREFIX } from '../../lib/device-storage.ts';

export type ConsoleOp =
  | { kind: 'attendance'; personId: string; body: AttendanceRequest }
  | { kind: 'speech'; clientId: string; personId?: string | null; guestId?: string | null }
  | { kind: 'speechUpdate'; speechId: string; body: SpeechUpdate }
  | {
      kind: 'task';
      clientId: string;
      title: string;
      ownerId: string | null;
      dueOn: string | null;
    }
  | { kind: 'conclusion'; conclusion: string | null };

export type ConsoleEntry = OutboxEntry<ConsoleOp>;

const storageKey = (userId: string, meetingId: string) => `${OUTBOX_PREFIX}${userId}.${meetingId}`;

/** A UUID for a row made on this device (the server stores the row under it; a resend finds it). */
export function newClientId(): string {
  if (typeof crypto.randomUUID === 'function') return crypto.randomUUID();
  const bytes = crypto.getRandomValues(new Uint8Array(16));
  bytes[6] = ((bytes[6] ?? 0) & 0x0f) | 0x40;
  bytes[8] = ((bytes[8] ?? 0) & 0x3f) | 0x80;
  const hex = Array.from(bytes, (b) => b.toString(16).padStart(2, '0')).join('');
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20)}`;
}

// --- the stored lists, with listeners for the screens showing them ---------------------------------------

const listeners = new Map<string, Set<() => void>>();
const snapshots = new Map<string, { text: string | null; entries: ConsoleEntry[] }>();

function read(key: string): ConsoleEntry[] {
  let text: string | null = null;
  try {
    text = window.localStorage.getItem(key);
  } catch {
    text = null;
  }
  const cached = snapshots.get(key);
  if (cached && cached.text === text) return cached.entries;
  const entries = parseOutbox<ConsoleOp>(text);
  snapshots.set(key, { text, entries });
  return entries;
}

function write(key: string, entries: ConsoleEntry[]): void {
  try {
    if (entries.length === 0) window.localStorage.removeItem(key);
    else window.localStorage.setItem(key, JSON.stringify(entries));
  } catch {
    // Storage full or refused: the list lives in memory for this page.
  }
  snapshots.set(key, { text: safeGet(key), entries });
  for (const listener of listeners.get(key) ?? []) listener();
}

function safeGet(key: string): string | null {
  try {
    return window.localStorage.getItem(key);
  } catch {
    return null;
  }
}

function subscribe(key: string, listener: () => void) {
  let set = listeners.get(key);
  if (!set) {
    set = new Set();
    listeners.set(key, set);
  }
  set.add(listener);
  return () => set.delete(listener);
}

// --- sending ----------------------------------------------------------------------------------------------

/** The network did not carry it, or the server could not answer: try again later. */
export function isUnreachable(error: unknown): boolean {
  if (error instanceof TypeError) return true;
  if (!(error instanceof ApiError)) return false;
  return error.status === 0 || error.status >= 500 || error.status === 429;
}

function send(meetingId: string, op: ConsoleOp): Promise<Meeting> {
  switch (op.kind) {
    case 'attendance':
      return markAttendance(meetingId, op.personId, op.body);
    case 'speech':
      return requestSpeech(meetingId, {
        clientId: op.clientId,
        ...(op.personId ? { personId: op.personId } : {}),
        ...(op.guestId ? { guestId: op.guestId } : {}),
      });
    case 'speechUpdate':
      return updateSpeech(meetingId, op.speechId, op.body);
    case 'task':
      return addMeetingTask(meetingId, {
        clientId: op.clientId,
        title: op.title,
        ownerId: op.ownerId,
        dueOn: op.dueOn,
      });
    case 'conclusion':
      return saveConclusion(meetingId, op.conclusion);
  }
}

function keyOf(op: ConsoleOp): string | null {
  switch (op.kind) {
    case 'attendance':
      return `attendance:${op.personId}`;
    case 'conclusion':
      return 'conclusion';
    case 'speechUpdate':
      // A note replaces the waiting note; giving the floor and closing a speech are steps, kept in order.
      return Object.keys(op.body).join() === 'note' ? `note:${op.speechId}` : null;
    default:
      return null;
  }
}

// --- what the screen shows: the server's meeting with the waiting changes laid over it ---------------------

/** The meeting as it will be once the waiting changes arrive (applying twice changes nothing). */
export function withWaiting(meeting: Meeting, entries: readonly ConsoleEntry[]): Meeting {
  const pending = waiting(entries);
  if (pending.length === 0) return meeting;
  const next: Meeting = {
    ...meeting,
    attendance: [...meeting.attendance],
    speeches: [...meeting.speeches],
    tasks: [...meeting.tasks],
    me: { ...meeting.me },
  };
  const now = new Date().toISOString();
  for (const { op, queuedAt } of pending) {
    if (op.kind === 'attendance') {
      next.attendance = next.attendance.map((a) =>
        a.personId === op.personId
          ? {
              ...a,
              state: op.body.state,
              reason: op.body.state === 'absent_excused' ? (op.body.reason ?? null) : null,
              late: op.body.state === 'present' && Boolean(op.body.late),
              suspended: Boolean(op.body.suspended),
            }
          : a,
      );
    } else if (op.kind === 'speech') {
      if (next.speeches.some((s) => s.id === op.clientId)) continue;
      const personId = op.guestId ? null : (op.personId ?? meeting.me.personId);
      const speaker =
        (personId
          ? next.attendance.find((a) => a.personId === personId)?.name
          : (next.guests.find((g) => g.id === op.guestId)?.fullName ??
            next.delegates.find((d) => d.id === op.guestId)?.fullName)) ?? '…';
      next.speeches.push({
        id: op.clientId,
        personId,
        guestId: op.guestId ?? null,
        speaker,
        status: 'requested',
        position: next.speeches.reduce((max, s) => Math.max(max, s.position), 0) + 1,
        requestedAt: queuedAt,
        startedAt: null,
        endedAt: null,
        note: null,
      });
      if (personId && personId === meeting.me.personId) next.me.waitingToSpeak = true;
    } else if (op.kind === 'speechUpdate') {
      next.speeches = next.speeches.map((s) => {
        if (s.id !== op.speechId) return s;
        const changed = { ...s };
        if (op.body.position !== undefined) changed.position = op.body.position;
        if (op.body.note !== undefined) changed.note = op.body.note ?? null;
        if (op.body.status && op.body.status !== s.status) {
          changed.status = op.body.status;
          if (op.body.status === 'speaking') changed.startedAt = s.startedAt ?? now;
          if (op.body.status === 'done') changed.endedAt = s.endedAt ?? now;
        }
        return changed;
      });
      if (op.body.status === 'withdrawn')
        next.me.waitingToSpeak = next.speeches.some(
          (s) => s.status === 'requested' && s.personId !== null && s.personId === meeting.me.personId,
        );
    } else if (op.kind === 'task') {
      if (next.tasks.some((t) => t.id === op.clientId)) continue;
      next.tasks.push({
        id: op.clientId,
        title: op.title,
        ownerId: op.ownerId,
        ownerName: op.ownerId ? (next.attendance.find((a) => a.personId === op.ownerId)?.name ?? null) : null,
        dueOn: op.dueOn,
        decisionId: null,
      });
    } else {
      next.conclusion = op.conclusion;
    }
  }
  next.counts = attendanceCounts(next.attendance.map((a) => ({ status: a.memberStatus, state: a.state })));
  return next;
}

/** Answers that were queued rather than saved: the screens say "waiting" instead of "saved" for them. */
const queuedAnswers = new WeakSet<Meeting>();
export const wasQueued = (meeting: Meeting) => queuedAnswers.has(meeting);

// --- the hook the console uses ----------------------------------------------------------------------------

interface Flusher {
  running: Promise<void> | null;
  timer: ReturnType<typeof setTimeout> | null;
  attempts: number;
}
const flushers = new Map<string, Flusher>();
const MAX_DELAY_MS = 60_000;

export function useConsoleOutbox(meetingId: string) {
  const me = useSignedInMe();
  const queryClient = useQueryClient();
  const key = storageKey(me.id, meetingId);
  const entries = useSyncExternalStore(
    useCallback((listener) => subscribe(key, listener), [key]),
    () => read(key),
  );

  const flush = useCallback((): Promise<void> => {
    let flusher = flushers.get(key);
    if (!flusher) {
      flusher = { running: null, timer: null, attempts: 0 };
      flushers.set(key, flusher);
    }
    const state = flusher;
    if (state.running) return state.running;
    if (state.timer) clearTimeout(state.timer);
    state.timer = null;
    state.running = (async () => {
      const tally = await replay<ConsoleOp>(
        () => read(key),
        (next) => write(key, next),
        async (op): Promise<SendOutcome> => {
          try {
            const answer = await send(meetingId, op);
            queryClient.setQueryData(keys.meeting(meetingId), answer);
            return { result: 'sent' };
          } catch (error) {
            if (isUnreachable(error)) return { result: 'offline' };
            const apiError = error instanceof ApiError ? error : null;
            return {
              result: 'refused',
              failure: { code: apiError?.code ?? 'ERROR', message: apiError?.message ?? String(error) },
            };
          }
        },
      );
      if (tally.offline) {
        // Again later, waiting longer each time (2 s, 4 s … a minute); at once when the browser says online.
        state.attempts++;
        const delay = Math.min(MAX_DELAY_MS, 1000 * 2 ** state.attempts);
        state.timer = setTimeout(() => {
          state.timer = null;
          void flushRef(key)?.();
        }, delay);
      } else {
        state.attempts = 0;
      }
      if (tally.sent + tally.refused > 0) {
        void queryClient.invalidateQueries({ queryKey: keys.meeting(meetingId) });
        void queryClient.invalidateQueries({ queryKey: ['cellTasks'] });
      }
    })().finally(() => {
      state.running = null;
    });
    return state.running;
  }, [key, meetingId, queryClient]);

  useEffect(() => {
    flushRefs.set(key, flush);
    const online = () => void flush();
    window.addEventListener('online', online);
    if (waiting(read(key)).length > 0) void flush();
    return () => {
      window.removeEventListener('online', online);
      if (flushRefs.get(key) === flush) flushRefs.delete(key);
    };
  }, [key, flush]);

  /**
   * Sends a change at once when nothing waits and the network is up; otherwise (or when the network fails
   * on the way) it joins the outbox and the answer is the meeting with it laid over.
   */
  const submit = useCallback(
    async (op: ConsoleOp): Promise<Meeting> => {
      const stored = read(key);
      const online = typeof navigator === 'undefined' || navigator.onLine !== false;
      if (online && waiting(stored).length === 0) {
        try {
          return await send(meetingId, op);
        } catch (error) {
          if (!isUnreachable(error)) throw error;
        }
      }
      write(key, queue(read(key), op, keyOf(op), new Date().toISOString()));
      if (online) void flush();
      else scheduleSoon(key);
      const current = queryClient.getQueryData<Meeting>(keys.meeting(meetingId));
      if (!current) throw new ApiError(0, 'NETWORK', '');
      const answer = withWaiting(current, read(key));
      queuedAnswers.add(answer);
      return answer;
    },
    [key, meetingId, queryClient, flush],
  );

  const discard = useCallback(
    (seq: number) => {
      write(key, discardEntry(read(key), seq));
      void queryClient.invalidateQueries({ queryKey: keys.meeting(meetingId) });
    },
    [key, meetingId, queryClient],
  );

  const retry = useCallback(
    (seq: number) => {
      write(key, retryEntry(read(key), seq));
      void flush();
    },
    [key, flush],
  );

  return { entries, submit, discard, retry, flush };
}

const flushRefs = new Map<string, () => Promise<void>>();
const flushRef = (key: string) => flushRefs.get(key);

/** Offline: try once the backoff's first step has passed (the `online` event usually comes first). */
function scheduleSoon(key: string) {
  const flusher = flushers.get(key) ?? { running: null, timer: null, attempts: 0 };
  flushers.set(key, flusher);
  if (flusher.timer || flusher.running) return;
  flusher.timer = setTimeout(() => {
    flusher.timer = null;
    void flushRef(key)?.();
  }, 2000);
}

export type ConsoleOutbox = ReturnType<typeof useConsoleOutbox>;

/** The meeting page's outbox, for the sections that record (MeetingPage provides it). */
export const ConsoleOutboxContext = createContext<ConsoleOutbox | null>(null);

/**
 * How a section records a change: through the outbox when the page has one, else straight to the server
 * (a section shown outside the meeting page).
 */
export function useConsoleSubmit(meetingId: string): (op: ConsoleOp) => Promise<Meeting> {
  const outbox = use(ConsoleOutboxContext);
  return outbox ? outbox.submit : (op) => send(meetingId, op);
}
