import { Button, Group, NativeSelect, SimpleGrid, Stack, TextInput } from '@mantine/core';
import { useForm } from '@mantine/form';
import { useMutation } from '@tanstack/react-query';
import { useState } from 'react';
import { addGuest, removeGuest } from '../../api/endpoints.ts';
import type { Meeting, MeetingGuest } from '../../api/models.ts';
import { ErrorAlert } from '../../components/ErrorAlert.tsx';
import { applyServerErrors, nullable } from '../../components/forms.ts';
import { Section } from '../../components/Section.tsx';
import { useTranslation } from '../../i18n/useTranslation.ts';
import { recordOpen } from '../../lib/meetings.ts';
import { useMeetingSaved } from './meeting-cache.ts';
import { RemovableRows } from './RemovableRows.tsx';

/** Delegates of the committee (with title and unit) and staff who are not members, present at the meeting. */
export function GuestsSection({ meeting }: { meeting: Meeting }) {
  const { t } = useTranslation();
  const saved = useMeetingSaved();
  const editable = recordOpen(meeting);
  const [adding, setAdding] = useState(false);
  const remove = useMutation({
    mutationFn: (guest: MeetingGuest) => removeGuest(meeting.id, guest.id),
    onSuccess: saved,
  });
  if (!editable && meeting.guests.length === 0) return null;
  return (
    <Section title={t('meeting.guests.title')} testId="guests">
      <ErrorAlert error={remove.error} />
      <RemovableRows
        items={meeting.guests}
        empty={t('meeting.guests.none')}
        testId="guest"
        title={(guest) => guest.fullName}
        detail={(guest) =>
          [t(`meeting.guests.kinds.${guest.kind}`), guest.title, guest.unitName].filter(Boolean).join(' · ')
        }
        onRemove={editable ? (guest) => remove.mutate(guest) : undefined}
        removingId={remove.isPending ? remove.variables.id : undefined}
      />
      {editable ? (
        adding ? (
          <GuestForm meeting={meeting} onDone={() => setAdding(false)} />
        ) : (
          <Group>
            <Button size="xs" variant="light" onClick={() => setAdding(true)}>
              {t('meeting.guests.add')}
            </Button>
          </Group>
        )
      ) : null}
    </Section>
  );
}

function GuestForm({ meeting, onDone }: { meeting: Meeting; onDone: () => void }) {
  const { t } = useTranslation();
  const saved = useMeetingSaved();
  const form = useForm({
    initialValues: { kind: 'delegate' as 'delegate' | 'staff', fullName: '', title: '', unitName: '' },
    validate: { fullName: (value) => (value.trim() ? null : t('common.required')) },
  });
  const mutation = useMutation({
    mutationFn: (values: typeof form.values) =>
      addGuest(meeting.id, {
        kind: values.kind,
        fullName: values.fullName.trim(),
        title: nullable(values.title),
        unitName: values.kind === 'delegate' ? nullable(values.unitName) : null,
      }),
    onSuccess: (next) => {
      saved(next);
      onDone();
    },
    onError: (error) => applyServerErrors(form, error),
  });
  return (
    <form onSubmit={form.onSubmit((values) => mutation.mutate(values))} noValidate>
      <Stack gap="xs" className="meeting-subform">
        <ErrorAlert error={mutation.error} />
        <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="xs">
          <NativeSelect
            label={t('meeting.guests.kind')}
            data={(['delegate', 'staff'] as const).map((kind) => ({
              value: kind,
              label: t(`meeting.guests.kinds.${kind}`),
            }))}
            {...form.getInputProps('kind')}
          />
          <TextInput label={t('meeting.guests.fullName')} withAsterisk {...form.getInputProps('fullName')} />
          <TextInput label={t('meeting.guests.guestTitle')} {...form.getInputProps('title')} />
          {form.values.kind === 'delegate' ? (
            <TextInput label={t('meeting.guests.unitName')} {...form.getInputProps('unitName')} />
          ) : null}
        </SimpleGrid>
        <Group gap="xs">
          <Button type="submit" size="sm" loading={mutation.isPending}>
            {t('meeting.guests.save')}
          </Button>
          <Button size="sm" variant="default" onClick={onDone}>
            {t('common.cancel')}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
