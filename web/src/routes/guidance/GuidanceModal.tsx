import { Modal, NumberInput, SimpleGrid, Stack, Textarea, TextInput } from '@mantine/core';
import { useForm } from '@mantine/form';
import { notifications } from '@mantine/notifications';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { TOPIC_GROUPS } from '#domain/plans/topic-groups.ts';
import { issueGuidance, updateGuidance } from '../../api/endpoints.ts';
import type { Guidance, GuidanceRequest } from '../../api/models.ts';
import { DateField } from '../../components/DateField.tsx';
import { ErrorAlert } from '../../components/ErrorAlert.tsx';
import { FormButtons } from '../../components/FormButtons.tsx';
import { applyServerErrors, optional } from '../../components/forms.ts';
import { MultiPick } from '../../components/MultiPick.tsx';
import { useTranslation } from '../../i18n/useTranslation.ts';
import { todayLocalDate } from '../../lib/format.ts';
import { topicGroupLabel } from '../../lib/plans.ts';

interface GuidanceModalProps {
  committeeId: string;
  year: number;
  /** Null to issue new guidance. */
  guidance: Guidance | null;
  onClose: () => void;
}

/** The committee's yearly instruction to its cells: reference, dates, theme, documents, suggested groups. */
export default function GuidanceModal({ committeeId, year, guidance, onClose }: GuidanceModalProps) {
  const { t } = useTranslation();
  return (
    <Modal
      opened
      onClose={onClose}
      size="lg"
      title={guidance ? t('guidance.editTitle') : t('guidance.issueTitle', { year })}
    >
      <GuidanceForm committeeId={committeeId} year={year} guidance={guidance} onDone={onClose} />
    </Modal>
  );
}

function GuidanceForm({
  committeeId,
  year,
  guidance,
  onDone,
}: Omit<GuidanceModalProps, 'onClose'> & { onDone: () => void }) {
  const { t } = useTranslation();
  const queryClient = useQueryClient();
  const form = useForm({
    initialValues: {
      referenceNumber: guidance?.referenceNumber ?? '',
      issuedOn: guidance?.issuedOn ?? todayLocalDate(),
      title: guidance?.title ?? t('guidance.defaultTitle', { year }),
      theme: guidance?.theme ?? '',
      documents: (guidance?.documents ?? []).join('\n'),
      topicGroups: guidance?.topicGroups ?? [],
      planDeadline: guidance?.planDeadline ?? '',
      content: guidance?.content ?? '',
      // Report deadlines (optional): empty keeps the defaults, the 10th and 20 December.
      quarterReportDay: (guidance?.quarterReportDay ?? '') as number | string,
      annualReportDueOn: guidance?.annualReportDueOn ?? '',
    },
    validate: {
      referenceNumber: (value) => (value.trim() ? null : t('common.required')),
      issuedOn: (value) => (value ? null : t('common.required')),
      title: (value) => (value.trim() ? null : t('common.required')),
      planDeadline: (value, values) =>
        !value ? t('common.required') : value < values.issuedOn ? t('guidance.deadlineBeforeIssue') : null,
      quarterReportDay: (value) =>
        value === '' || (Number.isInteger(Number(value)) && Number(value) >= 1 && Number(value) <= 28)
          ? null
          : t('guidance.quarterReportDayRange'),
    },
  });
  const mutation = useMutation({
    mutationFn: (values: typeof form.values) => {
      const body: GuidanceRequest = {
        year: guidance?.year ?? year,
        referenceNumber: values.referenceNumber.trim(),
        issuedOn: values.issuedOn,
        title: values.title.trim(),
        theme: optional(values.theme),
        documents: values.documents
          .split('\n')
          .map((line) => line.trim())
          .filter((line) => line !== ''),
        topicGroups: values.topicGroups,
        planDeadline: values.planDeadline,
        content: optional(values.content),
        quarterReportDay: values.quarterReportDay === '' ? null : Number(values.quarterReportDay),
        annualReportDueOn: values.annualReportDueOn || null,
      };
      return guidance ? updateGuidance(guidance.id, body) : issueGuidance(committeeId, body);
    },
    onSuccess: async () => {
      await queryClient.invalidateQueries({ queryKey: ['guidance'] });
      notifications.show({ color: 'green', message: guidance ? t('common.saved') : t('guidance.issued') });
      onDone();
    },
    // The lists are edited as one field each: 'documents.2' belongs to 'documents'.
    onError: (error) => applyServerErrors(form, error, (path) => path.split('.')[0] ?? path),
  });

  // Free-text groups of older guidance stay choosable so editing does not drop them.
  const groupOptions = [...new Set([...TOPIC_GROUPS, ...form.values.topicGroups])].map((code) => ({
    value: code,
    label: topicGroupLabel(t, code),
  }));

  return (
    <form onSubmit={form.onSubmit((values) => mutation.mutate(values))} noValidate>
      <Stack>
        <ErrorAlert error={mutation.error} />
        <SimpleGrid cols={{ base: 1, xs: 2 }} spacing="sm">
          <TextInput
            label={t('guidance.referenceNumber')}
            placeholder={t('guidance.referenceHint')}
            withAsterisk
            data-autofocus
            {...form.getInputProps('referenceNumber')}
          />
          <DateField label={t('guidance.issuedOn')} withAsterisk {...form.getInputProps('issuedOn')} />
        </SimpleGrid>
        <Textarea
          label={t('guidance.titleField')}
          withAsterisk
          autosize
          minRows={1}
          {...form.getInputProps('title')}
        />
        <Textarea
          label={t('guidance.theme')}
          placeholder={t('guidance.themeHint')}
          autosize
          minRows={1}
          {...form.getInputProps('theme')}
        />
        <Textarea
          label={t('guidance.documents')}
          description={t('guidance.documentsHint')}
          autosize
          minRows={2}
          {...form.getInputProps('documents')}
        />
        <MultiPick
          label={t('guidance.topicGroups')}
          addLabel={t('guidance.addTopicGroup')}
          removeLabel={(group) => t('guidance.removeTopicGroup', { group })}
          data={groupOptions}
          value={form.values.topicGroups}
          onChange={(groups) => form.setFieldValue('topicGroups', groups)}
          error={form.errors.topicGroups}
        />
        <DateField label={t('guidance.deadlineField')} withAsterisk {...form.getInputProps('planDeadline')} />
        <SimpleGrid cols={{ base: 1, xs: 2 }} spacing="sm">
          <NumberInput
            label={t('guidance.quarterReportDay')}
            description={t('guidance.quarterReportDayHint')}
            min={1}
            max={28}
            allowDecimal={false}
            {...form.getInputProps('quarterReportDay')}
          />
          <DateField
            label={t('guidance.annualReportDueOn')}
            description={t('guidance.annualReportDueOnHint')}
            {...form.getInputProps('annualReportDueOn')}
          />
        </SimpleGrid>
        <Textarea label={t('guidance.content')} autosize minRows={3} {...form.getInputProps('content')} />
        <FormButtons
          pending={mutation.isPending}
          onCancel={onDone}
          submitLabel={guidance ? t('common.save') : t('guidance.issue')}
        />
      </Stack>
    </form>
  );
}
