import { Modal, Stack, Textarea } from '@mantine/core';
import { useForm } from '@mantine/form';
import { notifications } from '@mantine/notifications';
import { useMutation } from '@tanstack/react-query';
import { addTopicComment } from '../../api/endpoints.ts';
import type { TextAnchor } from '../../api/models.ts';
import { ErrorAlert } from '../../components/ErrorAlert.tsx';
import { FormButtons } from '../../components/FormButtons.tsx';
import { applyServerErrors } from '../../components/forms.ts';
import { useTranslation } from '../../i18n/useTranslation.ts';
import { useTopicSaved } from './topic-cache.ts';

/** A comment on the passage the member selected; `onClose(true)` once it is sent. */
export default function CommentModal({
  topicId,
  anchor,
  onClose,
}: {
  topicId: string;
  anchor: TextAnchor;
  onClose: (sent: boolean) => void;
}) {
  const { t } = useTranslation();
  const saved = useTopicSaved();
  const form = useForm({
    initialValues: { body: '' },
    validate: { body: (value) => (value.trim() ? null : t('common.required')) },
  });
  const mutation = useMutation({
    mutationFn: (values: typeof form.values) =>
      addTopicComment(topicId, { body: values.body.trim(), anchor }),
    onSuccess: (next) => {
      saved(next);
      notifications.show({ color: 'green', message: t('topic.comments.sent') });
      onClose(true);
    },
    onError: (error) => applyServerErrors(form, error),
  });
  return (
    <Modal opened onClose={() => onClose(false)} title={t('topic.comments.onPassageTitle')}>
      <form onSubmit={form.onSubmit((values) => mutation.mutate(values))} noValidate>
        <Stack>
          <ErrorAlert error={mutation.error} withFields />
          <blockquote className="topic-quote">{anchor.quote}</blockquote>
          <Textarea
            label={t('topic.comments.body')}
            withAsterisk
            autosize
            minRows={3}
            data-autofocus
            {...form.getInputProps('body')}
          />
          <FormButtons
            pending={mutation.isPending}
            onCancel={() => onClose(false)}
            submitLabel={t('topic.comments.send')}
          />
        </Stack>
      </form>
    </Modal>
  );
}
