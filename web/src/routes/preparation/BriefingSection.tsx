import { Alert, Button, Group, Stack, Text, Textarea } from '@mantine/core';
import { useForm } from '@mantine/form';
import { notifications } from '@mantine/notifications';
import { useMutation, useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { saveBriefing, topicLessonsQuery } from '../../api/endpoints.ts';
import type { TopicPreparation } from '../../api/models.ts';
import { DateField } from '../../components/DateField.tsx';
import { ErrorAlert } from '../../components/ErrorAlert.tsx';
import { FormButtons } from '../../components/FormButtons.tsx';
import { applyServerErrors, nullable } from '../../components/forms.ts';
import { Section } from '../../components/Section.tsx';
import { useTranslation } from '../../i18n/useTranslation.ts';
import { formatDate } from '../../lib/format.ts';
import { useTopicSaved } from './topic-cache.ts';

const FIELDS = ['purpose', 'requirements', 'content', 'method'] as const;

/**
 * The secretary's briefing of the preparer (mục đích, yêu cầu, nội dung, phương pháp): read by everyone,
 * written by the secretary.
 */
export function BriefingSection({ prep }: { prep: TopicPreparation }) {
  const { t } = useTranslation();
  const [editing, setEditing] = useState(false);
  const { briefing } = prep;
  const empty = FIELDS.every((f) => !briefing[f]) && !briefing.briefedOn;

  return (
    <Section title={t('topic.briefing.title')} testId="briefing">
      {editing ? (
        <BriefingForm prep={prep} onDone={() => setEditing(false)} />
      ) : (
        <Stack gap="xs">
          {empty ? (
            <Text size="sm" c="dimmed">
              {t('topic.briefing.none')}
            </Text>
          ) : (
            <>
              {FIELDS.map((field) =>
                briefing[field] ? (
                  <div key={field}>
                    <Text size="sm" fw={600}>
                      {t(`topic.briefing.${field}`)}
                    </Text>
                    <Text size="sm" style={{ whiteSpace: 'pre-wrap' }}>
                      {briefing[field]}
                    </Text>
                  </div>
                ) : null,
              )}
              {briefing.briefedOn ? (
                <Text size="sm" c="dimmed">
                  {t('topic.briefing.briefedOnValue', { date: formatDate(briefing.briefedOn) })}
                </Text>
              ) : null}
            </>
          )}
          <Lessons topicId={prep.topic.id} />
          {prep.permissions.brief ? (
            <Group>
              <Button size="sm" variant="light" onClick={() => setEditing(true)}>
                {empty ? t('topic.briefing.write') : t('topic.briefing.edit')}
              </Button>
            </Group>
          ) : null}
        </Stack>
      )}
    </Section>
  );
}

/**
 * Seed 001: "Rút kinh nghiệm cho những buổi sinh hoạt chuyên đề tiếp theo" — the lessons the secretary drew
 * after the cell's latest evaluated meeting, for this topic's preparer.
 */
function Lessons({ topicId }: { topicId: string }) {
  const { t } = useTranslation();
  const { data } = useQuery(topicLessonsQuery(topicId));
  const lessons = data?.lessons;
  if (!lessons) return null;
  return (
    <Alert color="blue" variant="light" title={t('topic.briefing.lessons')} data-testid="briefing-lessons">
      <Stack gap={4}>
        <Text size="xs" c="dimmed">
          {lessons.topicTitle
            ? t('topic.briefing.lessonsFrom', { date: formatDate(lessons.heldOn), topic: lessons.topicTitle })
            : t('topic.briefing.lessonsFromRegular', { date: formatDate(lessons.heldOn) })}
        </Text>
        <Text size="sm" style={{ whiteSpace: 'pre-wrap' }}>
          {lessons.text}
        </Text>
      </Stack>
    </Alert>
  );
}

function BriefingForm({ prep, onDone }: { prep: TopicPreparation; onDone: () => void }) {
  const { t } = useTranslation();
  const saved = useTopicSaved();
  const { briefing } = prep;
  const form = useForm({
    initialValues: {
      purpose: briefing.purpose ?? '',
      requirements: briefing.requirements ?? '',
      content: briefing.content ?? '',
      method: briefing.method ?? '',
      briefedOn: briefing.briefedOn ?? '',
    },
  });
  const mutation = useMutation({
    mutationFn: (values: typeof form.values) =>
      saveBriefing(prep.topic.id, {
        purpose: nullable(values.purpose),
        requirements: nullable(values.requirements),
        content: nullable(values.content),
        method: nullable(values.method),
        briefedOn: values.briefedOn || null,
      }),
    onSuccess: (next) => {
      saved(next);
      notifications.show({ color: 'green', message: t('topic.briefing.saved') });
      onDone();
    },
    onError: (error) => applyServerErrors(form, error),
  });
  return (
    <form onSubmit={form.onSubmit((values) => mutation.mutate(values))} noValidate>
      <Stack>
        <ErrorAlert error={mutation.error} />
        {FIELDS.map((field) => (
          <Textarea
            key={field}
            label={t(`topic.briefing.${field}`)}
            autosize
            minRows={2}
            {...form.getInputProps(field)}
          />
        ))}
        <DateField label={t('topic.briefing.briefedOn')} {...form.getInputProps('briefedOn')} />
        <FormButtons pending={mutation.isPending} onCancel={onDone} />
      </Stack>
    </form>
  );
}
