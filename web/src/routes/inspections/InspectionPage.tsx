import {
  Anchor,
  Button,
  Card,
  Group,
  MultiSelect,
  NativeSelect,
  Stack,
  Text,
  Textarea,
  Title,
} from '@mantine/core';
import { useForm } from '@mantine/form';
import { notifications } from '@mantine/notifications';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { addDays, todayInVietnam } from '#domain/dates/local-date.ts';
import { QUALITY_LEVELS, type QualityLevel } from '#domain/quality/rubric.ts';
import {
  answerInspectionRequest,
  deleteInspectionPlan,
  editInspectionPlan,
  inspectionConclusionUrl,
  inspectionQuery,
  issueInspectionConclusion,
  recordInspectionVisit,
  reviewInspectionRequest,
} from '../../api/endpoints.ts';
import type { Inspection, InspectionRequest } from '../../api/models.ts';
import { ConfirmDialog } from '../../components/ConfirmDialog.tsx';
import { DateField } from '../../components/DateField.tsx';
import { DocumentLinks } from '../../components/DocumentLinks.tsx';
import { ErrorAlert } from '../../components/ErrorAlert.tsx';
import { FormButtons } from '../../components/FormButtons.tsx';
import { applyServerErrors, nullable } from '../../components/forms.ts';
import { Loading } from '../../components/Loading.tsx';
import { useTranslation } from '../../i18n/useTranslation.ts';
import { formatDate } from '../../lib/format.ts';
import { Link, useNavigate, useParams } from '../../lib/router.tsx';
import { InspectionStatusBadge, RequestStatusBadge } from './InspectionBadges.tsx';
import { InspectionPlanFields } from './InspectionPlanFields.tsx';

/**
 * One inspection or supervision (issue 16; seed 002): the plan, the visit, the conclusion issued as the
 * committee's numbered "Thông báo kết luận", and each request with the cell's report and the committee's
 * follow-up until it is closed.
 */
export default function InspectionPage() {
  const { id = '' } = useParams();
  const { data, error, isPending, refetch } = useQuery(inspectionQuery(id));
  if (isPending) return <Loading />;
  if (error || !data) return <ErrorAlert error={error} onRetry={() => void refetch()} />;
  return <InspectionView inspection={data} />;
}

function useRefresh() {
  const queryClient = useQueryClient();
  return () => queryClient.invalidateQueries({ queryKey: ['inspections'] });
}

function InspectionView({ inspection: i }: { inspection: Inspection }) {
  const { t } = useTranslation();
  const issued = i.conclusionIssuedOn !== null;
  const canEdit = i.permissions.manage && !issued;
  return (
    <Stack>
      <Anchor
        component={Link}
        to={`/units/${issued && !i.permissions.manage ? i.cell.id : i.committee.id}?tab=inspections`}
        size="sm"
      >
        {t('inspections.back', { unit: issued && !i.permissions.manage ? i.cell.name : i.committee.name })}
      </Anchor>
      <Stack gap={4}>
        <Title order={2}>
          {t('inspections.recordTitle', { kind: t(`inspections.kinds.${i.kind}`), cell: i.cell.name })}
        </Title>
        <Group gap="xs">
          <InspectionStatusBadge status={i.status} />
          <Text size="sm" c="dimmed">
            {t('inspections.committeeOf', { committee: i.committee.name })}
          </Text>
        </Group>
      </Stack>
      <PlanSection inspection={i} />
      <VisitSection inspection={i} canEdit={canEdit} />
      <ConclusionSection inspection={i} canIssue={canEdit && i.visitedOn !== null} />
      {issued ? <RequestsSection inspection={i} /> : null}
    </Stack>
  );
}

/** The plan: what, when, who; corrected until the conclusion, withdrawn until the visit (the server's flags). */
function PlanSection({ inspection: i }: { inspection: Inspection }) {
  const { t } = useTranslation();
  const [editing, setEditing] = useState(false);
  const [deleting, setDeleting] = useState(false);
  return (
    <Card withBorder data-testid="inspection-plan">
      <Stack gap={4}>
        {editing ? (
          <PlanForm inspection={i} onDone={() => setEditing(false)} />
        ) : (
          <>
            <Field label={t('inspections.kind')} value={t(`inspections.kinds.${i.kind}`)} />
            <Field label={t('inspections.content')} value={i.content} />
            <Field label={t('inspections.plannedOn')} value={formatDate(i.plannedOn)} />
            {i.team.length > 0 ? (
              <Field label={t('inspections.team')} value={i.team.map((p) => p.name).join(', ')} />
            ) : null}
            {i.permissions.editPlan || i.permissions.deletePlan ? (
              <Group mt="xs">
                {i.permissions.editPlan ? (
                  <Button size="xs" variant="light" onClick={() => setEditing(true)}>
                    {t('inspections.editPlan')}
                  </Button>
                ) : null}
                {i.permissions.deletePlan ? (
                  <Button size="xs" variant="light" color="red" onClick={() => setDeleting(true)}>
                    {t('inspections.deletePlan')}
                  </Button>
                ) : null}
              </Group>
            ) : null}
          </>
        )}
      </Stack>
      {deleting ? <DeletePlanDialog inspection={i} onClose={() => setDeleting(false)} /> : null}
    </Card>
  );
}

