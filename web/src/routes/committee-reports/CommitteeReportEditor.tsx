import { Button, Group, Stack, Text, Textarea, Title } from '@mantine/core';
import { useForm } from '@mantine/form';
import { notifications } from '@mantine/notifications';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useId, useState } from 'react';
import { ApiError } from '../../api/client.ts';
import {
  committeeReportQuery,
  issueCommitteeReport,
  keys,
  saveCommitteeReport,
} from '../../api/endpoints.ts';
import type { CommitteeReport } from '../../api/models.ts';
import { ConfirmDialog } from '../../components/ConfirmDialog.tsx';
import { ErrorAlert, errorMessage } from '../../components/ErrorAlert.tsx';
import { applyServerErrors, nullable } from '../../components/forms.ts';
import { useTranslation } from '../../i18n/useTranslation.ts';
import { formatDate } from '../../lib/format.ts';

interface Values {
  assessment: string;
  recommendations: string;
}
const valuesOf = (r: CommitteeReport): Values => ({
  assessment: r.draft.assessment ?? '',
  recommendations: r.draft.recommendations ?? '',
});

/**
 * The officer's part of the report: the assessment ("Đánh giá") and the recommendations ("Kiến nghị, đề
 * xuất"), saved as a draft that names the version it started from (another officer's save meanwhile is not
 * overwritten), then "Ban hành" with a confirmation. Others read the text as written.
 */
export function CommitteeReportEditor({ report }: { report: CommitteeReport }) {
  const { t } = useTranslation();
  const queryClient = useQueryClient();
  const holdId = useId();
  const [base, setBase] = useState(report.draft.updatedAt);
  const [confirming, setConfirming] = useState(false);
  const form = useForm<Values>({ initialValues: valuesOf(report) });
  const { year, quarter } = report;
  const committeeId = report.committee.id;
  const refresh = (next: CommitteeReport) =>
    queryClient.setQueryData(keys.committeeReport(committeeId, year, quarter), next);
  const startFrom = (next: CommitteeReport) => {
    setBase(next.draft.updatedAt);
    form.setValues(valuesOf(next));
    form.resetDirty(valuesOf(next));
  };

  const save = useMutation({
    mutationFn: (values: Values) =>
      saveCommitteeReport(committeeId, {
        year,
        quarter,
        assessment: nullable(values.assessment),
        recommendations: nullable(values.recommendations),
        expectedUpdatedAt: base,
      }),
    onSuccess: (next) => {
      refresh(next);
      startFrom(next);
      notifications.show({ color: 'green', message: t('committeeReport.saved') });
    },
    onError: (error) => applyServerErrors(form, error),
  });
  const issue = useMutation({
    mutationFn: () => issueCommitteeReport(committeeId, year, quarter),
    onSuccess: (issued) => {
      setConfirming(false);
      notifications.show({
        color: 'green',
        message: t('committeeReport.issuedOk', { number: String(issued.number).padStart(2, '0') }),
      });
      void queryClient.invalidateQueries({ queryKey: keys.committeeReport(committeeId, year, quarter) });
      void queryClient.invalidateQueries({ queryKey: keys.issuedReportsOf(committeeId) });
    },
  });
  const loadLatest = async () => {
    try {
      const latest = await queryClient.fetchQuery({
        ...committeeReportQuery(committeeId, year, quarter),
        staleTime: 0,
      });
      save.reset();
      startFrom(latest);
    } catch (error) {
      notifications.show({ color: 'red', message: errorMessage(error, t('common.networkError')) });
    }
  };

  if (!report.mayEdit) return <ReadOnlyText report={report} />;
  const dirty = form.isDirty();
  const changedElsewhere = save.error instanceof ApiError && save.error.code === 'COMMITTEE_REPORT_CHANGED';
  // Why "Ban hành" waits: unsaved text, no assessment yet, or the period's last month not come.
  const hold = dirty
    ? t('committeeReport.holdUnsaved')
    : report.missing
      ? t('committeeReport.holdAssessment')
      : !report.mayIssue
        ? t('committeeReport.holdNotDue', { date: formatDate(report.opensOn) })
        : null;

  return (
    <>
      <form onSubmit={form.onSubmit((values) => save.mutate(values))} noValidate>
        <Stack gap="sm" data-testid="committee-report-editor">
          <Textarea
            label={t('committeeReport.assessment')}
            description={t('committeeReport.assessmentHint')}
            autosize
            minRows={4}
            maxRows={20}
            {...form.getInputProps('assessment')}
          />
          <Textarea
            label={t('committeeReport.recommendations')}
            autosize
            minRows={3}
            maxRows={20}
            {...form.getInputProps('recommendations')}
          />
          <ErrorAlert error={save.error} />
          <Group gap="xs">
            <Button type="submit" disabled={!dirty} loading={save.isPending}>
              {t('committeeReport.saveDraft')}
            </Button>
            {changedElsewhere ? (
              <Button variant="light" onClick={() => void loadLatest()}>
                {t('committeeReport.loadLatest')}
              </Button>
            ) : null}
            <Button
              color="red"
              disabled={Boolean(hold)}
              aria-describedby={hold ? holdId : undefined}
              onClick={() => setConfirming(true)}
            >
              {t('committeeReport.issue')}
            </Button>
          </Group>
          {hold ? (
            <Text size="xs" c="dimmed" id={holdId} data-testid="committee-report-hold">
              {hold}
            </Text>
          ) : null}
        </Stack>
      </form>
      {confirming ? (
        <ConfirmDialog
          title={t('committeeReport.issue')}
          confirmLabel={t('committeeReport.issue')}
          color="red"
          pending={issue.isPending}
          error={issue.error}
          onConfirm={() => issue.mutate()}
          onClose={() => {
            setConfirming(false);
            issue.reset();
          }}
        >
          {t('committeeReport.issueConfirm')}
        </ConfirmDialog>
      ) : null}
    </>
  );
}

/** The text as written, for those who read the report (or once it is issued). */
function ReadOnlyText({ report }: { report: CommitteeReport }) {
  const { t } = useTranslation();
  const parts = [
    ['assessment', report.draft.assessment],
    ['recommendations', report.draft.recommendations],
  ] as const;
  return (
    <Stack gap="xs">
      {parts.map(([key, text]) => (
        <Stack key={key} gap={2}>
          <Title order={4} size="h5">
            {t(`committeeReport.${key}`)}
          </Title>
          <Text size="sm" style={{ whiteSpace: 'pre-wrap' }} c={text ? undefined : 'dimmed'}>
            {text ?? t('committeeReport.notWritten')}
          </Text>
        </Stack>
      ))}
    </Stack>
  );
}
