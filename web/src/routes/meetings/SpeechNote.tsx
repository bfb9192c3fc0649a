import { Button, Group, Stack, Text, Textarea } from '@mantine/core';
import { useMutation } from '@tanstack/react-query';
import { useState } from 'react';
import type { MeetingSpeech } from '../../api/models.ts';
import { ErrorAlert } from '../../components/ErrorAlert.tsx';
import { useTranslation } from '../../i18n/useTranslation.ts';
import { useMeetingSaved } from './meeting-cache.ts';
import { readStored, speechNoteKey, writeStored } from './note-storage.ts';
import { useConsoleSubmit } from './offline-outbox.ts';

/**
 * The minute-taker's note of one speech. What is typed lives in the component and on the device until the
 * server has it: a reload of the meeting (a change elsewhere), a dropped connection or a failed save keeps
 * it, and the save can be tried again.
 */
export function SpeechNote({ meetingId, speech }: { meetingId: string; speech: MeetingSpeech }) {
  const { t } = useTranslation();
  const saved = useMeetingSaved();
  const submit = useConsoleSubmit(meetingId);
  const key = speechNoteKey(meetingId, speech.id);
  const server = speech.note ?? '';
  const [text, setText] = useState(() => readStored(key) ?? server);
  // The server's note this text started from: while nothing is typed, a note saved elsewhere shows here.
  const [base, setBase] = useState(server);
  if (server !== base) {
    setBase(server);
    if (text === base) setText(server);
  }
  const dirty = text !== server;
  const mutation = useMutation({
    // Offline too: the outbox keeps the change (react-query would hold it back until online).
    networkMode: 'always',
    // Offline the note waits in the outbox (and shows as saved on this device) until the network returns.
    mutationFn: (note: string) =>
      submit({ kind: 'speechUpdate', speechId: speech.id, body: { note: note.trim() || null } }),
    onSuccess: (next, note) => {
      // Typing may have gone on while the save was on its way: keep what is newer than what was saved.
      const savedNote = next.speeches.find((s) => s.id === speech.id)?.note ?? '';
      if ((readStored(key) ?? note) === note) {
        writeStored(key, null);
        setText(savedNote);
      }
      setBase(savedNote);
      saved(next);
    },
  });
  const change = (value: string) => {
    setText(value);
    writeStored(key, value === server ? null : value);
  };
  return (
    <Stack gap={4} className="meeting-note">
      <Textarea
        label={t('meeting.speakers.note')}
        autosize
        minRows={2}
        value={text}
        onChange={(event) => change(event.currentTarget.value)}
      />
      <ErrorAlert error={mutation.error} />
      <Group gap="xs">
        <Button
          size="compact-sm"
          variant={dirty ? 'filled' : 'light'}
          disabled={!dirty}
          loading={mutation.isPending}
          onClick={() => mutation.mutate(text)}
        >
          {t('meeting.speakers.saveNote')}
        </Button>
        <Text size="xs" c={dirty ? 'orange.8' : 'dimmed'} aria-live="polite">
          {dirty ? t('meeting.speakers.noteUnsaved') : server ? t('meeting.speakers.noteSaved') : ''}
        </Text>
      </Group>
    </Stack>
  );
}
