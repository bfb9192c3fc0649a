import { Anchor, Button, Group, Stack, Title } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import { lazy, Suspense, useState } from 'react';
import { rolesQuery } from '../../api/endpoints.ts';
import type { OrgUnitDetail, RoleAssignment } from '../../api/models.ts';
import { DataTable } from '../../components/DataTable.tsx';
import { ErrorAlert } from '../../components/ErrorAlert.tsx';
import { Loading } from '../../components/Loading.tsx';
import { useTranslation } from '../../i18n/useTranslation.ts';
import { formatDate, roleLabel } from '../../lib/format.ts';
import { Link } from '../../lib/router.tsx';
import type { RoleDialog } from './RoleModals.tsx';

const RoleDialogs = lazy(() => import('./RoleModals.tsx').then((m) => ({ default: m.RoleDialogs })));

export function RolesTab({ unit }: { unit: OrgUnitDetail }) {
  const { t } = useTranslation();
  const { data, error, isPending, refetch } = useQuery(rolesQuery(unit.id));
  const [dialog, setDialog] = useState<RoleDialog | null>(null);
  const canManage = unit.permissions.manageRoles && unit.assignableRoles.length > 0;

  const roles = data?.roles ?? [];
  const current = roles.filter((r) => r.endedOn === null);
  const past = roles
    .filter((r) => r.endedOn !== null)
    .sort((a, b) => (b.endedOn ?? '').localeCompare(a.endedOn ?? ''));

  const table = (list: RoleAssignment[], withEnd: boolean) => (
    <DataTable
      striped
      minWidth={520}
      rows={list}
      rowKey={(assignment) => assignment.id}
      empty={t('roleTab.none')}
      emptySize="sm"
      columns={[
        { header: t('roleTab.role'), cell: (assignment) => roleLabel(t, assignment.role, unit.kind) },
        {
          header: t('roleTab.person'),
          cell: (assignment) => (
            <Anchor component={Link} to={`/members/${assignment.personId}`}>
              {assignment.personName}
            </Anchor>
          ),
        },
        { header: t('roleTab.startedOn'), cell: (assignment) => formatDate(assignment.startedOn) },
        { header: t('roleTab.endedOn'), cell: (assignment) => formatDate(assignment.endedOn) },
        withEnd && {
          header: t('common.actions'),
          cell: (assignment) => (
            <Button
              size="compact-xs"
              variant="light"
              color="gray"
              onClick={() => setDialog({ kind: 'end', assignment })}
            >
              {t('roleTab.end')}
            </Button>
          ),
        },
      ]}
    />
  );

  return (
    <Stack>
      {canManage ? (
        <Group>
          <Button onClick={() => setDialog({ kind: 'assign' })}>{t('roleTab.assign')}</Button>
        </Group>
      ) : null}
      <ErrorAlert error={error} onRetry={() => void refetch()} />
      {isPending ? <Loading /> : null}
      {data ? (
        <>
          <Title order={3} size="h5">
            {t('roleTab.current')}
          </Title>
          {table(current, canManage)}
          <Title order={3} size="h5">
            {t('roleTab.past')}
          </Title>
          {table(past, false)}
        </>
      ) : null}

      {dialog ? (
        <Suspense fallback={null}>
          <RoleDialogs unit={unit} dialog={dialog} onClose={() => setDialog(null)} />
        </Suspense>
      ) : null}
    </Stack>
  );
}
