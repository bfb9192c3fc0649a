import { useQueryClient } from '@tanstack/react-query';
import { keys } from '../../api/endpoints.ts';
import type { Meeting } from '../../api/models.ts';

/**
 * After any write: show the meeting the server answered (every write answers with the whole meeting) and
 * refresh what lists it elsewhere (the cell's minute book, the members' statistics, the follow-up of its
 * assignments).
 */
export function useMeetingSaved() {
  const queryClient = useQueryClient();
  return (meeting: Meeting) => {
    queryClient.setQueryData(keys.meeting(meeting.id), meeting);
    void queryClient.invalidateQueries({ queryKey: ['minuteBook', meeting.cellId] });
    void queryClient.invalidateQueries({ queryKey: ['meetingStats', meeting.cellId] });
    void queryClient.invalidateQueries({ queryKey: ['cellTasks', meeting.cellId] });
    void queryClient.invalidateQueries({ queryKey: ['myTasks'] });
  };
}
