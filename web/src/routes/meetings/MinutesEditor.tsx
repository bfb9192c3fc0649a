import { Button, Group, Stack, Text, Textarea } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useMutation } from '@tanstack/react-query';
import { useEffect, useState } from 'react';
import { ApiError } from '../../api/client.ts';
import { saveMinutes } from '../../api/endpoints.ts';
import type { Meeting, MeetingMinutes } from '../../api/models.ts';
import { ErrorAlert } from '../../components/ErrorAlert.tsx';
import { useTranslation } from '../../i18n/useTranslation.ts';
import { useMeetingSaved } from './meeting-cache.ts';

/**
 * The minutes' text while nobody has signed it. The save names the version it started from: a text saved
 * meanwhile by the other keeper is not overwritten (the editor offers to load it).
 */
export function MinutesEditor({
  meeting,
  minutes,
  onDirtyChange,
}: {
  meeting: Meeting;
  minutes: MeetingMinutes;
  onDirtyChange: (dirty: boolean) => void;
}) {
  const { t } = useTranslation();
  const saved = useMeetingSaved();
  const [text, setText] = useState(minutes.text);
  // The saved version the text started from.
  const [base, setBase] = useState({ text: minutes.text, updatedAt: minutes.updatedAt });
  const dirty = text !== base.text;
  // While nothing is typed here, a newer text (redrafted or saved elsewhere) replaces it.
  if (!dirty && minutes.updatedAt !== base.updatedAt) {
    setBase({ text: minutes.text, updatedAt: minutes.updatedAt });
    setText(minutes.text);
  }
  useEffect(() => onDirtyChange(dirty), [dirty, onDirtyChange]);
  const mutation = useMutation({
    mutationFn: (value: string) => saveMinutes(meeting.id, value, base.updatedAt),
    onSuccess: (next) => {
      const m = next.minutes;
      if (m) {
        setBase({ text: m.text, updatedAt: m.updatedAt });
        setText(m.text);
      }
      saved(next);
      notifications.show({ color: 'green', message: t('meeting.minutes.saved') });
    },
  });
  const changedElsewhere = mutation.error instanceof ApiError && mutation.error.code === 'MEETING_CHANGED';
  const loadLatest = () => {
    setBase({ text: minutes.text, updatedAt: minutes.updatedAt });
    setText(minutes.text);
    mutation.reset();
  };
  return (
    <Stack gap="xs">
      <Textarea
        label={t('meeting.minutes.text')}
        autosize
        minRows={12}
        maxRows={40}
        value={text}
        onChange={(event) => setText(event.currentTarget.value)}
        className="meeting-minutes-editor"
      />
      <ErrorAlert error={mutation.error} />
      <Group gap="xs">
        <Button disabled={!dirty} loading={mutation.isPending} onClick={() => mutation.mutate(text)}>
          {t('meeting.minutes.save')}
        </Button>
        {changedElsewhere ? (
          <Button variant="light" onClick={loadLatest}>
            {t('meeting.minutes.loadLatest')}
          </Button>
        ) : null}
        <Text size="xs" c={dirty ? 'orange.8' : 'dimmed'}>
          {dirty ? t('meeting.unsaved') : t('meeting.allSaved')}
        </Text>
      </Group>
    </Stack>
  );
}
