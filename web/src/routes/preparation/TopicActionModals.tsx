import { Modal, Stack, Text, Textarea } from '@mantine/core';
import { useForm } from '@mantine/form';
import { notifications } from '@mantine/notifications';
import { useMutation } from '@tanstack/react-query';
import { addDays } from '#domain/dates/local-date.ts';
import { topicTransition } from '../../api/endpoints.ts';
import type { TopicPreparation } from '../../api/models.ts';
import { DateField } from '../../components/DateField.tsx';
import { ErrorAlert } from '../../components/ErrorAlert.tsx';
import { FormButtons } from '../../components/FormButtons.tsx';
import { applyServerErrors, optional } from '../../components/forms.ts';
import { useTranslation } from '../../i18n/useTranslation.ts';
import { todayLocalDate } from '../../lib/format.ts';
import { draftActionKey, draftActionLabel } from '../../lib/preparation.ts';
import { useTopicSaved } from './topic-cache.ts';

export type TopicDialog = 'approve' | 'refuse' | 'reopen_comments';

/** Members get a week to study draft 1 unless the approver sets another day (the server's default too). */
const COMMENT_DAYS = 7;

/** Approve, refuse or reopen comments: the steps that ask for a remark or a date. */
export function TopicActionDialog({
  prep,
  dialog,
  onClose,
}: {
  prep: TopicPreparation;
  dialog: TopicDialog;
  onClose: () => void;
}) {
  const { t } = useTranslation();
  return (
    <Modal opened onClose={onClose} title={t(`draftActions.titles.${draftActionKey(prep, dialog)}`)}>
      <ActionForm prep={prep} dialog={dialog} onDone={onClose} />
    </Modal>
  );
}

function ActionForm({
  prep,
  dialog,
  onDone,
}: {
  prep: TopicPreparation;
  dialog: TopicDialog;
  onDone: () => void;
}) {
  const { t } = useTranslation();
  const saved = useTopicSaved();
  const today = todayLocalDate();
  const key = draftActionKey(prep, dialog);
  // Approving draft 1 sends it to members: the approver sets how long they have to comment.
  const asksDueDate =
    (dialog === 'approve' && prep.status === 'draft1_submitted') || dialog === 'reopen_comments';
  const form = useForm({
    initialValues: {
      remark: '',
      date: asksDueDate ? addDays(today, COMMENT_DAYS) : '',
    },
    validate: {
      remark: (value) => (dialog === 'refuse' && !value.trim() ? t('draftActions.remarkRequired') : null),
      date: (value) => (dialog === 'reopen_comments' && !value ? t('common.required') : null),
    },
  });
  const mutation = useMutation({
    mutationFn: (values: typeof form.values) => {
      const id = prep.topic.id;
      switch (dialog) {
        case 'approve':
          return topicTransition.approve(id, {
            remark: optional(values.remark),
            commentDueOn: asksDueDate ? values.date || undefined : undefined,
          });
        case 'refuse':
          return topicTransition.refuse(id, values.remark.trim());
        case 'reopen_comments':
          return topicTransition.reopen_comments(id, values.date);
      }
    },
    onSuccess: (next) => {
      saved(next);
      notifications.show({ color: 'green', message: t(`draftActions.done.${key}`) });
      onDone();
    },
    // The server names the date field after the request: it is the form's `date`.
    onError: (error) => applyServerErrors(form, error, (path) => (path === 'commentDueOn' ? 'date' : path)),
  });
  return (
    <form onSubmit={form.onSubmit((values) => mutation.mutate(values))} noValidate>
      <Stack>
        <ErrorAlert error={mutation.error} />
        <Text size="sm">{t(`draftActions.hints.${key}`, { title: prep.topic.title })}</Text>
        {dialog === 'approve' || dialog === 'refuse' ? (
          <Textarea
            label={t(dialog === 'refuse' ? 'draftActions.remarkRefuse' : 'draftActions.remarkOptional')}
            withAsterisk={dialog === 'refuse'}
            autosize
            minRows={3}
            data-autofocus
            {...form.getInputProps('remark')}
          />
        ) : null}
        {asksDueDate ? (
          <DateField
            label={t('draftActions.commentDueOn')}
            withAsterisk={dialog === 'reopen_comments'}
            min={today}
            {...form.getInputProps('date')}
          />
        ) : null}
        <FormButtons pending={mutation.isPending} onCancel={onDone} submitLabel={draftActionLabel(t, key)} />
      </Stack>
    </form>
  );
}