function PlanForm({ inspection: i, onDone }: { inspection: Inspection; onDone: () => void }) {
  const { t } = useTranslation();
  const refresh = useRefresh();
  const form = useForm({
    initialValues: {
      kind: i.kind,
      content: i.content,
      plannedOn: i.plannedOn,
      teamIds: i.team.map((p) => p.id),
    },
    validate: {
      content: (v) => (v.trim() ? null : t('common.required')),
      plannedOn: (v) => (v ? null : t('common.required')),
    },
  });
  const mutation = useMutation({
    mutationFn: (v: typeof form.values) => editInspectionPlan(i.id, { ...v, content: v.content.trim() }),
    onSuccess: async () => {
      await refresh();
      notifications.show({ color: 'green', message: t('inspections.planSaved') });
      onDone();
    },
    onError: (error) => applyServerErrors(form, error),
  });
  return (
    <form onSubmit={form.onSubmit((v) => mutation.mutate(v))} noValidate>
      <Stack>
        <ErrorAlert error={mutation.error} />
        <InspectionPlanFields form={form} people={i.candidates} />
        <FormButtons pending={mutation.isPending} onCancel={onDone} />
      </Stack>
    </form>
  );
}

function DeletePlanDialog({ inspection: i, onClose }: { inspection: Inspection; onClose: () => void }) {
  const { t } = useTranslation();
  const queryClient = useQueryClient();
  const navigate = useNavigate();
  const mutation = useMutation({
    mutationFn: () => deleteInspectionPlan(i.id),
    onSuccess: async () => {
      queryClient.removeQueries({ queryKey: ['inspections', 'one', i.id] });
      await navigate(`/units/${i.committee.id}?tab=inspections`);
      await queryClient.invalidateQueries({ queryKey: ['inspections'] });
      notifications.show({ color: 'green', message: t('inspections.planDeleted') });
    },
  });
  return (
    <ConfirmDialog
      title={t('inspections.deletePlanTitle')}
      confirmLabel={t('inspections.deletePlan')}
      color="red"
      pending={mutation.isPending}
      error={mutation.error}
      onConfirm={() => mutation.mutate()}
      onClose={onClose}
    >
      {t('inspections.deletePlanText', { cell: i.cell.name, date: formatDate(i.plannedOn) })}
    </ConfirmDialog>
  );
}

function Field({ label, value }: { label: string; value: string }) {
  return (
    <Text style={{ whiteSpace: 'pre-wrap' }}>
      <Text span fw={600}>
        {label}:
      </Text>{' '}
      {value}
    </Text>
  );
}

function VisitSection({ inspection: i, canEdit }: { inspection: Inspection; canEdit: boolean }) {
  const { t } = useTranslation();
  const [editing, setEditing] = useState(false);
  return (
    <Card withBorder data-testid="inspection-visit">
      <Stack gap="xs">
        <Title order={3} size="h4">
          {t('inspections.visit')}
        </Title>
        {i.visitedOn ? (
          <>
            <Field label={t('inspections.visitedOn')} value={formatDate(i.visitedOn)} />
            <Field label={t('inspections.visitors')} value={i.visitors.map((p) => p.name).join(', ')} />
            <Field label={t('inspections.findings')} value={i.findings ?? ''} />
            {i.rubricLevel ? (
              <Field
                label={t('inspections.rubricLevel')}
                value={t(`meeting.quality.levels.${i.rubricLevel}`)}
              />
            ) : null}
            {i.assessment ? <Field label={t('inspections.assessment')} value={i.assessment} /> : null}
          </>
        ) : (
          <Text size="sm" c="dimmed">
            {t('inspections.noVisit')}
          </Text>
        )}
        {canEdit && !editing ? (
          <Group>
            <Button size="xs" variant={i.visitedOn ? 'light' : 'filled'} onClick={() => setEditing(true)}>
              {i.visitedOn ? t('inspections.editVisit') : t('inspections.recordVisit')}
            </Button>
          </Group>
        ) : null}
        {editing ? <VisitForm inspection={i} onDone={() => setEditing(false)} /> : null}
      </Stack>
    </Card>
  );
}

