import { Button, Group, Stack, Text, Textarea } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useMutation } from '@tanstack/react-query';
import { useState } from 'react';
import type { Meeting } from '../../api/models.ts';
import { ErrorAlert } from '../../components/ErrorAlert.tsx';
import { Section } from '../../components/Section.tsx';
import { useTranslation } from '../../i18n/useTranslation.ts';
import { recordOpen } from '../../lib/meetings.ts';
import { useMeetingSaved } from './meeting-cache.ts';
import { useConsoleSubmit, wasQueued } from './offline-outbox.ts';

/** The chair's conclusion (seed 000: "Chủ trì kết luận"), written into the minutes. */
export function ConclusionSection({ meeting }: { meeting: Meeting }) {
  const { t } = useTranslation();
  const editable = recordOpen(meeting);
  if (!editable && !meeting.conclusion) return null;
  return (
    <Section title={t('meeting.conclusion.title')} testId="conclusion">
      {editable ? (
        <ConclusionEditor meeting={meeting} />
      ) : (
        <Text size="sm" style={{ whiteSpace: 'pre-wrap' }} data-testid="conclusion-text">
          {meeting.conclusion}
        </Text>
      )}
    </Section>
  );
}

function ConclusionEditor({ meeting }: { meeting: Meeting }) {
  const { t } = useTranslation();
  const saved = useMeetingSaved();
  const submit = useConsoleSubmit(meeting.id);
  const server = meeting.conclusion ?? '';
  const [text, setText] = useState(server);
  // While nothing is typed here, a conclusion saved from another console shows.
  const [base, setBase] = useState(server);
  if (server !== base) {
    setBase(server);
    if (text === base) setText(server);
  }
  const dirty = text !== server;
  const mutation = useMutation({
    // Offline too: the outbox keeps the change (react-query would hold it back until online).
    networkMode: 'always',
    mutationFn: (value: string) => submit({ kind: 'conclusion', conclusion: value.trim() || null }),
    onSuccess: (next) => {
      const value = next.conclusion ?? '';
      setBase(value);
      setText(value);
      saved(next);
      notifications.show(
        wasQueued(next)
          ? { color: 'orange', message: t('meeting.offline.queued') }
          : { color: 'green', message: t('meeting.conclusion.saved') },
      );
    },
  });
  return (
    <Stack gap="xs">
      <Textarea
        label={t('meeting.conclusion.label')}
        autosize
        minRows={3}
        value={text}
        onChange={(event) => setText(event.currentTarget.value)}
      />
      <ErrorAlert error={mutation.error} />
      <Group gap="xs">
        <Button
          size="sm"
          disabled={!dirty}
          loading={mutation.isPending}
          onClick={() => mutation.mutate(text)}
        >
          {t('meeting.conclusion.save')}
        </Button>
        {dirty ? (
          <Text size="xs" c="orange.8">
            {t('meeting.unsaved')}
          </Text>
        ) : null}
      </Group>
    </Stack>
  );
}
