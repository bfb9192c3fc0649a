import { Badge, Button, Group, Modal, Stack, Text, Textarea } from '@mantine/core';
import { useMutation } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { markAttendance } from '../../api/endpoints.ts';
import type { AttendanceRequest, AttendanceState, Meeting, MeetingAttendee } from '../../api/models.ts';
import { StatusBadge } from '../../components/Badges.tsx';
import { ErrorAlert } from '../../components/ErrorAlert.tsx';
import { Section } from '../../components/Section.tsx';
import { attendanceLabel, recordOpen } from '../../lib/meetings.ts';
import { AttendanceCounts } from './AttendanceCounts.tsx';
import { useMeetingSaved } from './meeting-cache.ts';

const STATE_COLORS: Record<AttendanceState, string> = {
  present: 'green',
  absent_excused: 'yellow',
  absent_unexcused: 'red',
};
const STATES: readonly AttendanceState[] = ['present', 'absent_excused', 'absent_unexcused'];

/** Attendance with the live counts; the record's keepers mark each member with one tap. */
export function AttendanceSection({ meeting }: { meeting: Meeting }) {
  const { t } = useTranslation();
  const saved = useMeetingSaved();
  const editable = recordOpen(meeting);
  const [asking, setAsking] = useState<MeetingAttendee | null>(null);
  const mutation = useMutation({
    mutationFn: ({ person, body }: { person: MeetingAttendee; body: AttendanceRequest }) =>
      markAttendance(meeting.id, person.personId, body),
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

  return (
    <Section title={t('meeting.attendance.title')} testId="attendance">
      <AttendanceCounts counts={meeting.counts} />
      {asking ? null : <ErrorAlert error={mutation.error} />}
      {roll.length === 0 ? (
        <Text size="sm" c="dimmed">
          {t('meeting.attendance.none')}
        </Text>
      ) : null}
      <ul className="meeting-rows">
        {roll.map((person) => (
          <li key={person.personId} data-testid="attendee">
            <Group justify="space-between" gap="xs" wrap="wrap">
              <Stack gap={2}>
                <Group gap={6}>
                  <Text size="sm" fw={600}>
                    {person.name}
                  </Text>
                  <StatusBadge status={person.memberStatus} size="xs" />
                </Group>
                <Group gap={6}>
                  <Badge
                    color={person.state ? STATE_COLORS[person.state] : 'gray'}
                    variant={person.state ? 'light' : 'outline'}
                    tt="none"
                    data-testid="attendee-state"
                  >
                    {attendanceLabel(t, person.state)}
                  </Badge>
                  {person.late ? (
                    <Badge color="orange" variant="light" tt="none">
                      {t('meeting.attendance.late')}
                    </Badge>
                  ) : null}
                  {person.suspended ? (
                    <Badge color="dark" variant="light" tt="none">
                      {t('meeting.attendance.suspendedShort')}
                    </Badge>
                  ) : null}
                  {person.reason ? (
                    <Text size="xs" c="dimmed">
                      {person.reason}
                    </Text>
                  ) : null}
                </Group>
              </Stack>
              {editable ? (
                <Stack gap={4} align="flex-end" className="meeting-attendance-controls">
                  <Group gap={4} wrap="wrap">
                    {STATES.map((state) => (
                      <Button
                        key={state}
                        size="compact-sm"
                        color={STATE_COLORS[state]}
                        variant={person.state === state ? 'filled' : 'default'}
                        aria-pressed={person.state === state}
                        loading={
                          mutation.isPending &&
                          mutation.variables.person.personId === person.personId &&
                          mutation.variables.body.state === state
                        }
                        onClick={() =>
                          state === 'absent_excused'
                            ? setAsking(person)
                            : mark(person, { state, late: state === 'present' ? person.late : false })
                        }
                      >
                        {attendanceLabel(t, state)}
                      </Button>
                    ))}
                  </Group>
                  <Group gap={4}>
                    {person.state === 'present' ? (
                      <Button
                        size="compact-xs"
                        color="orange"
                        variant={person.late ? 'filled' : 'default'}
                        aria-pressed={person.late}
                        onClick={() => mark(person, { late: !person.late })}
                      >
                        {t('meeting.attendance.late')}
                      </Button>
                    ) : null}
                    {person.memberStatus === 'official' ? (
                      <Button
                        size="compact-xs"
                        color="dark"
                        variant={person.suspended ? 'filled' : 'default'}
                        aria-pressed={person.suspended}
                        onClick={() => mark(person, { suspended: !person.suspended })}
                      >
                        {t('meeting.attendance.suspended')}
                      </Button>
                    ) : null}
                  </Group>
                </Stack>
              ) : null}
            </Group>
          </li>
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

/** An absence with reason needs the reason (seed 000: the opening names absentees and why). */
function ReasonModal({
  person,
  pending,
  error,
  onSave,
  onClose,
}: {
  person: MeetingAttendee;
  pending: boolean;
  error: unknown;
  onSave: (reason: string) => void;
  onClose: () => void;
}) {
  const { t } = useTranslation();
  const [reason, setReason] = useState(person.reason ?? '');
  const [touched, setTouched] = useState(false);
  const missing = touched && !reason.trim();
  return (
    <Modal opened onClose={onClose} title={t('meeting.attendance.reasonTitle', { name: person.name })}>
      <form
        onSubmit={(event) => {
          event.preventDefault();
          setTouched(true);
          if (reason.trim()) onSave(reason.trim());
        }}
        noValidate
      >
        <Stack>
          <ErrorAlert error={error} />
          <Textarea
            label={t('meeting.attendance.reason')}
            withAsterisk
            autosize
            minRows={2}
            data-autofocus
            value={reason}
            error={missing ? t('common.required') : undefined}
            onChange={(event) => setReason(event.currentTarget.value)}
          />
          <Group justify="flex-end">
            <Button variant="default" onClick={onClose}>
              {t('common.cancel')}
            </Button>
            <Button type="submit" loading={pending}>
              {t('meeting.attendance.markExcused')}
            </Button>
          </Group>
        </Stack>
      </form>
    </Modal>
  );
}
