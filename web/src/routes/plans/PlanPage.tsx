import '../../styles/data.ts';
import { Alert, Anchor, Badge, Button, Group, Stack, Text, Title } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useMutation, useQuery } from '@tanstack/react-query';
import { lazy, Suspense, useState } from 'react';
import { planDocumentUrl, planExportUrl, planQuery, planTransition } from '../../api/endpoints.ts';
import type { Plan, PlanAction } from '../../api/models.ts';
import { PlanStatusBadge } from '../../components/Badges.tsx';
import { DataTable } from '../../components/DataTable.tsx';
import { DocumentLinks } from '../../components/DocumentLinks.tsx';
import { ErrorAlert } from '../../components/ErrorAlert.tsx';
import { ExportButton } from '../../components/ExportButton.tsx';
import { Loading } from '../../components/Loading.tsx';
import { useTranslation } from '../../i18n/useTranslation.ts';
import { formatDate, formatDateTime } from '../../lib/format.ts';
import { planStatusLabel } from '../../lib/plans.ts';
import { Link, useParams } from '../../lib/router.tsx';
import type { PlanDialog } from './PlanActionModals.tsx';
import { PlanSubmitConfirm, useParentCommittee } from './PlanSubmitConfirm.tsx';
import { PlanView } from './PlanView.tsx';
import { usePlanSaved } from './plan-cache.ts';

// The editor (form, pickers) loads only for those who may edit; readers get the plain document.
const PlanEditor = lazy(() => import('./PlanEditor.tsx'));
const PlanActionDialog = lazy(() =>
  import('./PlanActionModals.tsx').then((m) => ({ default: m.PlanActionDialog })),
);

export default function PlanPage() {
  const { id = '' } = useParams();
  const { data: plan, error, isPending, refetch } = useQuery(planQuery(id));
  if (isPending) return <Loading />;
  if (error || !plan) return <ErrorAlert error={error} onRetry={() => void refetch()} />;
  // A new status may change what can be edited: start the screen afresh.
  return <PlanScreen key={`${plan.id}:${plan.status}`} plan={plan} />;
}

