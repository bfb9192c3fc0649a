import { useQueryClient } from '@tanstack/react-query';
import { useEffect } from 'react';
import { keys, meetingEventsUrl } from '../../api/endpoints.ts';

/**
 * Live updates: the server sends `changed` on the meeting's event stream after every write (from any
 * console), and the page reloads the meeting. EventSource reconnects by itself after a network drop; the
 * `ready` it receives on reconnecting reloads too, for the changes made while it was away.
 */
export function useMeetingEvents(meetingId: string, enabled: boolean) {
  const queryClient = useQueryClient();
  useEffect(() => {
    if (!enabled || typeof EventSource === 'undefined') return;
    const source = new EventSource(meetingEventsUrl(meetingId));
    const reload = () => void queryClient.invalidateQueries({ queryKey: keys.meeting(meetingId) });
    let connected = false;
    source.addEventListener('ready', () => {
      if (connected) reload();
      connected = true;
    });
    source.addEventListener('changed', reload);
    return () => source.close();
  }, [meetingId, enabled, queryClient]);
}
