import { NativeSelect, SimpleGrid } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useMutation } from '@tanstack/react-query';
import { setMeetingRoles } from '../../api/endpoints.ts';
import type { Meeting } from '../../api/models.ts';
import { ErrorAlert } from '../../components/ErrorAlert.tsx';
import { Section } from '../../components/Section.tsx';
import { useTranslation } from '../../i18n/useTranslation.ts';
import { useMeetingSaved } from './meeting-cache.ts';

/** Seed 000's opening: who chairs, and the minute-taker appointed — two members of the cell. */
export function RolesSection({ meeting }: { meeting: Meeting }) {
  const { t } = useTranslation();
  const saved = useMeetingSaved();
  const mutation = useMutation({
    mutationFn: (body: { chairId?: string | null; minuteTakerId?: string | null }) =>
      setMeetingRoles(meeting.id, body),
    onSuccess: (next) => {
      saved(next);
      notifications.show({ color: 'green', message: t('meeting.roles.saved') });
    },
  });
  const people = meeting.attendance.filter((a) => a.memberStatus !== 'transferred_out');
  const options = [
    { value: '', label: t('common.notChosen') },
    ...people.map((p) => ({ value: p.personId, label: p.name })),
  ];
  return (
    <Section title={t('meeting.roles.title')} testId="meeting-roles">
      <ErrorAlert error={mutation.error} />
      <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="sm">
        <NativeSelect
          label={t('meeting.chair')}
          data={options}
          value={meeting.chair?.id ?? ''}
          disabled={mutation.isPending}
          onChange={(event) => mutation.mutate({ chairId: event.currentTarget.value || null })}
        />
        <NativeSelect
          label={t('meeting.minuteTaker')}
          data={options}
          value={meeting.minuteTaker?.id ?? ''}
          disabled={mutation.isPending}
          onChange={(event) => mutation.mutate({ minuteTakerId: event.currentTarget.value || null })}
        />
      </SimpleGrid>
    </Section>
  );
}
