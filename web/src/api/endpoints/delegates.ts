import { queryOptions } from '@tanstack/react-query';
import { api } from '../client.ts';
import { keys } from '../query-keys.ts';

// --- the committee's delegates to its cells' meetings (seed 000: "đại biểu cấp ủy cấp trên dự") ---------

/** A committee's calendar: its subtree's meetings between two days (under three months), who is coming. */
export const meetingCalendarQuery = (committeeId: string, from: string, to: string) =>
  queryOptions({
    queryKey: keys.meetingCalendar(committeeId, from, to),
    queryFn: () => api.get('/orgs/{id}/meeting-calendar', { path: { id: committeeId }, query: { from, to } }),
  });

/** Registers the signed-in person to attend; answers with the meeting. */
export const registerDelegate = (meetingId: string) =>
  api.post('/meetings/{id}/delegates', { path: { id: meetingId } });
/** Withdraws the signed-in person's registration before the meeting starts. */
export const withdrawDelegate = (meetingId: string) =>
  api.delete('/meetings/{id}/delegates/me', { path: { id: meetingId } });
/** The console marks a registered delegate present (or not). */
export const markDelegatePresent = (meetingId: string, guestId: string, present: boolean) =>
  api.put('/meetings/{id}/delegates/{guestId}', { path: { id: meetingId, guestId }, body: { present } });
