import { useQueryClient } from '@tanstack/react-query';
import { keys } from '../../api/endpoints.ts';
import type { TopicPreparation } from '../../api/models.ts';

/**
 * After any write: show the topic the server answered (every write answers with the whole topic) and
 * refresh what shows its progress elsewhere (the plan's topic status, "Việc của tôi").
 */
export function useTopicSaved() {
  const queryClient = useQueryClient();
  return (prep: TopicPreparation) => {
    queryClient.setQueryData(keys.topic(prep.topic.id), prep);
    void queryClient.invalidateQueries({ queryKey: keys.resolutionState(prep.topic.id) });
    void queryClient.invalidateQueries({ queryKey: keys.plan(prep.topic.planId) });
    void queryClient.invalidateQueries({ queryKey: ['assignments'] });
  };
}
