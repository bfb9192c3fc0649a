import { queryOptions } from '@tanstack/react-query';
import { api } from '../client.ts';
import { keys } from '../query-keys.ts';

/** The signed-in person's to-dos ("Việc cần làm"): overdue first, then by due day. */
export const inboxQuery = () => queryOptions({ queryKey: keys.inbox, queryFn: () => api.get('/me/inbox') });
