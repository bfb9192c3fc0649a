import '../../styles/segmented.ts';
import {
  Button,
  Group,
  Modal,
  NativeSelect,
  SegmentedControl,
  Stack,
  Text,
  Textarea,
  TextInput,
} from '@mantine/core';
import { useForm } from '@mantine/form';
import { notifications } from '@mantine/notifications';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { todayInVietnam } from '#domain/dates/local-date.ts';
import {
  type CommendationBody,
  changeCommendation,
  commendationsExportUrl,
  commendationsQuery,
  deleteCommendation,
  recordCommendation,
} from '../../api/endpoints.ts';
import type { Commendation, CommendationList, OrgUnitDetail } from '../../api/models.ts';
import { DownloadButton } from '../../components/BusyButton.tsx';
import { ConfirmDialog } from '../../components/ConfirmDialog.tsx';
import { DateField } from '../../components/DateField.tsx';
import { ErrorAlert } from '../../components/ErrorAlert.tsx';
import { FormButtons } from '../../components/FormButtons.tsx';
import { applyServerErrors } from '../../components/forms.ts';
import { Loading } from '../../components/Loading.tsx';
import { YearPicker } from '../../components/YearPicker.tsx';
import { useTranslation } from '../../i18n/useTranslation.ts';
import { useYearParam } from '../../lib/plans.ts';
import { CommendationTable } from './CommendationTable.tsx';

type Dialog =
  | { kind: 'add' }
  | { kind: 'edit'; row: Commendation }
  | { kind: 'delete'; row: Commendation }
  | null;

/**
 * "Biểu dương, khen thưởng" (issue 16; seed 000: "kịp thời biểu dương, khen thưởng những nhân tố tích cực"): the
 * year's commendations — on a committee those of its subtree, which its officers record, correct, withdraw and
 * export; on a cell its own.
 */
export default function CommendationsPanel({ unit }: { unit: OrgUnitDetail }) {
  const { t } = useTranslation();
  const [year, setYear] = useYearParam();
  const [dialog, setDialog] = useState<Dialog>(null);
  const { data, error, isPending, refetch } = useQuery(commendationsQuery(unit.id, { year }));
  const close = () => setDialog(null);
  return (
    <Stack data-testid="commendations-panel">
      <Group justify="space-between" align="flex-end">
        <YearPicker value={year} onChange={setYear} />
        <Group gap="xs">
          {data?.permissions.write ? (
            <Button onClick={() => setDialog({ kind: 'add' })}>{t('commendations.add')}</Button>
          ) : null}
          <DownloadButton href={commendationsExportUrl(unit.id, year)} variant="light">
            {t('commendations.export')}
          </DownloadButton>
        </Group>
      </Group>
      {isPending ? <Loading /> : null}
      {error ? <ErrorAlert error={error} onRetry={() => void refetch()} /> : null}
      {data ? (
        <CommendationTable
          rows={data.commendations}
          editable={(r) => data.permissions.write && r.committeeId === unit.id}
          onEdit={(row) => setDialog({ kind: 'edit', row })}
          onDelete={(row) => setDialog({ kind: 'delete', row })}
        />
      ) : null}
      {data && dialog?.kind === 'add' ? (
        <CommendationModal committeeId={unit.id} year={year} subjects={data.subjects} onClose={close} />
      ) : null}
      {data && dialog?.kind === 'edit' ? (
        <CommendationModal
          committeeId={unit.id}
          year={year}
          subjects={data.subjects}
          row={dialog.row}
          onClose={close}
        />
      ) : null}
      {dialog?.kind === 'delete' ? <DeleteDialog row={dialog.row} onClose={close} /> : null}
    </Stack>
  );
}

const KINDS = ['praise', 'reward'] as const;
const FORMS = ['certificate', 'conference', 'letter', 'other'] as const;
const SUBJECT_KINDS = ['unit', 'person', 'topic'] as const;