function PlanScreen({ plan }: { plan: Plan }) {
  const { t } = useTranslation();
  const [dirty, setDirty] = useState(false);
  const [dialog, setDialog] = useState<PlanDialog | null>(null);
  const [confirmingSubmit, setConfirmingSubmit] = useState(false);
  const saved = usePlanSaved();
  const direct = useMutation({
    mutationFn: (action: 'reopen' | 'submit') => planTransition[action](plan.id),
    onSuccess: async (next, action) => {
      await saved(next);
      setConfirmingSubmit(false);
      notifications.show({ color: 'green', message: t(`planActions.done.${action}`) });
    },
  });
  // Loaded beforehand so that the confirmation names the committee at once.
  const committee = useParentCommittee(plan.cellId, plan.permissions.actions.includes('submit'));

  const blocked = plan.checks.errors.length > 0;
  const onAction = (action: PlanAction) => {
    if (action === 'submit') setConfirmingSubmit(true);
    else if (action === 'reopen') direct.mutate(action);
    else setDialog({ kind: action });
  };

  return (
    <Stack>
      <Anchor component={Link} to={`/units/${plan.cellId}?tab=plans&year=${plan.year}`} size="sm">
        ← {plan.cellName}
      </Anchor>
      <Stack gap={4}>
        <Title order={2}>{t('plans.planTitle', { year: plan.year })}</Title>
        <Group gap="xs">
          <PlanStatusBadge status={plan.status} size="lg" data-testid="plan-status" />
          {plan.number ? (
            <Text size="sm" fw={600} data-testid="plan-number">
              {plan.number}
            </Text>
          ) : null}
          <Text size="sm">{plan.cellName}</Text>
          {plan.adoptedOn ? (
            <Text size="sm" c="dimmed">
              {t('plans.adoptedOn', { date: formatDate(plan.adoptedOn) })}
            </Text>
          ) : null}
          {plan.submittedAt ? (
            <Text size="sm" c="dimmed">
              {t('plans.submittedAt', { at: formatDateTime(plan.submittedAt) })}
            </Text>
          ) : null}
          <PlanDeadline plan={plan} />
        </Group>
      </Stack>

      <Group gap="xs" align="flex-end">
        <DocumentLinks url={(format) => planDocumentUrl(plan.id, format)} />
        <ExportButton url={planExportUrl(plan.id)} />
      </Group>

      {plan.status === 'returned' ? (
        <Alert color="red" variant="filled" title={t('plans.returnedTitle')} data-testid="review-remark">
          <Text size="sm" style={{ whiteSpace: 'pre-wrap' }}>
            {plan.reviewRemark}
          </Text>
          {plan.reviewedAt ? (
            <Text size="xs" mt={4}>
              {t('plans.reviewedAt', { at: formatDateTime(plan.reviewedAt) })}
            </Text>
          ) : null}
        </Alert>
      ) : null}
      {plan.status === 'acknowledged' ? (
        <Alert color="green" variant="light" title={t('plans.acknowledgedTitle')} data-testid="review-remark">
          {plan.reviewRemark ? (
            <Text size="sm" style={{ whiteSpace: 'pre-wrap' }}>
              {plan.reviewRemark}
            </Text>
          ) : null}
          {plan.reviewedAt ? (
            <Text size="xs" mt={4}>
              {t('plans.reviewedAt', { at: formatDateTime(plan.reviewedAt) })}
            </Text>
          ) : null}
        </Alert>
      ) : null}

      {plan.permissions.actions.length > 0 ? (
        <Stack gap={4}>
          <Group gap="xs">
            {plan.permissions.actions.map((action) => (
              <Button
                key={action}
                variant={action === 'reopen' || action === 'return' ? 'light' : 'filled'}
                color={action === 'return' ? 'orange' : undefined}
                disabled={dirty || ((action === 'adopt' || action === 'submit') && blocked)}
                loading={direct.isPending && direct.variables === action && !confirmingSubmit}
                onClick={() => onAction(action)}
              >
                {t(`planActions.${action}`)}
              </Button>
            ))}
          </Group>
          {dirty ? (
            <Text size="xs" c="dimmed">
              {t('planActions.saveFirst')}
            </Text>
          ) : blocked && plan.permissions.actions.some((a) => a === 'adopt' || a === 'submit') ? (
            <Text size="xs" c="red.8">
              {t('planActions.blocked')}
            </Text>
          ) : null}
          {confirmingSubmit ? null : <ErrorAlert error={direct.error} />}
        </Stack>
      ) : null}
      {confirmingSubmit ? (
        <PlanSubmitConfirm
          plan={plan}
          committee={committee}
          pending={direct.isPending}
          error={direct.error}
          onConfirm={() => direct.mutate('submit')}
          onClose={() => {
            setConfirmingSubmit(false);
            direct.reset();
          }}
        />
      ) : null}

      {plan.permissions.edit ? (
        <Suspense fallback={<Loading />}>
          <PlanEditor plan={plan} onDirtyChange={setDirty} />
        </Suspense>
      ) : (
        <PlanView plan={plan} />
      )}

      <PlanHistory plan={plan} />

      {dialog ? (
        <Suspense fallback={null}>
          <PlanActionDialog plan={plan} dialog={dialog} onClose={() => setDialog(null)} />
        </Suspense>
      ) : null}
    </Stack>
  );
}

function PlanHistory({ plan }: { plan: Plan }) {
  const { t } = useTranslation();
  return (
    <Stack gap="xs">
      <Title order={3} size="h4">
        {t('plans.history')}
      </Title>
      <DataTable
        striped
        data-testid="plan-history"
        minWidth={560}
        rows={plan.events}
        rowKey={(event) => `${event.at}-${event.action}`}
        empty={t('plans.noHistory')}
        emptySize="sm"
        columns={[
          {
            header: t('plans.historyAt'),
            cell: (event) => formatDateTime(event.at),
            td: { style: { whiteSpace: 'nowrap' } },
          },
          {
            header: t('plans.historyAction'),
            cell: (event) => (
              <>
                {t(`planActions.events.${event.action}`)}
                <Text size="xs" c="dimmed">
                  {planStatusLabel(t, event.fromStatus)} → {planStatusLabel(t, event.toStatus)}
                </Text>
              </>
            ),
          },
          { header: t('plans.historyActor'), cell: (event) => event.actorName ?? t('audit.system') },
          {
            header: t('plans.historyRemark'),
            cell: (event) => event.remark ?? '',
            td: { style: { whiteSpace: 'pre-wrap' } },
          },
        ]}
      />
    </Stack>
  );
}

/**
 * The deadline of the guidance the cell works under, and how late the plan was first sent — or, while it is
 * not, how long past the deadline it is: the cell and the committees above see the same.
 */
function PlanDeadline({ plan }: { plan: Plan }) {
  const { t } = useTranslation();
  const { on, late } = plan.deadline;
  if (!on) return null;
  const date = formatDate(on);
  if (!late)
    return (
      <Text size="sm" c="dimmed" data-testid="plan-deadline">
        {t('plans.deadline', { date })}
      </Text>
    );
  return (
    <Badge color="red" variant="filled" tt="none" data-testid="plan-late">
      {t(late.submitted ? 'plans.lateSent' : 'plans.lateNotSent', { count: late.days, date })}
    </Badge>
  );
}
