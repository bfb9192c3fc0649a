import { Anchor, Group, Stack, Text, Title } from '@mantine/core';
import type { FollowUpTask, MyTasks as MyTasksData } from '../../api/models.ts';
import { useTranslation } from '../../i18n/useTranslation.ts';
import { reviewKindLabel } from '../../lib/follow-up.ts';
import { formatDate } from '../../lib/format.ts';
import { Link } from '../../lib/router.tsx';
import { ReviewStateBadge } from '../follow-up/ReviewStateBadge.tsx';
import { TaskList } from '../follow-up/TaskList.tsx';

/** "Nhiệm vụ được giao": what meetings assigned me this year, where each stands, and my report on it. */
export function MyTasks({ tasks }: { tasks: readonly FollowUpTask[] }) {
  const { t } = useTranslation();
  return (
    <Stack gap="xs" component="section" data-testid="my-tasks">
      <Title order={3} size="h4">
        {t('followUp.mine')}
      </Title>
      <TaskList tasks={tasks} owner={false} />
    </Stack>
  );
}

/** The secretary's resolution reviews still to write and issue, each opening its page. */
export function MyReviews({ reviews }: { reviews: MyTasksData['reviews'] }) {
  const { t } = useTranslation();
  return (
    <Stack gap="xs" component="section" data-testid="my-reviews">
      <Title order={3} size="h4">
        {t('followUp.myReviews')}
      </Title>
      {reviews.map((review) => (
        <Stack key={review.id} gap={2} data-testid="my-review">
          <Group gap="xs" justify="space-between">
            <Anchor component={Link} to={`/reviews/${review.id}`} size="sm" fw={600}>
              {t('review.onDate', { kind: reviewKindLabel(t, review.kind), date: formatDate(review.dueOn) })}
            </Anchor>
            <ReviewStateBadge review={{ ...review, number: null }} />
          </Group>
          <Text size="xs" c="dimmed">
            {review.topic.title}
          </Text>
        </Stack>
      ))}
    </Stack>
  );
}