function VisitForm({ inspection: i, onDone }: { inspection: Inspection; onDone: () => void }) {
  const { t } = useTranslation();
  const refresh = useRefresh();
  const form = useForm({
    initialValues: {
      visitedOn: i.visitedOn ?? todayInVietnam(),
      visitorIds: i.visitors.length > 0 ? i.visitors.map((p) => p.id) : i.team.map((p) => p.id),
      findings: i.findings ?? '',
      assessment: i.assessment ?? '',
      // The team's level; before one is given, the one the cell's confirmed scores propose.
      rubricLevel: (i.rubricLevel ?? i.proposedRubricLevel?.level ?? '') as QualityLevel | '',
    },
    validate: {
      visitedOn: (v) => (v ? null : t('common.required')),
      visitorIds: (v) => (v.length > 0 ? null : t('common.required')),
      findings: (v) => (v.trim() ? null : t('common.required')),
    },
  });
  const mutation = useMutation({
    mutationFn: (v: typeof form.values) =>
      recordInspectionVisit(i.id, {
        ...v,
        findings: v.findings.trim(),
        assessment: nullable(v.assessment),
        rubricLevel: v.rubricLevel === '' ? null : v.rubricLevel,
      }),
    onSuccess: async () => {
      await refresh();
      notifications.show({ color: 'green', message: t('inspections.visitSaved') });
      onDone();
    },
    onError: (error) => applyServerErrors(form, error),
  });
  return (
    <form onSubmit={form.onSubmit((v) => mutation.mutate(v))} noValidate>
      <Stack>
        <ErrorAlert error={mutation.error} />
        <DateField label={t('inspections.visitedOn')} withAsterisk {...form.getInputProps('visitedOn')} />
        <MultiSelect
          label={t('inspections.visitors')}
          withAsterisk
          searchable
          data={i.candidates.map((p) => ({ value: p.id, label: p.name }))}
          {...form.getInputProps('visitorIds')}
        />
        <Textarea
          label={t('inspections.findings')}
          withAsterisk
          autosize
          minRows={3}
          {...form.getInputProps('findings')}
        />
        <NativeSelect
          label={t('inspections.rubricLevel')}
          description={
            i.proposedRubricLevel?.level
              ? t('inspections.rubricProposed', {
                  count: i.proposedRubricLevel.meetings,
                  from: formatDate(i.proposedRubricLevel.from),
                  to: formatDate(i.proposedRubricLevel.to),
                  level: t(`meeting.quality.levels.${i.proposedRubricLevel.level}`),
                })
              : t('inspections.rubricNoScores')
          }
          data={[
            { value: '', label: t('common.notChosen') },
            ...QUALITY_LEVELS.map((l) => ({ value: l, label: t(`meeting.quality.levels.${l}`) })),
          ]}
          {...form.getInputProps('rubricLevel')}
        />
        <Textarea
          label={t('inspections.assessment')}
          autosize
          minRows={2}
          {...form.getInputProps('assessment')}
        />
        <FormButtons pending={mutation.isPending} onCancel={onDone} />
      </Stack>
    </form>
  );
}

function ConclusionSection({ inspection: i, canIssue }: { inspection: Inspection; canIssue: boolean }) {
  const { t } = useTranslation();
  const [editing, setEditing] = useState(false);
  return (
    <Card withBorder data-testid="inspection-conclusion">
      <Stack gap="xs">
        <Title order={3} size="h4">
          {t('inspections.conclusionTitle')}
        </Title>
        {i.conclusionIssuedOn && i.conclusionNumber ? (
          <>
            <Text fw={600} data-testid="conclusion-number">
              {t('inspections.issuedAs', {
                number: i.conclusionNumber,
                date: formatDate(i.conclusionIssuedOn),
              })}
            </Text>
            <Field label={t('inspections.conclusion')} value={i.conclusion ?? ''} />
            <DocumentLinks url={(format) => inspectionConclusionUrl(i.id, format)} />
          </>
        ) : (
          <Text size="sm" c="dimmed">
            {t('inspections.noConclusion')}
          </Text>
        )}
        {canIssue && !editing ? (
          <Group>
            <Button size="xs" onClick={() => setEditing(true)}>
              {t('inspections.issue')}
            </Button>
          </Group>
        ) : null}
        {editing ? <ConclusionForm inspection={i} onDone={() => setEditing(false)} /> : null}
      </Stack>
    </Card>
  );
}

