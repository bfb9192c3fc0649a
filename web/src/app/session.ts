// Who is signed in: the `me` query is the single source; everything else reads it.
import { useQuery, useQueryClient } from '@tanstack/react-query';
import { createContext, use } from 'react';
import { logout, meQuery } from '../api/endpoints/auth.ts';
import type { Me } from '../api/models.ts';
import { keys } from '../api/query-keys.ts';
import { clearDeviceRecords } from '../lib/device-storage.ts';
import { useNavigate } from '../lib/router.tsx';
import { useAction } from '../lib/use-action.ts';

export function useMe() {
  return useQuery(meQuery);
}

/**
 * The user RequireAuth let in, handed to everything below it. Screens inside the shell read this rather
 * than the `me` query: signing out empties the query cache (so `me` reads null from then on) while the
 * shell is still mounted, and the navigation to /login that unmounts it is a transition. Any render of the
 * shell in between (the logout mutation settling re-renders it) would otherwise see no user and throw.
 * Through the context the shell keeps the user it was let in with until RequireAuth itself re-renders and
 * swaps it for the redirect.
 */
export const SignedInMeContext = createContext<Me | null>(null);

/** For screens inside the signed-in shell, where `me` is known to be loaded. */
export function useSignedInMe(): Me {
  const me = use(SignedInMeContext);
  if (!me) throw new Error('useSignedInMe outside the signed-in shell');
  return me;
}

export function useLogout() {
  const queryClient = useQueryClient();
  const navigate = useNavigate();
  return useAction(logout, {
    onSettled: () => {
      // The meeting console's unsent changes and notes are this person's: not left for the next one.
      clearDeviceRecords();
      queryClient.clear();
      queryClient.setQueryData(keys.me, null);
      navigate('/login', { replace: true });
    },
  });
}
