import { ActionIcon, Badge, Button, Group, NativeSelect, Stack, Text } from '@mantine/core';
import { useMutation } from '@tanstack/react-query';
import { useState } from 'react';
import type { Meeting, MeetingSpeech, SpeechUpdate } from '../../api/models.ts';
import { ErrorAlert } from '../../components/ErrorAlert.tsx';
import { Section } from '../../components/Section.tsx';
import { useTranslation } from '../../i18n/useTranslation.ts';
import { formatDateTime } from '../../lib/format.ts';
import { isLive, recordOpen, speechStatusLabel } from '../../lib/meetings.ts';
import { useMeetingSaved } from './meeting-cache.ts';
import { newClientId, useConsoleSubmit } from './offline-outbox.ts';
import { SpeechNote } from './SpeechNote.tsx';

const STATUS_COLORS = { requested: 'blue', speaking: 'orange', done: 'green', withdrawn: 'gray' } as const;

/**
 * The speaker list: members ask for the floor from their phones; the chair's side orders the list, gives
 * the floor and closes each speech; the minute-taker notes what was said.
 */
export function SpeakersSection({ meeting }: { meeting: Meeting }) {
  const { t } = useTranslation();
  const saved = useMeetingSaved();
  const live = isLive(meeting);
  const chairing = live && meeting.permissions.record;
  const noting = recordOpen(meeting);
  // Through the outbox: offline, a request carries the id made here and is sent once the network returns.
  const submit = useConsoleSubmit(meeting.id);
  const ask = useMutation({
    // Offline too: the outbox keeps the change (react-query would hold it back until online).
    networkMode: 'always',
    mutationFn: () => submit({ kind: 'speech', clientId: newClientId() }),
    onSuccess: saved,
  });
  const update = useMutation({
    // Offline too: the outbox keeps the change (react-query would hold it back until online).
    networkMode: 'always',
    mutationFn: ({ speech, body }: { speech: MeetingSpeech; body: SpeechUpdate }) =>
      submit({ kind: 'speechUpdate', speechId: speech.id, body }),
    onSuccess: saved,
  });
  // Moving a request up or down swaps its place with its neighbour's.
  const swap = useMutation({
    // Offline too: the outbox keeps the change (react-query would hold it back until online).
    networkMode: 'always',
    mutationFn: async ({ a, b }: { a: MeetingSpeech; b: MeetingSpeech }) => {
      await submit({ kind: 'speechUpdate', speechId: a.id, body: { position: b.position } });
      return submit({ kind: 'speechUpdate', speechId: b.id, body: { position: a.position } });
    },
    onSuccess: saved,
  });
  const byPosition = (x: MeetingSpeech, y: MeetingSpeech) => x.position - y.position;
  const speaking = meeting.speeches.filter((s) => s.status === 'speaking');
  const waiting = meeting.speeches.filter((s) => s.status === 'requested').sort(byPosition);
  // In the order they spoke.
  const done = meeting.speeches
    .filter((s) => s.status === 'done')
    .sort((x, y) => (x.startedAt ?? x.requestedAt).localeCompare(y.startedAt ?? y.requestedAt));
  const mine = (s: MeetingSpeech) => s.personId !== null && s.personId === meeting.me.personId;
  const myTurn = waiting.findIndex(mine);
  const busy = (speech: MeetingSpeech) =>
    (update.isPending && update.variables.speech.id === speech.id) ||
    (swap.isPending && (swap.variables.a.id === speech.id || swap.variables.b.id === speech.id));

  const row = (speech: MeetingSpeech, index?: number) => (
    <li
      key={speech.id}
      data-testid="speech"
      className={speech.status === 'speaking' ? 'meeting-item-running' : undefined}
    >
      <Stack gap={6}>
        <Group justify="space-between" gap="xs" wrap="wrap">
          <Group gap={6}>
            {index !== undefined ? (
              <Text size="sm" c="dimmed">
                {index + 1}.
              </Text>
            ) : null}
            <Text size="sm" fw={600}>
              {speech.speaker}
            </Text>
            <Badge color={STATUS_COLORS[speech.status]} variant="light" tt="none" data-testid="speech-status">
              {speechStatusLabel(t, speech.status)}
            </Badge>
          </Group>
          <Group gap={4}>
            {chairing && speech.status === 'requested' && index !== undefined ? (
              <>
                <ActionIcon
                  variant="default"
                  size="lg"
                  aria-label={t('meeting.speakers.up', { name: speech.speaker })}
                  disabled={index === 0 || busy(speech)}
                  onClick={() => {
                    const other = waiting[index - 1];
                    if (other) swap.mutate({ a: speech, b: other });
                  }}
                >
                  ↑
                </ActionIcon>
                <ActionIcon
                  variant="default"
                  size="lg"
                  aria-label={t('meeting.speakers.down', { name: speech.speaker })}
                  disabled={index === waiting.length - 1 || busy(speech)}
                  onClick={() => {
                    const other = waiting[index + 1];
                    if (other) swap.mutate({ a: speech, b: other });
                  }}
                >
                  ↓
                </ActionIcon>
                <Button
                  size="compact-sm"
                  loading={busy(speech)}
                  onClick={() => update.mutate({ speech, body: { status: 'speaking' } })}
                >
                  {t('meeting.speakers.give')}
                </Button>
              </>
            ) : null}
            {chairing && speech.status === 'speaking' ? (
              <Button
                size="compact-sm"
                color="green"
                loading={busy(speech)}
                onClick={() => update.mutate({ speech, body: { status: 'done' } })}
              >
                {t('meeting.speakers.done')}
              </Button>
            ) : null}
            {live && speech.status === 'requested' && mine(speech) ? (
              <Button
                size="compact-sm"
                variant="light"
                color="gray"
                loading={busy(speech)}
                onClick={() => update.mutate({ speech, body: { status: 'withdrawn' } })}
              >
                {t('meeting.speakers.withdraw')}
              </Button>
            ) : null}
          </Group>
        </Group>
        {noting && (speech.status === 'speaking' || speech.status === 'done') ? (
          <SpeechNote meetingId={meeting.id} speech={speech} />
        ) : speech.note ? (
          <Text size="sm" style={{ whiteSpace: 'pre-wrap' }} data-testid="speech-note">
            {speech.note}
          </Text>
        ) : null}
        {speech.startedAt && !noting ? (
          <Text size="xs" c="dimmed">
            {formatDateTime(speech.startedAt)}
          </Text>
        ) : null}
      </Stack>
    </li>
  );

  return (
    <Section title={t('meeting.speakers.title')} testId="speakers">
      {meeting.permissions.askToSpeak ? (
        meeting.me.waitingToSpeak ? (
          <Text size="sm" fw={500} c="blue.8" data-testid="my-turn">
            {t('meeting.speakers.waiting', { number: myTurn + 1 })}
          </Text>
        ) : (
          <Group>
            <Button size="md" loading={ask.isPending} onClick={() => ask.mutate()}>
              {t('meeting.speakers.ask')}
            </Button>
          </Group>
        )
      ) : null}
      <ErrorAlert error={ask.error ?? update.error ?? swap.error} />
      {speaking.length + waiting.length + done.length === 0 ? (
        <Text size="sm" c="dimmed">
          {t('meeting.speakers.none')}
        </Text>
      ) : null}
      {speaking.length > 0 ? <ul className="meeting-rows">{speaking.map((s) => row(s))}</ul> : null}
      {waiting.length > 0 ? (
        <Stack gap={4}>
          <Text size="sm" fw={600}>
            {t('meeting.speakers.queue', { count: waiting.length })}
          </Text>
          <ul className="meeting-rows">{waiting.map((s, i) => row(s, i))}</ul>
        </Stack>
      ) : null}
      {done.length > 0 ? (
        <Stack gap={4}>
          <Text size="sm" fw={600}>
            {t('meeting.speakers.spoken', { count: done.length })}
          </Text>
          <ul className="meeting-rows">{done.map((s) => row(s))}</ul>
        </Stack>
      ) : null}
      {chairing ? <AddSpeaker meeting={meeting} /> : null}
    </Section>
  );
}

