import { Button, Group, Stack } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useMutation } from '@tanstack/react-query';
import { useState } from 'react';
import { meetingTransition, sendMeetingNotice } from '../../api/endpoints.ts';
import type { Meeting, MeetingAction } from '../../api/models.ts';
import { ConfirmDialog } from '../../components/ConfirmDialog.tsx';
import { ErrorAlert } from '../../components/ErrorAlert.tsx';
import { useTranslation } from '../../i18n/useTranslation.ts';
import { formatDate } from '../../lib/format.ts';
import { meetingTitle } from '../../lib/meetings.ts';
import { useMeetingSaved } from './meeting-cache.ts';

type Step = MeetingAction | 'notice';

/** The chair's side moves the meeting on: send the notice, start, end, or cancel a scheduled one. */
export function MeetingActions({ meeting }: { meeting: Meeting }) {
  const { t } = useTranslation();
  const saved = useMeetingSaved();
  const [confirming, setConfirming] = useState<MeetingAction | null>(null);
  const mutation = useMutation({
    mutationFn: (step: Step) =>
      step === 'notice' ? sendMeetingNotice(meeting.id) : meetingTransition[step](meeting.id),
    onSuccess: (next, step) => {
      saved(next);
      setConfirming(null);
      notifications.show({ color: 'green', message: t(`meeting.actions.done.${step}`) });
    },
  });
  const { actions } = meeting.permissions;
  const canNotice = meeting.permissions.manage && meeting.status === 'scheduled';
  if (actions.length === 0 && !canNotice) return null;
  const run = (step: Step) => mutation.mutate(step);
  const pending = (step: Step) => mutation.isPending && mutation.variables === step;

  return (
    <Stack gap={4} data-testid="meeting-actions">
      <Group gap="xs">
        {canNotice ? (
          <Button
            variant={meeting.noticeSentAt ? 'light' : 'filled'}
            loading={pending('notice')}
            onClick={() => run('notice')}
          >
            {meeting.noticeSentAt ? t('meeting.actions.noticeAgain') : t('meeting.actions.notice')}
          </Button>
        ) : null}
        {actions.includes('start') ? (
          <Button color="green" onClick={() => setConfirming('start')}>
            {t('meeting.actions.start')}
          </Button>
        ) : null}
        {actions.includes('end') ? (
          <Button color="dark" onClick={() => setConfirming('end')}>
            {t('meeting.actions.end')}
          </Button>
        ) : null}
        {actions.includes('cancel') ? (
          <Button variant="light" color="gray" onClick={() => setConfirming('cancel')}>
            {t('meeting.actions.cancel')}
          </Button>
        ) : null}
      </Group>
      {confirming ? null : <ErrorAlert error={mutation.error} />}
      {confirming ? (
        <ConfirmDialog
          title={t(`meeting.actions.titles.${confirming}`)}
          confirmLabel={t(`meeting.actions.${confirming}`)}
          // "Hủy" would read as both "cancel the meeting" and "never mind": the keeping button says what it keeps.
          cancelLabel={confirming === 'cancel' ? t('meeting.actions.keep') : undefined}
          color={confirming === 'cancel' ? 'red' : confirming === 'start' ? 'green' : 'dark'}
          pending={mutation.isPending}
          error={mutation.error}
          onConfirm={() => run(confirming)}
          onClose={() => {
            setConfirming(null);
            mutation.reset();
          }}
        >
          {t(`meeting.actions.confirm.${confirming}`, {
            title: meetingTitle(t, meeting),
            date: formatDate(meeting.heldOn),
            time: meeting.startsAt,
          })}
        </ConfirmDialog>
      ) : null}
    </Stack>
  );
}
