import { Button, Group, Stack, Text, Textarea } from '@mantine/core';
import { useForm } from '@mantine/form';
import { notifications } from '@mantine/notifications';
import { useMutation } from '@tanstack/react-query';
import { EVALUATION_FIELDS, type EvaluationField } from '#domain/meetings/evaluation.ts';
import { saveEvaluation } from '../../api/endpoints.ts';
import type { Meeting } from '../../api/models.ts';
import { ErrorAlert } from '../../components/ErrorAlert.tsx';
import { applyServerErrors, nullable } from '../../components/forms.ts';
import { Section } from '../../components/Section.tsx';
import { useTranslation } from '../../i18n/useTranslation.ts';
import { useMeetingSaved } from './meeting-cache.ts';

type Values = Record<EvaluationField, string>;

/**
 * The secretary's evaluation after the meeting (seed 001): the preparers, the result, the lessons. The secretary
 * writes it until the meeting's report is issued; everyone who reads the meeting reads it.
 */
export function EvaluationSection({ meeting }: { meeting: Meeting }) {
  const { t } = useTranslation();
  const { evaluation } = meeting;
  if (!meeting.permissions.evaluate && !evaluation) return null;
  return (
    <Section title={t('meeting.evaluation.title')} testId="evaluation">
      {meeting.permissions.evaluate ? (
        <EvaluationForm meeting={meeting} />
      ) : (
        <Stack gap="xs">
          {EVALUATION_FIELDS.filter((field) => evaluation?.[field]).map((field) => (
            <Stack key={field} gap={2}>
              <Text size="sm" fw={600}>
                {t(`meeting.evaluation.${field}`)}
              </Text>
              <Text size="sm" style={{ whiteSpace: 'pre-wrap' }}>
                {evaluation?.[field]}
              </Text>
            </Stack>
          ))}
        </Stack>
      )}
    </Section>
  );
}

function EvaluationForm({ meeting }: { meeting: Meeting }) {
  const { t } = useTranslation();
  const saved = useMeetingSaved();
  const initial: Values = {
    preparer: meeting.evaluation?.preparer ?? '',
    result: meeting.evaluation?.result ?? '',
    lessons: meeting.evaluation?.lessons ?? '',
  };
  const form = useForm<Values>({ initialValues: initial });
  const mutation = useMutation({
    mutationFn: (values: Values) =>
      saveEvaluation(meeting.id, {
        preparer: nullable(values.preparer),
        result: nullable(values.result),
        lessons: nullable(values.lessons),
      }),
    onSuccess: (next) => {
      saved(next);
      form.resetDirty();
      notifications.show({ color: 'green', message: t('meeting.evaluation.saved') });
    },
    onError: (error) => applyServerErrors(form, error),
  });
  return (
    <form onSubmit={form.onSubmit((values) => mutation.mutate(values))} noValidate>
      <Stack gap="xs">
        <Text size="xs" c="dimmed">
          {t('meeting.evaluation.hint')}
        </Text>
        {EVALUATION_FIELDS.map((field) => (
          <Textarea
            key={field}
            label={t(`meeting.evaluation.${field}`)}
            autosize
            minRows={2}
            {...form.getInputProps(field)}
          />
        ))}
        <ErrorAlert error={mutation.error} />
        <Group gap="xs">
          <Button type="submit" size="sm" disabled={!form.isDirty()} loading={mutation.isPending}>
            {t('meeting.evaluation.save')}
          </Button>
          {form.isDirty() ? (
            <Text size="xs" c="orange.8">
              {t('meeting.unsaved')}
            </Text>
          ) : null}
        </Group>
      </Stack>
    </form>
  );
}
