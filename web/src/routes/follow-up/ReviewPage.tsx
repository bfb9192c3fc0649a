import '../../styles/data.ts';
import './follow-up.css';
import { Anchor, Group, Stack, Text, Title } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import { reviewDocumentUrl, reviewQuery } from '../../api/endpoints.ts';
import type { ResolutionReview } from '../../api/models.ts';
import { DocumentLinks } from '../../components/DocumentLinks.tsx';
import { ErrorAlert } from '../../components/ErrorAlert.tsx';
import { Loading } from '../../components/Loading.tsx';
import { useTranslation } from '../../i18n/useTranslation.ts';
import { REVIEW_TEXT_FIELDS, resolutionName, reviewFieldLabel } from '../../lib/follow-up.ts';
import { formatDate } from '../../lib/format.ts';
import { Link, useParams } from '../../lib/router.tsx';
import { ReviewEditor } from './ReviewEditor.tsx';
import { ReviewStateBadge } from './ReviewStateBadge.tsx';
import { ReviewTasks } from './ReviewTasks.tsx';

/**
 * "/reviews/:id": an interim (sơ kết) or the final (tổng kết) review of a resolution — written by the
 * secretary until it is issued as the cell's numbered report, then read by the cell and the committee above.
 */
export default function ReviewPage() {
  const { id = '' } = useParams();
  const { data: review, error, isPending, refetch } = useQuery(reviewQuery(id));
  if (isPending) return <Loading />;
  if (error || !review) return <ErrorAlert error={error} onRetry={() => void refetch()} />;
  // Issuing closes the editor: start the screen afresh.
  return <ReviewScreen key={`${review.id}:${review.mayEdit}`} review={review} />;
}

function ReviewScreen({ review }: { review: ResolutionReview }) {
  const { t } = useTranslation();
  return (
    <Stack gap="lg">
      <ReviewHeader review={review} />
      {review.mayEdit ? <ReviewEditor review={review} /> : <ReviewText review={review} />}
      <ReviewTasks review={review} />
      <DocumentLinks label={t('review.document')} url={(format) => reviewDocumentUrl(review.id, format)} />
    </Stack>
  );
}

/** The report's title, with the way back to the resolution's topic, its day and where it stands. */
function ReviewHeader({ review }: { review: ResolutionReview }) {
  const { t } = useTranslation();
  const { resolution } = review;
  return (
    <Stack gap="xs">
      <Anchor component={Link} to={`/topics/${review.topic.id}`} size="sm">
        ← {review.topic.title}
      </Anchor>
      <Stack gap={4}>
        {resolution.issuedOn ? (
          <Text size="sm" c="dimmed">
            {t('review.resolutionLine', {
              resolution: resolutionName(t, resolution),
              date: formatDate(resolution.issuedOn),
            })}
          </Text>
        ) : null}
        <Title order={2}>
          {t('review.title', {
            kind: t(`review.kindsLower.${review.kind}`),
            resolution: resolutionName(t, resolution),
          })}
        </Title>
        <Group gap="xs">
          <ReviewStateBadge review={review} size="lg" />
          <Text size="sm">
            {t(`review.dateLabel.${review.kind}`)}: {formatDate(review.dueOn)}
          </Text>
          {review.issuedOn ? (
            <Text size="sm" c="dimmed">
              {t('review.issuedOn', { date: formatDate(review.issuedOn) })}
            </Text>
          ) : null}
        </Group>
      </Stack>
    </Stack>
  );
}

/** The four parts as written (one paragraph a line), for whoever reads an issued report. */
function ReviewText({ review }: { review: ResolutionReview }) {
  const { t } = useTranslation();
  return (
    <Stack gap="md" data-testid="review-text">
      {REVIEW_TEXT_FIELDS.map((field) => {
        const paragraphs = (review[field] ?? '')
          .split('\n')
          .map((line) => line.trim())
          .filter(Boolean);
        return (
          <Stack key={field} gap={4} component="section">
            <Title order={3} size="h5">
              {reviewFieldLabel(t, review.kind, field)}
            </Title>
            {paragraphs.length === 0 ? (
              <Text size="sm" c="dimmed">
                {t('review.notWritten')}
              </Text>
            ) : (
              paragraphs.map((line, i) => (
                // biome-ignore lint/suspicious/noArrayIndexKey: lines of one plain text; their place is their identity.
                <Text key={i} size="sm" className="follow-up-text">
                  {line}
                </Text>
              ))
            )}
          </Stack>
        );
      })}
    </Stack>
  );
}
