// What the meeting console keeps on this device for the signed-in person (issue 18): the outbox of changes
// made offline (routes/meetings/offline-outbox.ts) and unsaved speech notes (routes/meetings/note-storage.ts).
// Signing out removes it all, so the next person on a shared phone finds none of it.

export const OUTBOX_PREFIX = 'chuyende.outbox.';
const NOTE_PREFIX = 'chuyende.meeting.';

export function clearDeviceRecords(): void {
  try {
    const doomed: string[] = [];
    for (let i = 0; i < window.localStorage.length; i++) {
      const key = window.localStorage.key(i);
      if (key?.startsWith(OUTBOX_PREFIX) || key?.startsWith(NOTE_PREFIX)) doomed.push(key);
    }
    for (const key of doomed) window.localStorage.removeItem(key);
  } catch {
    // Storage unavailable: nothing was kept.
  }
}
