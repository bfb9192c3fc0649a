import { Button, Group, Stack, Text, Textarea } from '@mantine/core';
import { useForm } from '@mantine/form';
import { notifications } from '@mantine/notifications';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useId, useState } from 'react';
import { isBeforeItsDate } from '#domain/follow-up/review.ts';
import { ApiError } from '../../api/client.ts';
import { deleteReview, issueReview, keys, reviewQuery, saveReview } from '../../api/endpoints.ts';
import type { ResolutionReview, ReviewTextField } from '../../api/models.ts';
import { ConfirmDialog } from '../../components/ConfirmDialog.tsx';
import { DateField } from '../../components/DateField.tsx';
import { ErrorAlert, errorMessage } from '../../components/ErrorAlert.tsx';
import { applyServerErrors, nullable } from '../../components/forms.ts';
import { useTranslation } from '../../i18n/useTranslation.ts';
import {
  documentNumber,
  REVIEW_TEXT_FIELDS,
  requiredForIssue,
  reviewFieldLabel,
} from '../../lib/follow-up.ts';
import { formatDate, todayLocalDate } from '../../lib/format.ts';
import { useNavigate } from '../../lib/router.tsx';
import { useReviewSaved } from './follow-up-cache.ts';

type Values = Record<ReviewTextField, string> & { dueOn: string };

const valuesOf = (review: ResolutionReview): Values => ({
  dueOn: review.dueOn,
  results: review.results ?? '',
  shortcomings: review.shortcomings ?? '',
  lessons: review.lessons ?? '',
  nextSteps: review.nextSteps ?? '',
});

/**
 * The secretary writes the review: its day and its four parts. A save names the version it started from, so
 * a review saved meanwhile elsewhere is not overwritten. Issuing takes the saved text and gives it its BC
 * number; the server names the parts still missing, shown under each.
 */
export function ReviewEditor({ review }: { review: ResolutionReview }) {
  const { t } = useTranslation();
  const saved = useReviewSaved();
  const queryClient = useQueryClient();
  const navigate = useNavigate();
  // The saved version the form started from.
  const [base, setBase] = useState(review.updatedAt);
  const [confirming, setConfirming] = useState<'issue' | 'delete' | null>(null);
  // Seed 003, step 5: a review is issued on its own (saved) date or after (review.ts, isBeforeItsDate).
  const early = isBeforeItsDate(review, todayLocalDate());
  const earlyId = useId();
  const form = useForm<Values>({
    initialValues: valuesOf(review),
    validate: { dueOn: (value) => (value ? null : t('common.required')) },
  });
  const startFrom = (next: ResolutionReview) => {
    setBase(next.updatedAt);
    form.setValues(valuesOf(next));
    form.resetDirty(valuesOf(next));
  };

  const issue = useMutation({
    mutationFn: () => issueReview(review.id),
    onSuccess: (next) => {
      saved(next);
      notifications.show({
        color: 'green',
        message: t('review.issued', {
          number: next.number === null ? '' : documentNumber(next.number, 'BC'),
        }),
      });
    },
    onError: (error) => {
      // Parts still to write: close the dialog and say so under each of them.
      if (error instanceof ApiError && Object.keys(error.fields).length > 0) {
        applyServerErrors(form, error);
        setConfirming(null);
      }
    },
  });
  const save = useMutation({
    mutationFn: (values: Values) =>
      saveReview(review.id, {
        dueOn: values.dueOn,
        results: nullable(values.results),
        shortcomings: nullable(values.shortcomings),
        lessons: nullable(values.lessons),
        nextSteps: nullable(values.nextSteps),
        expectedUpdatedAt: base,
      }),
    onSuccess: (next) => {
      saved(next);
      startFrom(next);
      issue.reset();
      notifications.show({ color: 'green', message: t('review.saved') });
    },
    onError: (error) => applyServerErrors(form, error),
  });
  const remove = useMutation({
    mutationFn: () => deleteReview(review.id),
    onSuccess: () => {
      notifications.show({ color: 'green', message: t('review.deleted') });
      void queryClient.invalidateQueries({ queryKey: keys.topicReviews(review.topic.id) });
      navigate(`/topics/${review.topic.id}`, { replace: true });
    },
  });

  const changedElsewhere = save.error instanceof ApiError && save.error.code === 'REVIEW_CHANGED';
  const loadLatest = async () => {
    try {
      const latest = await queryClient.fetchQuery({ ...reviewQuery(review.id), staleTime: 0 });
      save.reset();
      startFrom(latest);
    } catch (error) {
      notifications.show({ color: 'red', message: errorMessage(error, t('common.networkError')) });
    }
  };
  const dirty = form.isDirty();
  const closeDialog = () => {
    setConfirming(null);
    issue.reset();
    remove.reset();
  };

  return (
    <>
      <form onSubmit={form.onSubmit((values) => save.mutate(values))} noValidate>
        <Stack gap="md" data-testid="review-editor">
          <DateField
            label={t(`review.dateLabel.${review.kind}`)}
            withAsterisk
            maw={220}
            {...form.getInputProps('dueOn')}
          />
          {REVIEW_TEXT_FIELDS.map((field) => (
            <Textarea
              key={field}
              label={reviewFieldLabel(t, review.kind, field)}
              description={requiredForIssue(review.kind, field) ? t('review.requiredToIssue') : undefined}
              autosize
              minRows={4}
              maxRows={20}
              {...form.getInputProps(field)}
            />
          ))}
          <ErrorAlert error={save.error ?? (confirming === null ? issue.error : null)} />
          <Group gap="xs">
            <Button type="submit" disabled={!dirty} loading={save.isPending}>
              {t('common.save')}
            </Button>
            {changedElsewhere ? (
              <Button variant="light" onClick={() => void loadLatest()}>
                {t('review.loadLatest')}
              </Button>
            ) : null}
            <Button
              color="red"
              variant="filled"
              disabled={dirty || early}
              aria-describedby={early ? earlyId : undefined}
              onClick={() => setConfirming('issue')}
            >
              {t('review.issue')}
            </Button>
            <Button variant="subtle" color="gray" onClick={() => setConfirming('delete')}>
              {t('review.delete')}
            </Button>
          </Group>
          <Text size="xs" c={dirty ? 'orange.8' : 'dimmed'} aria-live="polite">
            {dirty ? t('review.saveFirst') : t('review.allSaved')}
          </Text>
          {early ? (
            <Text size="xs" c="dimmed" id={earlyId} data-testid="review-issue-hint">
              {t('review.beforeItsDate', {
                kind: t(`review.kindsLower.${review.kind}`),
                date: formatDate(review.dueOn),
              })}
            </Text>
          ) : null}
        </Stack>
      </form>
      {confirming === 'issue' ? (
        <ConfirmDialog
          title={t('review.issue')}
          confirmLabel={t('review.issue')}
          color="red"
          pending={issue.isPending}
          error={issue.error}
          onConfirm={() => issue.mutate()}
          onClose={closeDialog}
        >
          {t('review.issueConfirm', { kind: t(`review.kindsLower.${review.kind}`) })}
        </ConfirmDialog>
      ) : null}
      {confirming === 'delete' ? (
        <ConfirmDialog
          title={t('review.delete')}
          confirmLabel={t('review.delete')}
          color="red"
          pending={remove.isPending}
          error={remove.error}
          onConfirm={() => remove.mutate()}
          onClose={closeDialog}
        >
          {t('review.deleteConfirm', {
            kind: t(`review.kindsLower.${review.kind}`),
            date: formatDate(review.dueOn),
          })}
        </ConfirmDialog>
      ) : null}
    </>
  );
}
