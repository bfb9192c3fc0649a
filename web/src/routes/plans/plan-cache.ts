import { useQueryClient } from '@tanstack/react-query';
import { keys } from '../../api/endpoints.ts';
import type { Plan } from '../../api/models.ts';

/** After a save or a lifecycle step: show the plan the server answered and refresh the lists it is in. */
export function usePlanSaved() {
  const queryClient = useQueryClient();
  return async (plan: Plan) => {
    queryClient.setQueryData(keys.plan(plan.id), plan);
    await Promise.all([
      queryClient.invalidateQueries({ queryKey: ['cellPlans'] }),
      queryClient.invalidateQueries({ queryKey: ['registrations'] }),
      queryClient.invalidateQueries({ queryKey: ['assignments'] }),
    ]);
  };
}