function CommendationModal({
  committeeId,
  year,
  subjects,
  row,
  onClose,
}: {
  committeeId: string;
  year: number;
  subjects: CommendationList['subjects'];
  row?: Commendation;
  onClose: () => void;
}) {
  const { t } = useTranslation();
  const queryClient = useQueryClient();
  const form = useForm({
    initialValues: {
      subjectKind: (row?.subjectKind ?? 'unit') as (typeof SUBJECT_KINDS)[number],
      subjectId: row
        ? ((row.subjectKind === 'person'
            ? row.personId
            : row.subjectKind === 'topic'
              ? row.topicId
              : row.unitId) ?? '')
        : '',
      kind: (row?.kind ?? 'reward') as (typeof KINDS)[number],
      form: (row?.form ?? 'certificate') as (typeof FORMS)[number],
      formOther: row?.formOther ?? '',
      reason: row?.reason ?? '',
      decisionNumber: row?.decisionNumber ?? '',
      decisionDate: row?.decisionDate ?? todayInVietnam(),
    },
    validate: {
      subjectId: (v) => (v ? null : t('common.required')),
      reason: (v) => (v.trim() ? null : t('common.required')),
      decisionNumber: (v) => (v.trim() ? null : t('common.required')),
      decisionDate: (v) => (v ? null : t('common.required')),
      formOther: (v, values) => (values.form === 'other' && !v.trim() ? t('common.required') : null),
    },
  });
  const mutation = useMutation({
    mutationFn: (v: typeof form.values) => {
      const body: CommendationBody = {
        subjectKind: v.subjectKind,
        unitId: v.subjectKind === 'unit' ? v.subjectId : null,
        personId: v.subjectKind === 'person' ? v.subjectId : null,
        topicId: v.subjectKind === 'topic' ? v.subjectId : null,
        kind: v.kind,
        form: v.form,
        formOther: v.form === 'other' ? v.formOther.trim() : null,
        reason: v.reason.trim(),
        decisionNumber: v.decisionNumber.trim(),
        decisionDate: v.decisionDate,
        year: row?.year ?? year,
      };
      return row ? changeCommendation(row.id, body) : recordCommendation(committeeId, body);
    },
    onSuccess: async () => {
      await queryClient.invalidateQueries({ queryKey: ['commendations'] });
      notifications.show({ color: 'green', message: t('commendations.saved') });
      onClose();
    },
    onError: (error) =>
      applyServerErrors(form, error, (path) =>
        path === 'unitId' || path === 'personId' || path === 'topicId' ? 'subjectId' : path,
      ),
  });
  const list =
    form.values.subjectKind === 'unit'
      ? subjects.units
      : form.values.subjectKind === 'person'
        ? subjects.people
        : subjects.topics;
  const options = [
    { value: '', label: t('commendations.choose') },
    ...list.map((s) => ({ value: s.id, label: s.unitName ? `${s.name} (${s.unitName})` : s.name })),
  ];
  return (
    <Modal
      opened
      onClose={onClose}
      title={row ? t('commendations.editTitle') : t('commendations.addTitle')}
      size="lg"
    >
      <form onSubmit={form.onSubmit((v) => mutation.mutate(v))} noValidate>
        <Stack>
          <ErrorAlert error={mutation.error} />
          <SegmentedControl
            aria-label={t('commendations.kind')}
            data={KINDS.map((k) => ({ value: k, label: t(`commendations.kinds.${k}`) }))}
            {...form.getInputProps('kind')}
          />
          <SegmentedControl
            aria-label={t('commendations.subjectKind')}
            data={SUBJECT_KINDS.map((k) => ({ value: k, label: t(`commendations.subjectKinds.${k}`) }))}
            value={form.values.subjectKind}
            onChange={(v) => {
              form.setFieldValue('subjectKind', v as (typeof SUBJECT_KINDS)[number]);
              form.setFieldValue('subjectId', '');
            }}
          />
          <NativeSelect
            label={t('commendations.subject')}
            withAsterisk
            data={options}
            {...form.getInputProps('subjectId')}
          />
          <NativeSelect
            label={t('commendations.form')}
            data={FORMS.map((f) => ({ value: f, label: t(`commendations.forms.${f}`) }))}
            {...form.getInputProps('form')}
          />
          {form.values.form === 'other' ? (
            <TextInput
              label={t('commendations.formOther')}
              withAsterisk
              {...form.getInputProps('formOther')}
            />
          ) : null}
          <Textarea
            label={t('commendations.reason')}
            withAsterisk
            autosize
            minRows={2}
            {...form.getInputProps('reason')}
          />
          <Group grow align="flex-start">
            <TextInput
              label={t('commendations.decisionNumber')}
              withAsterisk
              {...form.getInputProps('decisionNumber')}
            />
            <DateField
              label={t('commendations.decisionDate')}
              withAsterisk
              {...form.getInputProps('decisionDate')}
            />
          </Group>
          <Text size="xs" c="dimmed">
            {t('commendations.yearHint', { year: row?.year ?? year })}
          </Text>
          <FormButtons
            pending={mutation.isPending}
            onCancel={onClose}
            submitLabel={t('commendations.save')}
          />
        </Stack>
      </form>
    </Modal>
  );
}

function DeleteDialog({ row, onClose }: { row: Commendation; onClose: () => void }) {
  const { t } = useTranslation();
  const queryClient = useQueryClient();
  const mutation = useMutation({
    mutationFn: () => deleteCommendation(row.id),
    onSuccess: async () => {
      await queryClient.invalidateQueries({ queryKey: ['commendations'] });
      onClose();
    },
  });
  return (
    <ConfirmDialog
      title={t('commendations.deleteTitle')}
      confirmLabel={t('commendations.delete')}
      color="red"
      pending={mutation.isPending}
      error={mutation.error}
      onConfirm={() => mutation.mutate()}
      onClose={onClose}
    >
      {t('commendations.deleteText', { subject: row.subject, number: row.decisionNumber })}
    </ConfirmDialog>
  );
}
