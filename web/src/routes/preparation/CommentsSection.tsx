import { Badge, Button, Card, Group, Stack, Text, Textarea } from '@mantine/core';
import { useForm } from '@mantine/form';
import { notifications } from '@mantine/notifications';
import { useMutation } from '@tanstack/react-query';
import { addTopicComment, dispositionsDocumentUrl } from '../../api/endpoints.ts';
import type { TopicComment, TopicPreparation } from '../../api/models.ts';
import { DocumentLinks } from '../../components/DocumentLinks.tsx';
import { ErrorAlert } from '../../components/ErrorAlert.tsx';
import { applyServerErrors } from '../../components/forms.ts';
import { Section } from '../../components/Section.tsx';
import { useTranslation } from '../../i18n/useTranslation.ts';
import { formatDateTime } from '../../lib/format.ts';
import { dispositionLabel } from '../../lib/preparation.ts';
import { DispositionForm } from './DispositionForm.tsx';
import { useTopicSaved } from './topic-cache.ts';

const DISPOSITION_COLORS = { accepted: 'green', partly_accepted: 'yellow', not_accepted: 'gray' } as const;

/** Members' comments on draft 1 and the preparer's answers: the disposition table draft 2 is made from. */
export function CommentsSection({ prep }: { prep: TopicPreparation }) {
  const { t } = useTranslation();
  const { comments, dispositionSummary: summary, permissions } = prep;
  if (comments.length === 0 && !permissions.comment && !prep.dates.distributedAt) return null;
  return (
    <Section title={t('topic.comments.title')} testId="comments">
      {permissions.comment ? <GeneralCommentForm topicId={prep.topic.id} /> : null}
      {comments.length === 0 ? (
        <Text size="sm" c="dimmed">
          {t('topic.comments.none')}
        </Text>
      ) : (
        <Text size="sm" data-testid="disposition-summary">
          {t('topic.comments.summary', summary)}
        </Text>
      )}
      {comments.map((comment) => (
        <CommentCard key={comment.id} comment={comment} prep={prep} />
      ))}
      {comments.length > 0 ? (
        <Stack gap={4}>
          <Text size="sm" fw={600}>
            {t('topic.comments.tableTitle')}
          </Text>
          <DocumentLinks url={(format) => dispositionsDocumentUrl(prep.topic.id, format)} />
        </Stack>
      ) : null}
    </Section>
  );
}

function CommentCard({ comment, prep }: { comment: TopicComment; prep: TopicPreparation }) {
  const { t } = useTranslation();
  return (
    <Card withBorder padding="sm" data-testid="comment">
      <Stack gap={6}>
        <Group gap="xs" justify="space-between">
          <Text size="sm" fw={600}>
            {comment.personName}
          </Text>
          <Text size="xs" c="dimmed">
            {formatDateTime(comment.createdAt)}
          </Text>
        </Group>
        {comment.quote ? (
          <>
            <blockquote className="topic-quote">{comment.quote}</blockquote>
            {comment.range === null ? (
              <Text size="xs" c="dimmed">
                {t('topic.comments.passageGone')}
              </Text>
            ) : null}
          </>
        ) : (
          <Text size="xs" c="dimmed">
            {t('topic.comments.general')}
          </Text>
        )}
        <Text size="sm" style={{ whiteSpace: 'pre-wrap' }}>
          {comment.body}
        </Text>
        {comment.disposition ? (
          <Stack gap={2}>
            <Group gap="xs">
              <Badge color={DISPOSITION_COLORS[comment.disposition]} variant="light" tt="none">
                {dispositionLabel(t, comment.disposition)}
              </Badge>
              {comment.disposedByName ? (
                <Text size="xs" c="dimmed">
                  {comment.disposedByName}
                  {comment.disposedAt ? ` · ${formatDateTime(comment.disposedAt)}` : ''}
                </Text>
              ) : null}
            </Group>
            {comment.explanation ? (
              <Text size="sm" style={{ whiteSpace: 'pre-wrap' }}>
                {comment.explanation}
              </Text>
            ) : null}
          </Stack>
        ) : prep.permissions.dispose ? null : (
          <Text size="xs" c="dimmed">
            {t('topic.comments.pending')}
          </Text>
        )}
        {prep.permissions.dispose ? <DispositionForm topicId={prep.topic.id} comment={comment} /> : null}
      </Stack>
    </Card>
  );
}

/** A comment on the draft as a whole. */
function GeneralCommentForm({ topicId }: { topicId: string }) {
  const { t } = useTranslation();
  const saved = useTopicSaved();
  const form = useForm({
    initialValues: { body: '' },
    validate: { body: (value) => (value.trim() ? null : t('common.required')) },
  });
  const mutation = useMutation({
    mutationFn: (values: typeof form.values) => addTopicComment(topicId, { body: values.body.trim() }),
    onSuccess: (next) => {
      saved(next);
      form.reset();
      notifications.show({ color: 'green', message: t('topic.comments.sent') });
    },
    onError: (error) => applyServerErrors(form, error),
  });
  return (
    <form onSubmit={form.onSubmit((values) => mutation.mutate(values))} noValidate>
      <Stack gap="xs">
        <ErrorAlert error={mutation.error} />
        <Textarea
          label={t('topic.comments.generalLabel')}
          autosize
          minRows={2}
          {...form.getInputProps('body')}
        />
        <Group>
          <Button type="submit" size="sm" variant="light" loading={mutation.isPending}>
            {t('topic.comments.sendGeneral')}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