/** The chair's side puts a member or a guest on the list (someone raising a hand in the room). */
function AddSpeaker({ meeting }: { meeting: Meeting }) {
  const { t } = useTranslation();
  const saved = useMeetingSaved();
  const submit = useConsoleSubmit(meeting.id);
  const [choice, setChoice] = useState('');
  const mutation = useMutation({
    // Offline too: the outbox keeps the change (react-query would hold it back until online).
    networkMode: 'always',
    mutationFn: (value: string) => {
      const [kind, id] = value.split(':');
      const clientId = newClientId();
      return submit(
        kind === 'guest'
          ? { kind: 'speech', clientId, guestId: id ?? null }
          : { kind: 'speech', clientId, personId: id ?? null },
      );
    },
    onSuccess: (next) => {
      saved(next);
      setChoice('');
    },
  });
  const waiting = new Set(meeting.speeches.filter((s) => s.status === 'requested').map((s) => s.personId));
  const people = meeting.attendance.filter((a) => a.state === 'present' && !waiting.has(a.personId));
  return (
    <Stack gap={4}>
      <ErrorAlert error={mutation.error} />
      <Group gap="xs" align="flex-end" wrap="wrap">
        <NativeSelect
          label={t('meeting.speakers.addLabel')}
          value={choice}
          onChange={(event) => setChoice(event.currentTarget.value)}
          data={[
            { value: '', label: t('common.notChosen') },
            ...people.map((p) => ({ value: `person:${p.personId}`, label: p.name })),
            ...meeting.guests.map((g) => ({ value: `guest:${g.id}`, label: g.fullName })),
            // The committees' delegates who came may speak too (seed 000).
            ...meeting.delegates
              .filter((d) => d.present)
              .map((d) => ({ value: `guest:${d.id}`, label: d.fullName })),
          ]}
          style={{ flex: 1, minWidth: 200 }}
        />
        <Button
          variant="light"
          disabled={!choice}
          loading={mutation.isPending}
          onClick={() => mutation.mutate(choice)}
        >
          {t('meeting.speakers.add')}
        </Button>
      </Group>
    </Stack>
  );
}