function ConclusionForm({ inspection: i, onDone }: { inspection: Inspection; onDone: () => void }) {
  const { t } = useTranslation();
  const refresh = useRefresh();
  const today = todayInVietnam();
  const form = useForm({
    initialValues: { conclusion: '', requests: [{ text: '', dueOn: addDays(today, 30) }] },
    validate: {
      conclusion: (v) => (v.trim() ? null : t('common.required')),
      requests: {
        text: (v) => (v.trim() ? null : t('common.required')),
        dueOn: (v) => (v ? null : t('common.required')),
      },
    },
  });
  const mutation = useMutation({
    mutationFn: (v: typeof form.values) =>
      issueInspectionConclusion(i.id, {
        conclusion: v.conclusion.trim(),
        requests: v.requests.map((r) => ({ text: r.text.trim(), dueOn: r.dueOn })),
      }),
    onSuccess: async () => {
      await refresh();
      notifications.show({ color: 'green', message: t('inspections.issued') });
      onDone();
    },
    onError: (error) => applyServerErrors(form, error),
  });
  return (
    <form onSubmit={form.onSubmit((v) => mutation.mutate(v))} noValidate>
      <Stack>
        <Text size="sm" c="dimmed">
          {t('inspections.issueHint')}
        </Text>
        <ErrorAlert error={mutation.error} />
        <Textarea
          label={t('inspections.conclusion')}
          withAsterisk
          autosize
          minRows={3}
          {...form.getInputProps('conclusion')}
        />
        <Text size="sm" fw={600}>
          {t('inspections.requests')}
        </Text>
        {form.values.requests.map((_, n) => (
          // biome-ignore lint/suspicious/noArrayIndexKey: the rows are positions of a list being typed, with no id yet.
          <Group key={n} align="flex-end" wrap="nowrap" data-testid="request-row">
            <Textarea
              style={{ flex: 1 }}
              label={t('inspections.requestText')}
              withAsterisk
              autosize
              minRows={1}
              {...form.getInputProps(`requests.${n}.text`)}
            />
            <DateField
              label={t('inspections.dueOn')}
              withAsterisk
              min={today}
              w={140}
              {...form.getInputProps(`requests.${n}.dueOn`)}
            />
            <Button
              variant="subtle"
              color="gray"
              size="xs"
              onClick={() => form.removeListItem('requests', n)}
            >
              {t('inspections.removeRequest')}
            </Button>
          </Group>
        ))}
        <Group>
          <Button
            variant="light"
            size="xs"
            onClick={() => form.insertListItem('requests', { text: '', dueOn: addDays(today, 30) })}
          >
            {t('inspections.addRequest')}
          </Button>
        </Group>
        <FormButtons
          pending={mutation.isPending}
          onCancel={onDone}
          submitLabel={t('inspections.issueSubmit')}
        />
      </Stack>
    </form>
  );
}

function RequestsSection({ inspection: i }: { inspection: Inspection }) {
  const { t } = useTranslation();
  return (
    <Card withBorder data-testid="inspection-requests">
      <Stack gap="sm">
        <Title order={3} size="h4">
          {t('inspections.requests')}
        </Title>
        {i.requests.length === 0 ? (
          <Text size="sm" c="dimmed">
            {t('inspections.noRequests')}
          </Text>
        ) : null}
        {i.requests.map((r, n) => (
          <RequestItem key={r.id} n={n + 1} request={r} inspection={i} />
        ))}
      </Stack>
    </Card>
  );
}

type RequestDialog = 'answer' | 'ask_again' | null;

