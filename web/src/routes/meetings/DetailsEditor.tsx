import { ActionIcon, Button, Group, NativeSelect, Stack, Text, TextInput } from '@mantine/core';
import { useForm } from '@mantine/form';
import { notifications } from '@mantine/notifications';
import { useMutation } from '@tanstack/react-query';
import { useState } from 'react';
import { defaultAgenda } from '#domain/meetings/agenda.ts';
import { ApiError } from '../../api/client.ts';
import { updateMeeting } from '../../api/endpoints.ts';
import type { AgendaItemKind, AgendaPart, Meeting } from '../../api/models.ts';
import { ErrorAlert } from '../../components/ErrorAlert.tsx';
import { FormButtons } from '../../components/FormButtons.tsx';
import { applyServerErrors } from '../../components/forms.ts';
import { Section } from '../../components/Section.tsx';
import { useTranslation } from '../../i18n/useTranslation.ts';
import { agendaPartLabel } from '../../lib/meetings.ts';
import { useMeetingSaved } from './meeting-cache.ts';
import { ScheduleFields, type ScheduleValues, scheduleBody, scheduleValidation } from './ScheduleFields.tsx';

const PARTS: readonly AgendaPart[] = ['opening', 'thematic', 'regular', 'closing'];
const ITEM_KINDS: readonly AgendaItemKind[] = [
  'reason_and_delegates',
  'appoint_minute_taker',
  'attendance',
  'adopt_agenda',
  'purpose',
  'presentation',
  'discussion',
  'absorption',
  'regular_business',
  'practice_review',
  'ho_chi_minh_study',
  'evaluation',
  'conclusion',
  'assignments',
];
/**
 * Seed 000: "Không tổ chức sinh hoạt chuyên môn lồng ghép với sinh hoạt chi bộ" — a free item is typed by the
 * secretary as party business (`other`) or professional business (`professional`, which the server refuses
 * anywhere in the meeting and says why under the agenda). A new item starts untyped: she must choose.
 */
const FREE_KINDS: readonly AgendaItemKind[] = ['other', 'professional'];

interface AgendaRow {
  key: string;
  part: AgendaPart;
  kind: AgendaItemKind | '';
  title: string;
  minutes: string;
}

type DetailsValues = ScheduleValues & { agenda: AgendaRow[] };

let nextKey = 0;
const rowKey = () => `row-${++nextKey}`;

function valuesOf(meeting: Meeting): DetailsValues {
  return {
    topicId: meeting.topic?.id ?? '',
    kind: meeting.kind,
    partOrder: meeting.partOrder,
    heldOn: meeting.heldOn,
    startsAt: meeting.startsAt,
    place: meeting.place,
    agenda: meeting.agenda.map((item) => ({
      key: item.id,
      part: item.part,
      kind: item.kind,
      title: item.title ?? '',
      minutes: String(item.plannedMinutes),
    })),
  };
}

/**
 * The schedule and the agenda, before the meeting starts. The parts of a combined meeting follow one
 * another, never interleaved: the server refuses an agenda that mixes them, and says why under the agenda.
 */
