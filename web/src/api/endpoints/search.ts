import { keepPreviousData, queryOptions } from '@tanstack/react-query';
import { api } from '../client.ts';
import { keys } from '../query-keys.ts';

// --- search (issue 18) ----------------------------------------------------------------------------------

/** One search over what the user may see, a page of 20 hits, best first. */
export const searchQuery = (q: string, page: number) =>
  queryOptions({
    queryKey: keys.search(q, page),
    queryFn: () => api.get('/search', { query: { q, page } }),
    enabled: q.trim().length > 0,
    placeholderData: keepPreviousData,
  });
