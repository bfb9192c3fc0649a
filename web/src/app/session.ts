// Who is signed in: the `me` query is the single source; everything else reads it.
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useNavigate } from 'react-router';
import { keys, logout, meQuery } from '../api/endpoints.ts';
import type { Me } from '../api/types.ts';

export function useMe() {
  return useQuery(meQuery);
}

/** For screens inside the signed-in shell, where `me` is known to be loaded. */
export function useSignedInMe(): Me {
  const { data } = useMe();
  if (!data) throw new Error('useSignedInMe outside the signed-in shell');
  return data;
}

export function useLogout() {
  const queryClient = useQueryClient();
  const navigate = useNavigate();
  return useMutation({
    mutationFn: logout,
    onSettled: () => {
      queryClient.clear();
      queryClient.setQueryData(keys.me, null);
      navigate('/login', { replace: true });
    },
  });
}
