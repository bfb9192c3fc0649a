import { useQueryClient } from '@tanstack/react-query';
import { keys } from '../../api/endpoints.ts';
import type { FollowUpTaskDetail, ResolutionReview } from '../../api/models.ts';

/**
 * After a report: keep the assignment the server answered, and refresh every list that shows where it stands
 * (the cell's follow-up, "Việc của tôi", a resolution's task counts and its unissued reviews).
 */
export function useTaskReported() {
  const queryClient = useQueryClient();
  return (task: FollowUpTaskDetail) => {
    queryClient.setQueryData(keys.task(task.id), task);
    for (const list of ['cellTasks', 'myTasks', 'topicReviews', 'review'])
      void queryClient.invalidateQueries({ queryKey: [list] });
  };
}

/**
 * After a write to a review: show the review the server answered and refresh the topic's list of reviews and,
 * once issued, the cell's issued reports.
 */
export function useReviewSaved() {
  const queryClient = useQueryClient();
  return (review: ResolutionReview) => {
    queryClient.setQueryData(keys.review(review.id), review);
    void queryClient.invalidateQueries({ queryKey: keys.topicReviews(review.topic.id) });
    void queryClient.invalidateQueries({ queryKey: keys.issuedReportsOf(review.topic.cellId) });
  };
}
