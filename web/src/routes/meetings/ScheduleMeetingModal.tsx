import { Modal, Stack } from '@mantine/core';
import { useForm } from '@mantine/form';
import { notifications } from '@mantine/notifications';
import { useMutation } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import { scheduleMeeting } from '../../api/endpoints.ts';
import type { OrgUnitDetail } from '../../api/models.ts';
import { ErrorAlert } from '../../components/ErrorAlert.tsx';
import { FormButtons } from '../../components/FormButtons.tsx';
import { applyServerErrors } from '../../components/forms.ts';
import { todayLocalDate } from '../../lib/format.ts';
import { useMeetingSaved } from './meeting-cache.ts';
import { ScheduleFields, type ScheduleValues, scheduleBody, scheduleValidation } from './ScheduleFields.tsx';

/** "Lên lịch sinh hoạt": the agenda follows seed 000's procedure; the meeting page opens to adjust it. */
export function ScheduleMeetingModal({ unit, onClose }: { unit: OrgUnitDetail; onClose: () => void }) {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const saved = useMeetingSaved();
  const form = useForm<ScheduleValues>({
    initialValues: {
      topicId: '',
      kind: 'thematic',
      partOrder: 'regular_first',
      heldOn: todayLocalDate(),
      startsAt: '14:00',
      place: '',
    },
    validate: scheduleValidation(t),
  });
  const mutation = useMutation({
    mutationFn: (values: ScheduleValues) => scheduleMeeting(unit.id, scheduleBody(values)),
    onSuccess: (meeting) => {
      saved(meeting);
      notifications.show({ color: 'green', message: t('meeting.scheduled') });
      onClose();
      navigate(`/meetings/${meeting.id}`);
    },
    onError: (error) => applyServerErrors(form, error),
  });
  return (
    <Modal opened onClose={onClose} title={t('meeting.schedule')}>
      <form onSubmit={form.onSubmit((values) => mutation.mutate(values))} noValidate>
        <Stack>
          <ErrorAlert error={mutation.error} />
          <ScheduleFields form={form} cellId={unit.id} />
          <FormButtons
            pending={mutation.isPending}
            onCancel={onClose}
            submitLabel={t('meeting.scheduleSubmit')}
          />
        </Stack>
      </form>
    </Modal>
  );
}
