import { EventEmitter } from 'node:events';

/**
 * Tells a person's open pages that they have new notifications (the bell's stream, routes.ts). In-process
 * like the meetings' bus (meetings/live.ts): one Node process serves the app; several would need PostgreSQL
 * LISTEN/NOTIFY here and nothing else. `notify()` announces inside the writer's transaction, before it
 * commits: a listener waits until the rows are visible (or gives up, the transaction rolled back) before
 * it tells the page — see routes.ts.
 */
const bus = new EventEmitter();
bus.setMaxListeners(0);

export function announce(personId: string, notificationIds: readonly string[]): void {
  bus.emit(personId, notificationIds);
}

export function subscribe(personId: string, listener: (ids: readonly string[]) => void): () => void {
  bus.on(personId, listener);
  return () => bus.off(personId, listener);
}
