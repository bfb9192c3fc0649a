// The minute-taker's unsaved text, kept on this device until the server has it: a network drop, a reload
// of the meeting or of the page does not lose what was typed.

const PREFIX = 'chuyende.meeting';

export const speechNoteKey = (meetingId: string, speechId: string) =>
  `${PREFIX}.${meetingId}.speech.${speechId}.note`;

export function readStored(key: string): string | null {
  try {
    return window.localStorage.getItem(key);
  } catch {
    return null;
  }
}

export function writeStored(key: string, value: string | null): void {
  try {
    if (value === null) window.localStorage.removeItem(key);
    else window.localStorage.setItem(key, value);
  } catch {
    // Private mode or storage full: the text stays in the page only.
  }
}
