import { EventEmitter } from 'node:events';
import { publishRemote, receiveRemote } from '../live/bridge.ts';

/**
 * Tells a person's open pages that they have new notifications (the bell's stream, routes.ts). The subscribers
 * are this process's; other app instances on the same PostgreSQL hear of it through the live bridge
 * (live/bridge.ts). `notify()` announces inside the writer's transaction, before it commits: a listener — here
 * or in another instance — waits until the rows are visible (or gives up, the transaction rolled back) before
 * it tells the page — see routes.ts.
 */
const bus = new EventEmitter();
bus.setMaxListeners(0);

receiveRemote('person', (event) => bus.emit(event.key, event.ids ?? []));

export function announce(personId: string, notificationIds: readonly string[]): void {
  bus.emit(personId, notificationIds);
  publishRemote({ bus: 'person', key: personId, ids: notificationIds });
}

export function subscribe(personId: string, listener: (ids: readonly string[]) => void): () => void {
  bus.on(personId, listener);
  return () => bus.off(personId, listener);
}
