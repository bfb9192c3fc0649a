import { Modal, Stack } from '@mantine/core';
import { useForm } from '@mantine/form';
import { notifications } from '@mantine/notifications';
import { useMutation } from '@tanstack/react-query';
import { scheduleMeeting } from '../../api/endpoints.ts';
import { ErrorAlert } from '../../components/ErrorAlert.tsx';
import { FormButtons } from '../../components/FormButtons.tsx';
import { applyServerErrors } from '../../components/forms.ts';
import { useTranslation } from '../../i18n/useTranslation.ts';
import { todayLocalDate } from '../../lib/format.ts';
import { useNavigate } from '../../lib/router.tsx';
import { useMeetingSaved } from './meeting-cache.ts';
import {
  ScheduleFields,
  type ScheduleValues,
  scheduleBody,
  scheduleValidation,
  yearOf,
} from './ScheduleFields.tsx';

/**
 * "Lên lịch sinh hoạt": the agenda follows seed 000's procedure; the meeting page opens to adjust it. Opened
 * from the cell's meetings, or from a topic (its page, its row of the plan) with the topic chosen.
 */
export function ScheduleMeetingModal({
  cellId,
  topic,
  onClose,
}: {
  cellId: string;
  /** The topic the meeting is about, and the year of its plan. */
  topic?: { id: string; year: number };
  onClose: () => void;
}) {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const saved = useMeetingSaved();
  const form = useForm<ScheduleValues>({
    initialValues: {
      topicId: topic?.id ?? '',
      kind: 'thematic',
      partOrder: 'regular_first',
      // The topic's plan is a year's: the date starts in that year, so the topic is among those offered.
      heldOn: topic && yearOf(todayLocalDate()) !== topic.year ? `${topic.year}-01-01` : todayLocalDate(),
      startsAt: '14:00',
      place: '',
    },
    validate: scheduleValidation(t),
  });
  const mutation = useMutation({
    mutationFn: (values: ScheduleValues) => scheduleMeeting(cellId, scheduleBody(values)),
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
          <ScheduleFields form={form} cellId={cellId} />
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
