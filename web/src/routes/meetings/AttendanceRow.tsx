import { Badge, Button, Group, NativeSelect, Stack, Text } from '@mantine/core';
import type { AttendanceRequest, AttendanceState, MeetingAttendee } from '../../api/models.ts';
import { StatusBadge } from '../../components/Badges.tsx';
import { useTranslation } from '../../i18n/useTranslation.ts';
import { attendanceLabel } from '../../lib/meetings.ts';

const STATE_COLORS: Record<AttendanceState, string> = {
  present: 'green',
  absent_excused: 'yellow',
  absent_unexcused: 'red',
};
const STATES: readonly AttendanceState[] = ['present', 'absent_excused', 'absent_unexcused'];

/** One member on the roll: their state, and for the record's keepers the one-tap buttons to change it. */
export function AttendanceRow({
  person,
  editable,
  disabled,
  pendingState,
  onMark,
  onAskReason,
}: {
  person: MeetingAttendee;
  editable: boolean;
  /** While everyone is being marked present, the rows wait. */
  disabled: boolean;
  /** The state being saved for this person, if any. */
  pendingState: AttendanceState | null | undefined;
  onMark: (change: Partial<AttendanceRequest>) => void;
  onAskReason: () => void;
}) {
  const { t } = useTranslation();
  return (
    <li data-testid="attendee">
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
              <Badge color="dark" variant="light" tt="none" data-testid="attendee-suspended">
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
          // The controls say whose they are: a screen reader hears the member's name with "Có mặt".
          <Stack
            gap={4}
            align="flex-end"
            className="meeting-attendance-controls"
            role="group"
            aria-label={t('meeting.attendance.of', { name: person.name })}
          >
            <Group gap={4} wrap="wrap">
              {STATES.map((state) => (
                <Button
                  key={state}
                  size="compact-sm"
                  color={STATE_COLORS[state]}
                  variant={person.state === state ? 'filled' : 'default'}
                  aria-pressed={person.state === state}
                  disabled={disabled}
                  loading={pendingState === state}
                  onClick={() =>
                    state === 'absent_excused'
                      ? onAskReason()
                      : onMark({ state, late: state === 'present' ? person.late : false })
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
                  disabled={disabled}
                  onClick={() => onMark({ late: !person.late })}
                >
                  {t('meeting.attendance.late')}
                </Button>
              ) : null}
              {person.memberStatus === 'official' ? (
                <MoreSelect person={person} disabled={disabled} onMark={onMark} />
              ) : null}
            </Group>
          </Stack>
        ) : null}
      </Group>
    </li>
  );
}

/**
 * The rare cases, out of the way of the quick buttons: a "…" menu, as a native select so that no floating
 * dropdown code (floating-ui) comes into the console's chunk; phones show their own picker. Choosing an entry
 * applies it and the select shows "…" again; the badge beside the name shows the state.
 */
function MoreSelect({
  person,
  disabled,
  onMark,
}: {
  person: MeetingAttendee;
  disabled: boolean;
  onMark: (change: Partial<AttendanceRequest>) => void;
}) {
  const { t } = useTranslation();
  return (
    <NativeSelect
      size="xs"
      className="meeting-more"
      aria-label={t('meeting.attendance.more', { name: person.name })}
      value=""
      disabled={disabled}
      data={[
        { value: '', label: '…', disabled: true },
        person.suspended
          ? { value: 'unsuspend', label: t('meeting.attendance.unsuspend') }
          : { value: 'suspend', label: t('meeting.attendance.suspended') },
      ]}
      onChange={(event) => {
        const choice = event.currentTarget.value;
        if (choice === 'suspend' || choice === 'unsuspend') onMark({ suspended: choice === 'suspend' });
      }}
    />
  );
}
