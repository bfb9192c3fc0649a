import { EventEmitter } from 'node:events';

/**
 * Tells every open console of a meeting that it changed, so it reloads the meeting (SSE, routes.ts). One
 * process holds the subscribers: the app runs as one Node process (ARCHITECTURE.md); running several would
 * need PostgreSQL LISTEN/NOTIFY here instead, and nothing else would change.
 */
const bus = new EventEmitter();
bus.setMaxListeners(0);

/** Called after a meeting's write has committed. */
export function announce(meetingId: string): void {
  bus.emit(meetingId, Date.now());
}

export function subscribe(meetingId: string, listener: (at: number) => void): () => void {
  bus.on(meetingId, listener);
  return () => bus.off(meetingId, listener);
}
