import { FileInput, Modal, NumberInput, Stack, Text } from '@mantine/core';
import { useForm } from '@mantine/form';
import { notifications } from '@mantine/notifications';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { keys, recordPaperMeeting } from '../../api/endpoints.ts';
import type { TopicPreparation } from '../../api/models.ts';
import { DateField } from '../../components/DateField.tsx';
import { ErrorAlert } from '../../components/ErrorAlert.tsx';
import { FormButtons } from '../../components/FormButtons.tsx';
import { applyServerErrors } from '../../components/forms.ts';
import { useTranslation } from '../../i18n/useTranslation.ts';
import { todayLocalDate } from '../../lib/format.ts';
import { useNavigate } from '../../lib/router.tsx';
import { useMeetingSaved } from './meeting-cache.ts';

interface PaperValues {
  heldOn: string;
  present: number | string;
  file: File | null;
}

/**
 * "Nhập buổi sinh hoạt đã họp trên giấy": a past meeting on the topic that was held on paper, entered with
 * its signed minutes (a scan, a photo or the Word file) and the number of members present. The meeting page
 * opens on it afterwards, the minutes downloadable there.
 */
export function PaperMeetingModal({ prep, onClose }: { prep: TopicPreparation; onClose: () => void }) {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const saved = useMeetingSaved();
  const queryClient = useQueryClient();
  const today = todayLocalDate();
  const rules = prep.attachmentRules;
  const form = useForm<PaperValues>({
    initialValues: { heldOn: '', present: '', file: null },
    validate: {
      heldOn: (value) => (value ? null : t('common.required')),
      present: (value) => (value === '' || Number(value) < 1 ? t('paperMeeting.presentRequired') : null),
      file: (value) =>
        !value
          ? t('paperMeeting.fileRequired')
          : value.size > rules.maxBytes
            ? t('paperMeeting.fileTooLarge', { mb: Math.round(rules.maxBytes / (1024 * 1024)) })
            : null,
    },
  });
  const mutation = useMutation({
    mutationFn: (values: PaperValues) =>
      recordPaperMeeting(prep.topic.id, {
        heldOn: values.heldOn,
        present: Number(values.present),
        file: values.file as File,
      }),
    onSuccess: (meeting) => {
      saved(meeting);
      void queryClient.invalidateQueries({ queryKey: keys.topic(prep.topic.id) });
      void queryClient.invalidateQueries({ queryKey: keys.plan(prep.topic.planId) });
      notifications.show({ color: 'green', message: t('paperMeeting.done') });
      onClose();
      navigate(`/meetings/${meeting.id}`);
    },
    onError: (error) => applyServerErrors(form, error),
  });
  return (
    <Modal opened onClose={onClose} title={t('paperMeeting.title')}>
      <form onSubmit={form.onSubmit((values) => mutation.mutate(values))} noValidate>
        <Stack>
          <ErrorAlert error={mutation.error} />
          <Text size="sm">{t('paperMeeting.hint', { title: prep.topic.title })}</Text>
          <DateField
            label={t('paperMeeting.heldOn')}
            withAsterisk
            max={today}
            data-autofocus
            {...form.getInputProps('heldOn')}
          />
          <NumberInput
            label={t('paperMeeting.present')}
            withAsterisk
            min={1}
            allowDecimal={false}
            allowNegative={false}
            {...form.getInputProps('present')}
          />
          <FileInput
            label={t('paperMeeting.file')}
            description={t('paperMeeting.fileRules', {
              types: rules.accept.join(', '),
              mb: Math.round(rules.maxBytes / (1024 * 1024)),
            })}
            withAsterisk
            clearable
            accept={rules.accept.join(',')}
            placeholder={t('paperMeeting.filePlaceholder')}
            {...form.getInputProps('file')}
          />
          <FormButtons
            pending={mutation.isPending}
            onCancel={onClose}
            submitLabel={t('paperMeeting.submit')}
          />
        </Stack>
      </form>
    </Modal>
  );
}
