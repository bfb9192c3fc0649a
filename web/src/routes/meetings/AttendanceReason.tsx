import { Button, Group, Modal, Stack, Textarea } from '@mantine/core';
import { useState } from 'react';
import type { MeetingAttendee } from '../../api/models.ts';
import { ErrorAlert } from '../../components/ErrorAlert.tsx';
import { useTranslation } from '../../i18n/useTranslation.ts';

/** An absence with reason needs the reason (seed 000: the opening names absentees and why). */
export function ReasonModal({
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
