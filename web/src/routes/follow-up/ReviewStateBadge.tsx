import { Badge, type BadgeProps } from '@mantine/core';
import type { ReviewSummary } from '../../api/models.ts';
import { useTranslation } from '../../i18n/useTranslation.ts';
import { documentNumber, REVIEW_STATE_COLORS } from '../../lib/follow-up.ts';

/** "Kế hoạch", "Quá hạn" (its day passed, not issued) or "Đã ban hành số 01-BC/CB". */
export function ReviewStateBadge({
  review,
  ...rest
}: { review: Pick<ReviewSummary, 'state' | 'number'> } & BadgeProps) {
  const { t } = useTranslation();
  return (
    <Badge
      color={REVIEW_STATE_COLORS[review.state]}
      variant={review.state === 'overdue' ? 'filled' : 'light'}
      tt="none"
      data-testid="review-state"
      style={{ maxWidth: '100%' }}
      {...rest}
    >
      {review.state === 'issued' && review.number !== null
        ? t('review.states.issued', { number: documentNumber(review.number, 'BC') })
        : t(`review.states.${review.state}`)}
    </Badge>
  );
}