export default function DetailsEditor({ meeting, onDone }: { meeting: Meeting; onDone: () => void }) {
  const { t } = useTranslation();
  const saved = useMeetingSaved();
  const form = useForm<DetailsValues>({
    initialValues: valuesOf(meeting),
    validate: {
      ...scheduleValidation(t),
      agenda: {
        kind: (value) => (value ? null : t('meeting.agenda.kindRequired')),
        minutes: (value) =>
          /^\d{1,3}$/.test(value.trim()) && Number(value) <= 600 ? null : t('meeting.agenda.minutesInvalid'),
      },
    },
  });
  // The version the editor started from: a change made elsewhere meanwhile is not overwritten.
  const [baseUpdatedAt] = useState(meeting.updatedAt);
  const mutation = useMutation({
    mutationFn: (values: DetailsValues) =>
      updateMeeting(meeting.id, {
        ...scheduleBody(values),
        agenda: values.agenda.map((row) => ({
          part: row.part,
          // The form's validation leaves no item untyped.
          kind: row.kind || 'other',
          title: row.title.trim() || null,
          minutes: Number(row.minutes),
        })),
        expectedUpdatedAt: baseUpdatedAt,
      }),
    onSuccess: (next) => {
      saved(next);
      notifications.show({ color: 'green', message: t('meeting.details.saved') });
      onDone();
    },
    onError: (error) => applyServerErrors(form, error),
  });
  const changedElsewhere = mutation.error instanceof ApiError && mutation.error.code === 'MEETING_CHANGED';
  const rows = form.values.agenda;
  const move = (from: number, to: number) => form.reorderListItem('agenda', { from, to });
  const resetAgenda = () =>
    form.setFieldValue(
      'agenda',
      defaultAgenda(form.values.kind, form.values.partOrder).map((item) => ({
        key: rowKey(),
        part: item.part,
        kind: item.kind,
        title: '',
        minutes: String(item.minutes),
      })),
    );

  return (
    <form onSubmit={form.onSubmit((values) => mutation.mutate(values))} noValidate>
      <Stack>
        <ErrorAlert error={mutation.error} />
        {changedElsewhere ? (
          <Group>
            <Button size="xs" variant="light" onClick={() => onDone()}>
              {t('meeting.details.reload')}
            </Button>
          </Group>
        ) : null}
        <ScheduleFields form={form} cellId={meeting.cellId} />
        <Section title={t('meeting.agenda.editTitle')} testId="agenda-editor">
          {rows.map((row, i) => (
            <Group
              key={row.key}
              gap="xs"
              wrap="wrap"
              align="flex-start"
              className="meeting-agenda-row"
              data-testid="agenda-row"
            >
              <Text size="sm" fw={600} w={24} pt={6}>
                {i + 1}.
              </Text>
              <NativeSelect
                aria-label={t('meeting.agenda.part', { number: i + 1 })}
                data={PARTS.map((part) => ({ value: part, label: agendaPartLabel(t, part) }))}
                {...form.getInputProps(`agenda.${i}.part`)}
                w={180}
              />
              <NativeSelect
                aria-label={t('meeting.agenda.item', { number: i + 1 })}
                data={[
                  ...(row.kind === '' ? [{ value: '', label: t('meeting.agenda.chooseKind') }] : []),
                  {
                    group: t('meeting.agenda.procedureItems'),
                    items: ITEM_KINDS.map((kind) => ({ value: kind, label: t(`agendaItems.${kind}`) })),
                  },
                  {
                    group: t('meeting.agenda.freeItems'),
                    items: FREE_KINDS.map((kind) => ({
                      value: kind,
                      label: t(`meeting.agenda.kinds.${kind}`),
                    })),
                  },
                ]}
                {...form.getInputProps(`agenda.${i}.kind`)}
                style={{ flex: 2, minWidth: 220 }}
              />
              <TextInput
                aria-label={t('meeting.agenda.customTitle', { number: i + 1 })}
                placeholder={t('meeting.agenda.customTitlePlaceholder')}
                {...form.getInputProps(`agenda.${i}.title`)}
                style={{ flex: 1, minWidth: 160 }}
              />
              <TextInput
                aria-label={t('meeting.agenda.minutes', { number: i + 1 })}
                inputMode="numeric"
                rightSection={
                  <Text size="xs" c="dimmed">
                    {t('meeting.agenda.minuteUnit')}
                  </Text>
                }
                rightSectionWidth={40}
                {...form.getInputProps(`agenda.${i}.minutes`)}
                w={90}
              />
              <Group gap={4} wrap="nowrap">
                <ActionIcon
                  variant="default"
                  size="input-sm"
                  aria-label={t('meeting.agenda.moveUp', { number: i + 1 })}
                  disabled={i === 0}
                  onClick={() => move(i, i - 1)}
                >
                  ↑
                </ActionIcon>
                <ActionIcon
                  variant="default"
                  size="input-sm"
                  aria-label={t('meeting.agenda.moveDown', { number: i + 1 })}
                  disabled={i === rows.length - 1}
                  onClick={() => move(i, i + 1)}
                >
                  ↓
                </ActionIcon>
                <ActionIcon
                  variant="default"
                  size="input-sm"
                  aria-label={t('meeting.agenda.remove', { number: i + 1 })}
                  disabled={rows.length === 1}
                  onClick={() => form.removeListItem('agenda', i)}
                >
                  ✕
                </ActionIcon>
              </Group>
            </Group>
          ))}
          <Text size="xs" c="dimmed" data-testid="agenda-professional-hint">
            {t('meeting.agenda.professionalHint')}
          </Text>
          {form.errors.agenda ? (
            <Text size="sm" c="red.8" role="alert" data-testid="agenda-error">
              {form.errors.agenda}
            </Text>
          ) : null}
          <Group gap="xs">
            <Button
              size="xs"
              variant="light"
              onClick={() =>
                form.insertListItem('agenda', {
                  key: rowKey(),
                  part: 'thematic',
                  kind: '',
                  title: '',
                  minutes: '10',
                })
              }
            >
              {t('meeting.agenda.add')}
            </Button>
            <Button size="xs" variant="subtle" onClick={resetAgenda}>
              {t('meeting.agenda.reset')}
            </Button>
          </Group>
        </Section>
        <FormButtons pending={mutation.isPending} onCancel={onDone} />
      </Stack>
    </form>
  );
}