function RequestItem({
  n,
  request: r,
  inspection: i,
}: {
  n: number;
  request: InspectionRequest;
  inspection: Inspection;
}) {
  const { t } = useTranslation();
  const refresh = useRefresh();
  const [dialog, setDialog] = useState<RequestDialog>(null);
  const close = useMutation({
    mutationFn: () => reviewInspectionRequest(r.id, { decision: 'close' }),
    onSuccess: async () => {
      await refresh();
      notifications.show({ color: 'green', message: t('inspections.reviewed') });
    },
  });
  return (
    <Card withBorder padding="sm" data-testid="inspection-request">
      <Stack gap={4}>
        <Group gap="xs">
          <Text fw={600}>
            {n}. {r.text}
          </Text>
        </Group>
        <Group gap="xs">
          <RequestStatusBadge request={r} />
          <Text size="sm" c="dimmed">
            {t('inspections.dueLabel', { date: formatDate(r.dueOn) })}
          </Text>
          {r.closedOn ? (
            <Text size="sm" c="dimmed">
              {t('inspections.closedOn', { date: formatDate(r.closedOn) })}
            </Text>
          ) : null}
        </Group>
        {r.answer ? (
          <Text size="sm" style={{ whiteSpace: 'pre-wrap' }} data-testid="request-answer">
            <Text span fw={600}>
              {t('inspections.answerBy', { name: r.answeredByName ?? '', date: formatDate(r.answeredOn) })}:
            </Text>{' '}
            {r.answer}
          </Text>
        ) : null}
        {r.reviewNote ? (
          <Text size="sm" style={{ whiteSpace: 'pre-wrap' }}>
            <Text span fw={600}>
              {t('inspections.reviewNote')}:
            </Text>{' '}
            {r.reviewNote}
          </Text>
        ) : null}
        <ErrorAlert error={close.error} />
        {dialog === null ? (
          <Group gap="xs">
            {i.permissions.answer && r.status !== 'closed' ? (
              <Button size="xs" onClick={() => setDialog('answer')}>
                {t('inspections.answer')}
              </Button>
            ) : null}
            {i.permissions.manage && r.status === 'answered' ? (
              <>
                <Button size="xs" color="green" loading={close.isPending} onClick={() => close.mutate()}>
                  {t('inspections.close')}
                </Button>
                <Button size="xs" variant="light" onClick={() => setDialog('ask_again')}>
                  {t('inspections.askAgain')}
                </Button>
              </>
            ) : null}
          </Group>
        ) : null}
        {dialog === 'answer' ? <AnswerForm request={r} onDone={() => setDialog(null)} /> : null}
        {dialog === 'ask_again' ? <AskAgainForm request={r} onDone={() => setDialog(null)} /> : null}
      </Stack>
    </Card>
  );
}

function AnswerForm({ request: r, onDone }: { request: InspectionRequest; onDone: () => void }) {
  const { t } = useTranslation();
  const refresh = useRefresh();
  const form = useForm({
    initialValues: { answer: '', answeredOn: todayInVietnam() },
    validate: {
      answer: (v) => (v.trim() ? null : t('common.required')),
      answeredOn: (v) => (v ? null : t('common.required')),
    },
  });
  const mutation = useMutation({
    mutationFn: (v: typeof form.values) => answerInspectionRequest(r.id, { ...v, answer: v.answer.trim() }),
    onSuccess: async () => {
      await refresh();
      notifications.show({ color: 'green', message: t('inspections.answered') });
      onDone();
    },
    onError: (error) => applyServerErrors(form, error),
  });
  return (
    <form onSubmit={form.onSubmit((v) => mutation.mutate(v))} noValidate>
      <Stack gap="xs">
        <Text size="sm" fw={600}>
          {t('inspections.answerTitle')}
        </Text>
        <ErrorAlert error={mutation.error} />
        <Textarea
          label={t('inspections.answerText')}
          withAsterisk
          autosize
          minRows={2}
          {...form.getInputProps('answer')}
        />
        <DateField
          label={t('inspections.answeredOn')}
          withAsterisk
          max={todayInVietnam()}
          {...form.getInputProps('answeredOn')}
        />
        <FormButtons
          pending={mutation.isPending}
          onCancel={onDone}
          submitLabel={t('inspections.answerSubmit')}
        />
      </Stack>
    </form>
  );
}

function AskAgainForm({ request: r, onDone }: { request: InspectionRequest; onDone: () => void }) {
  const { t } = useTranslation();
  const refresh = useRefresh();
  const form = useForm({
    initialValues: { note: '' },
    validate: { note: (v) => (v.trim() ? null : t('common.required')) },
  });
  const mutation = useMutation({
    mutationFn: (v: typeof form.values) =>
      reviewInspectionRequest(r.id, { decision: 'ask_again', note: v.note.trim() }),
    onSuccess: async () => {
      await refresh();
      notifications.show({ color: 'green', message: t('inspections.reviewed') });
      onDone();
    },
    onError: (error) => applyServerErrors(form, error),
  });
  return (
    <form onSubmit={form.onSubmit((v) => mutation.mutate(v))} noValidate>
      <Stack gap="xs">
        <ErrorAlert error={mutation.error} />
        <Textarea
          label={t('inspections.reviewNote')}
          withAsterisk
          autosize
          minRows={2}
          {...form.getInputProps('note')}
        />
        <FormButtons
          pending={mutation.isPending}
          onCancel={onDone}
          submitLabel={t('inspections.askAgainSubmit')}
        />
      </Stack>
    </form>
  );
}
