import { Text } from '@mantine/core';
import { useMutation } from '@tanstack/react-query';
import { useState } from 'react';
import type { AttendanceRequest, Meeting, MeetingAttendee } from '../../api/models.ts';
import { ErrorAlert } from '../../components/ErrorAlert.tsx';
import { Section } from '../../components/Section.tsx';
import { useTranslation } from '../../i18n/useTranslation.ts';
import { recordOpen } from '../../lib/meetings.ts';
import { AllPresent } from './AllPresent.tsx';
import { AttendanceCounts } from './AttendanceCounts.tsx';
import { ReasonModal } from './AttendanceReason.tsx';
import { AttendanceRow } from './AttendanceRow.tsx';
import { useMeetingSaved } from './meeting-cache.ts';
import { useConsoleSubmit } from './offline-outbox.ts';

/**
 * Attendance with the live counts. The record's keepers mark everyone present at once, then the exceptions
 * with one tap each (absent with or without reason, late); the rare states sit in each row's "…" menu.
 */
export function AttendanceSection({ meeting }: { meeting: Meeting }) {
  const { t } = useTranslation();
  const saved = useMeetingSaved();
  const editable = recordOpen(meeting);
  const [asking, setAsking] = useState<MeetingAttendee | null>(null);
  const [markingAll, setMarkingAll] = useState(false);
  const submit = useConsoleSubmit(meeting.id);
  const mutation = useMutation({
    // Offline too: the outbox keeps the change (react-query would hold it back until online).
    networkMode: 'always',
    // Offline, the mark waits on this device and shows as made (offline-outbox.ts).
    mutationFn: ({ person, body }: { person: MeetingAttendee; body: AttendanceRequest }) =>
      submit({ kind: 'attendance', personId: person.personId, body }),
    onSuccess: (next) => {
      saved(next);
      setAsking(null);
    },
  });
  const mark = (person: MeetingAttendee, change: Partial<AttendanceRequest>) =>
    mutation.mutate({
      person,
      body: {
        state: person.state,
        reason: person.reason,
        late: person.late,
        suspended: person.suspended,
        ...change,
      },
    });
  const roll = meeting.attendance.filter((a) => a.memberStatus !== 'transferred_out');
  const pendingFor = (person: MeetingAttendee) =>
    mutation.isPending && mutation.variables.person.personId === person.personId
      ? mutation.variables.body.state
      : undefined;

  return (
    <Section title={t('meeting.attendance.title')} testId="attendance">
      <AttendanceCounts counts={meeting.counts} />
      {editable ? <AllPresent meeting={meeting} roll={roll} onRunning={setMarkingAll} /> : null}
      {asking ? null : <ErrorAlert error={mutation.error} />}
      {roll.length === 0 ? (
        <Text size="sm" c="dimmed">
          {t('meeting.attendance.none')}
        </Text>
      ) : null}
      <ul className="meeting-rows">
        {roll.map((person) => (
          <AttendanceRow
            key={person.personId}
            person={person}
            editable={editable}
            disabled={markingAll}
            pendingState={pendingFor(person)}
            onMark={(change) => mark(person, change)}
            onAskReason={() => setAsking(person)}
          />
        ))}
      </ul>
      {asking ? (
        <ReasonModal
          person={asking}
          pending={mutation.isPending}
          error={mutation.error}
          onSave={(reason) => mark(asking, { state: 'absent_excused', reason, late: false })}
          onClose={() => {
            setAsking(null);
            mutation.reset();
          }}
        />
      ) : null}
    </Section>
  );
}
