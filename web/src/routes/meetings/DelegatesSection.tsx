import { Badge, Button, Checkbox, Group, Stack, Text } from '@mantine/core';
import { useMutation } from '@tanstack/react-query';
import { markDelegatePresent, registerDelegate, withdrawDelegate } from '../../api/endpoints.ts';
import type { Meeting, MeetingDelegate } from '../../api/models.ts';
import { ErrorAlert } from '../../components/ErrorAlert.tsx';
import { Section } from '../../components/Section.tsx';
import { useTranslation } from '../../i18n/useTranslation.ts';
import { recordOpen } from '../../lib/meetings.ts';
import { useMeetingSaved } from './meeting-cache.ts';

/**
 * Who of the committees above is coming (seed 000: "đại biểu cấp ủy cấp trên dự"): each registered delegate
 * with their title and committee; the console marks them present (the minutes name those present). A
 * committee's person sees here whether they are registered, and registers or withdraws before it starts.
 */
export function DelegatesSection({ meeting }: { meeting: Meeting }) {
  const { t } = useTranslation();
  const saved = useMeetingSaved();
  const register = useMutation({ mutationFn: () => registerDelegate(meeting.id), onSuccess: saved });
  const withdraw = useMutation({ mutationFn: () => withdrawDelegate(meeting.id), onSuccess: saved });
  const mark = useMutation({
    mutationFn: (d: { guestId: string; present: boolean }) =>
      markDelegatePresent(meeting.id, d.guestId, d.present),
    onSuccess: saved,
  });
  const { registerAsDelegate, withdrawAsDelegate } = meeting.permissions;
  // Presence is marked once the meeting runs, with the rest of the record.
  const marking = recordOpen(meeting);
  if (meeting.delegates.length === 0 && !registerAsDelegate) return null;
  return (
    <Section title={t('meeting.delegates.title')} testId="delegates">
      <ErrorAlert error={register.error ?? withdraw.error ?? mark.error} />
      {meeting.delegates.length === 0 ? (
        <Text size="sm" c="dimmed">
          {t('meeting.delegates.none')}
        </Text>
      ) : (
        <ul className="meeting-rows">
          {meeting.delegates.map((d) => (
            <DelegateRow
              key={d.id}
              delegate={d}
              marking={marking}
              showPresence={meeting.status !== 'scheduled' && meeting.status !== 'cancelled'}
              pending={mark.isPending && mark.variables.guestId === d.id}
              onMark={(present) => mark.mutate({ guestId: d.id, present })}
            />
          ))}
        </ul>
      )}
      {registerAsDelegate || withdrawAsDelegate ? (
        <Group gap="xs">
          {registerAsDelegate ? (
            <Button size="xs" onClick={() => register.mutate()} loading={register.isPending}>
              {t('meeting.delegates.register')}
            </Button>
          ) : (
            <>
              <Badge color="green" variant="light" tt="none">
                {t('meeting.delegates.registered')}
              </Badge>
              <Button
                size="xs"
                variant="default"
                onClick={() => withdraw.mutate()}
                loading={withdraw.isPending}
              >
                {t('meeting.delegates.withdraw')}
              </Button>
            </>
          )}
        </Group>
      ) : null}
    </Section>
  );
}

function DelegateRow({
  delegate,
  marking,
  showPresence,
  pending,
  onMark,
}: {
  delegate: MeetingDelegate;
  marking: boolean;
  showPresence: boolean;
  pending: boolean;
  onMark: (present: boolean) => void;
}) {
  const { t } = useTranslation();
  return (
    <li data-testid="delegate">
      <Group justify="space-between" gap="xs" wrap="wrap">
        <Stack gap={2}>
          <Text size="sm" fw={600}>
            {delegate.fullName}
          </Text>
          <Text size="xs" c="dimmed">
            {[delegate.title, delegate.unitName].filter(Boolean).join(' · ')}
          </Text>
        </Stack>
        {marking ? (
          <Checkbox
            label={t('meeting.delegates.present')}
            checked={delegate.present}
            disabled={pending}
            onChange={(e) => onMark(e.currentTarget.checked)}
          />
        ) : showPresence ? (
          <Badge color={delegate.present ? 'green' : 'gray'} variant="light" tt="none">
            {delegate.present ? t('meeting.delegates.present') : t('meeting.delegates.notMarked')}
          </Badge>
        ) : null}
      </Group>
    </li>
  );
}
