import { Alert, Button, Group, Stack, Text } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { keys } from '../../api/endpoints.ts';
import type { Meeting, MeetingAttendee } from '../../api/models.ts';
import { errorMessage } from '../../components/ErrorAlert.tsx';
import { useTranslation } from '../../i18n/useTranslation.ts';
import { useMeetingSaved } from './meeting-cache.ts';
import { useConsoleSubmit } from './offline-outbox.ts';

interface Failure {
  personId: string;
  name: string;
  message: string;
}

/** Whom "Tất cả có mặt" marks: the members the counts call unmarked (attendance.ts). Exempt members are not
 * expected and non-members are not counted, so each of them is marked on their own row. */
const marksAll = (person: MeetingAttendee) =>
  person.state === null && (person.memberStatus === 'official' || person.memberStatus === 'probationary');

/**
 * "Tất cả có mặt": every member not marked yet is marked present, then the secretary marks the exceptions one by one.
 * The API marks one person a call (there is no bulk endpoint): the calls go one after the other, each answer
 * updates the screen, and whoever could not be marked is named with the server's reason.
 */
export function AllPresent({
  meeting,
  roll,
  onRunning,
}: {
  meeting: Meeting;
  roll: MeetingAttendee[];
  onRunning: (running: boolean) => void;
}) {
  const { t } = useTranslation();
  const queryClient = useQueryClient();
  const saved = useMeetingSaved();
  const submit = useConsoleSubmit(meeting.id);
  const [progress, setProgress] = useState<{ done: number; total: number } | null>(null);
  const [failures, setFailures] = useState<Failure[]>([]);
  const unmarked = roll.filter(marksAll);
  const others = roll.some((person) => person.state === null && !marksAll(person));
  if (unmarked.length === 0 && failures.length === 0 && progress === null) return null;

  const run = async () => {
    const people = unmarked;
    const failed: Failure[] = [];
    setFailures([]);
    setProgress({ done: 0, total: people.length });
    onRunning(true);
    for (const [i, person] of people.entries()) {
      // Another console may have marked them meanwhile: what it recorded stands.
      const latest = queryClient
        .getQueryData<Meeting>(keys.meeting(meeting.id))
        ?.attendance.find((a) => a.personId === person.personId);
      if (!latest || latest.state === null) {
        try {
          // Offline, each mark joins the outbox in turn and is sent when the network returns.
          const next = await submit({
            kind: 'attendance',
            personId: person.personId,
            body: {
              state: 'present',
              reason: null,
              late: false,
              suspended: latest?.suspended ?? person.suspended,
            },
          });
          saved(next);
        } catch (error) {
          failed.push({
            personId: person.personId,
            name: person.name,
            message: errorMessage(error, t('common.unexpected')),
          });
        }
      }
      setProgress({ done: i + 1, total: people.length });
    }
    setProgress(null);
    setFailures(failed);
    onRunning(false);
    if (failed.length === 0)
      notifications.show({
        color: 'green',
        message: t('meeting.attendance.allPresentDone', { count: people.length }),
      });
  };

  return (
    <Stack gap={4} data-testid="all-present">
      <Group gap="xs">
        {unmarked.length > 0 || progress ? (
          <Button
            color="green"
            variant="light"
            className="meeting-touch"
            disabled={progress !== null}
            onClick={() => void run()}
          >
            {t('meeting.attendance.allPresent')}
          </Button>
        ) : null}
        <Text size="xs" c="dimmed" role="status">
          {progress
            ? t('meeting.attendance.allPresentProgress', progress)
            : unmarked.length > 0
              ? `${t('meeting.attendance.allPresentHint', { count: unmarked.length })}${others ? ` ${t('meeting.attendance.allPresentOthers')}` : ''}`
              : ''}
        </Text>
      </Group>
      {failures.length > 0 ? (
        <Alert
          color="red"
          variant="light"
          role="alert"
          title={t('meeting.attendance.allPresentFailed', { count: failures.length })}
          withCloseButton
          closeButtonLabel={t('meeting.attendance.dismiss')}
          onClose={() => setFailures([])}
        >
          {failures.map((failure) => (
            <Text key={failure.personId} size="sm">
              {failure.name}: {failure.message}
            </Text>
          ))}
        </Alert>
      ) : null}
    </Stack>
  );
}
