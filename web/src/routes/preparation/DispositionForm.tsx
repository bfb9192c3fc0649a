import '@mantine/core/styles/Radio.css';
import { Button, Group, Radio, Stack, Textarea } from '@mantine/core';
import { useForm } from '@mantine/form';
import { notifications } from '@mantine/notifications';
import { useMutation } from '@tanstack/react-query';
import { disposeComment } from '../../api/endpoints.ts';
import type { Disposition, TopicComment } from '../../api/models.ts';
import { ErrorAlert } from '../../components/ErrorAlert.tsx';
import { applyServerErrors, nullable } from '../../components/forms.ts';
import { useTranslation } from '../../i18n/useTranslation.ts';
import { dispositionLabel } from '../../lib/preparation.ts';
import { useTopicSaved } from './topic-cache.ts';

const DISPOSITIONS: readonly Disposition[] = ['accepted', 'partly_accepted', 'not_accepted'];

/** The preparer's answer to one comment: accepted, partly accepted or not, explained unless accepted. */
export function DispositionForm({ topicId, comment }: { topicId: string; comment: TopicComment }) {
  const { t } = useTranslation();
  const saved = useTopicSaved();
  const form = useForm({
    initialValues: {
      disposition: (comment.disposition ?? '') as Disposition | '',
      explanation: comment.explanation ?? '',
    },
    validate: {
      disposition: (value) => (value ? null : t('topic.disposition.choose')),
      explanation: (value, values) =>
        values.disposition && values.disposition !== 'accepted' && !value.trim()
          ? t('topic.disposition.explanationRequired')
          : null,
    },
  });
  const mutation = useMutation({
    mutationFn: (values: typeof form.values) =>
      disposeComment(topicId, comment.id, {
        disposition: values.disposition as Disposition,
        explanation: nullable(values.explanation),
      }),
    onSuccess: (next) => {
      saved(next);
      form.resetDirty();
      notifications.show({ color: 'green', message: t('topic.disposition.saved') });
    },
    onError: (error) => applyServerErrors(form, error),
  });
  const explained = form.values.disposition !== '' && form.values.disposition !== 'accepted';
  return (
    <form onSubmit={form.onSubmit((values) => mutation.mutate(values))} noValidate>
      <Stack gap="xs" className="topic-disposition-form">
        <ErrorAlert error={mutation.error} />
        <Radio.Group label={t('topic.disposition.label')} withAsterisk {...form.getInputProps('disposition')}>
          <Group gap="md" mt={4}>
            {DISPOSITIONS.map((d) => (
              <Radio key={d} value={d} label={dispositionLabel(t, d)} size="md" />
            ))}
          </Group>
        </Radio.Group>
        <Textarea
          label={t('topic.disposition.explanation')}
          withAsterisk={explained}
          autosize
          minRows={2}
          {...form.getInputProps('explanation')}
        />
        <Group>
          <Button type="submit" size="sm" loading={mutation.isPending}>
            {t('topic.disposition.save')}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
