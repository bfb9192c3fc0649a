import { EventEmitter } from 'node:events';
import { publishRemote, receiveRemote } from '../../live/bridge.ts';

/**
 * Tells every open console of a meeting that it changed, so it reloads the meeting (SSE, routes.ts). The
 * subscribers are this process's; other app instances on the same PostgreSQL hear of it through the live
 * bridge (live/bridge.ts, LISTEN/NOTIFY).
 */
const bus = new EventEmitter();
bus.setMaxListeners(0);

receiveRemote('meeting', (event) => bus.emit(event.key, Date.now()));

/** Called after a meeting's write has committed. */
export function announce(meetingId: string): void {
  bus.emit(meetingId, Date.now());
  publishRemote({ bus: 'meeting', key: meetingId });
}

export function subscribe(meetingId: string, listener: (at: number) => void): () => void {
  bus.on(meetingId, listener);
  return () => bus.off(meetingId, listener);
}
