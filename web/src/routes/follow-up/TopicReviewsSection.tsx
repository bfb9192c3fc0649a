import './follow-up.css';
import { Anchor, Button, Group, NativeSelect, SimpleGrid, Stack, Text } from '@mantine/core';
import { useForm } from '@mantine/form';
import { notifications } from '@mantine/notifications';
import { useMutation, useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { planReview, topicReviewsQuery } from '../../api/endpoints.ts';
import type { ReviewKind, TopicPreparation, TopicReviews } from '../../api/models.ts';
import { DateField } from '../../components/DateField.tsx';
import { ErrorAlert } from '../../components/ErrorAlert.tsx';
import { FormButtons } from '../../components/FormButtons.tsx';
import { applyServerErrors } from '../../components/forms.ts';
import { Loading } from '../../components/Loading.tsx';
import { Section } from '../../components/Section.tsx';
import { useTranslation } from '../../i18n/useTranslation.ts';
import { resolutionName, reviewKindLabel } from '../../lib/follow-up.ts';
import { formatDate } from '../../lib/format.ts';
import { Link, useNavigate } from '../../lib/router.tsx';
import { useReviewSaved } from './follow-up-cache.ts';
import { ReviewStateBadge } from './ReviewStateBadge.tsx';
import { TaskCounts } from './TaskList.tsx';

/**
 * "Sơ kết, tổng kết nghị quyết" of a resolution topic: the resolution's number, how its tasks stand, its
 * interim and final reviews, and — for the secretary — planning the next one. Before the resolution is issued
 * only its preparers' secretary is told there is nothing to review yet.
 */
export default function TopicReviewsSection({ prep }: { prep: TopicPreparation }) {
  const { t } = useTranslation();
  if (prep.status !== 'final')
    return prep.permissions.brief ? (
      <Section title={t('review.sectionTitle')} testId="topic-reviews">
        <Text size="sm" c="dimmed">
          {t('review.notIssued')}
        </Text>
      </Section>
    ) : null;
  return <Reviews topicId={prep.topic.id} />;
}

function Reviews({ topicId }: { topicId: string }) {
  const { t } = useTranslation();
  const { data, error, isPending, refetch } = useQuery(topicReviewsQuery(topicId));
  if (isPending) return <Loading />;
  if (error || !data) return <ErrorAlert error={error} onRetry={() => void refetch()} />;
  const { resolution } = data;
  if (resolution.issuedOn === null)
    return data.mayPlan ? (
      <Section title={t('review.sectionTitle')} testId="topic-reviews">
        <Text size="sm" c="dimmed">
          {t('review.notIssued')}
        </Text>
      </Section>
    ) : null;
  return (
    <Section title={t('review.sectionTitle')} testId="topic-reviews">
      <Text size="sm" fw={500} data-testid="resolution-line">
        {t('review.resolutionLine', {
          resolution: resolutionName(t, resolution),
          date: formatDate(resolution.issuedOn),
        })}
      </Text>
      <TaskCounts counts={data.taskCounts} />
      {data.reviews.length === 0 ? (
        <Text size="sm" c="dimmed">
          {t('review.none')}
        </Text>
      ) : (
        <ul className="follow-up-rows">
          {data.reviews.map((review) => (
            <li key={review.id} data-testid="review-row">
              <Group gap="xs" justify="space-between">
                <Anchor component={Link} to={`/reviews/${review.id}`} size="sm" fw={600}>
                  {t('review.onDate', {
                    kind: reviewKindLabel(t, review.kind),
                    date: formatDate(review.dueOn),
                  })}
                </Anchor>
                <ReviewStateBadge review={review} />
              </Group>
            </li>
          ))}
        </ul>
      )}
      {data.mayPlan ? <PlanReview topicId={topicId} reviews={data} /> : null}
    </Section>
  );
}

/** The secretary plans an interim review or the final one; the new review opens to be written. */
function PlanReview({ topicId, reviews }: { topicId: string; reviews: TopicReviews }) {
  const { t } = useTranslation();
  const [open, setOpen] = useState(false);
  const navigate = useNavigate();
  const saved = useReviewSaved();
  const hasFinal = reviews.reviews.some((r) => r.kind === 'final');
  const form = useForm({
    initialValues: { kind: (hasFinal ? 'interim' : 'final') as ReviewKind, dueOn: '' },
    validate: { dueOn: (value) => (value ? null : t('common.required')) },
  });
  const mutation = useMutation({
    mutationFn: (values: typeof form.values) => planReview(topicId, values),
    onSuccess: (review) => {
      saved(review);
      notifications.show({
        color: 'green',
        message: t('review.planned', { kind: t(`review.kindsLower.${review.kind}`) }),
      });
      navigate(`/reviews/${review.id}`);
    },
    onError: (error) => applyServerErrors(form, error),
  });
  if (!open)
    return (
      <Group>
        <Button size="sm" variant="light" onClick={() => setOpen(true)}>
          {t('review.plan')}
        </Button>
      </Group>
    );
  const kinds: ReviewKind[] = hasFinal ? ['interim'] : ['interim', 'final'];
  return (
    <form onSubmit={form.onSubmit((values) => mutation.mutate(values))} noValidate>
      <Stack gap="xs" className="follow-up-report" data-testid="plan-review">
        <Text size="sm" fw={600}>
          {t('review.plan')}
        </Text>
        <ErrorAlert error={mutation.error} />
        <SimpleGrid cols={{ base: 1, xs: 2 }} spacing="xs">
          <NativeSelect
            label={t('review.kind')}
            data={kinds.map((kind) => ({ value: kind, label: reviewKindLabel(t, kind) }))}
            {...form.getInputProps('kind')}
          />
          <DateField label={t('review.dueOn')} withAsterisk {...form.getInputProps('dueOn')} />
        </SimpleGrid>
        <FormButtons
          pending={mutation.isPending}
          onCancel={() => setOpen(false)}
          submitLabel={t('review.planSubmit')}
        />
      </Stack>
    </form>
  );
}
