import { Anchor, Button, Group, NativeSelect, Stack, Text, TextInput } from '@mantine/core';
import { useDebouncedValue } from '@mantine/hooks';
import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { lazy, Suspense, useState } from 'react';
import { membersQuery, rosterExportUrl } from '../../api/endpoints.ts';
import type { MemberStatus, OrgUnitDetail } from '../../api/models.ts';
import { RoleBadges, StatusBadge } from '../../components/Badges.tsx';
import { DataTable } from '../../components/DataTable.tsx';
import { ErrorAlert } from '../../components/ErrorAlert.tsx';
import { ExportButton } from '../../components/ExportButton.tsx';
import { Loading } from '../../components/Loading.tsx';
import { useTranslation } from '../../i18n/useTranslation.ts';
import { formatDate, statusLabel } from '../../lib/format.ts';
import { Link } from '../../lib/router.tsx';
import type { AddMemberMode } from './AddMemberModal.tsx';

const AddMemberModal = lazy(() =>
  import('./AddMemberModal.tsx').then((m) => ({ default: m.AddMemberModal })),
);

const RosterImportModal = lazy(() =>
  import('./RosterImportModal.tsx').then((m) => ({ default: m.RosterImportModal })),
);

const STATUSES: readonly MemberStatus[] = ['official', 'probationary', 'exempt', 'staff', 'transferred_out'];

function isStatus(value: string): value is MemberStatus {
  return (STATUSES as readonly string[]).includes(value);
}

export function MembersTab({ unit }: { unit: OrgUnitDetail }) {
  const { t } = useTranslation();
  const [status, setStatus] = useState<MemberStatus | ''>('');
  const [q, setQ] = useState('');
  const [debouncedQ] = useDebouncedValue(q.trim(), 300);
  const [adding, setAdding] = useState<AddMemberMode | null>(null);
  const [importing, setImporting] = useState(false);
  const { data, error, isPending, isFetching, refetch } = useQuery({
    ...membersQuery(unit.id, { status, q: debouncedQ }),
    placeholderData: keepPreviousData,
  });
  const members = data?.members ?? [];
  // On a committee the roster spans its subunits: show where each person belongs.
  const showUnit = members.some((m) => m.unitId !== unit.id);
  const showGroup = members.some((m) => m.groupName);

  return (
    <Stack>
      <Group align="flex-end" gap="sm" wrap="wrap">
        <NativeSelect
          label={t('members.filterStatus')}
          value={status}
          onChange={(event) => {
            const value = event.currentTarget.value;
            setStatus(isStatus(value) ? value : '');
          }}
          data={[
            { value: '', label: t('common.all') },
            ...STATUSES.map((s) => ({ value: s, label: statusLabel(t, s) })),
          ]}
          w={{ base: '100%', xs: 200 }}
        />
        <TextInput
          label={t('common.search')}
          placeholder={t('members.search')}
          type="search"
          value={q}
          onChange={(event) => setQ(event.currentTarget.value)}
          style={{ flex: 1, minWidth: 200 }}
        />
        <ExportButton url={rosterExportUrl(unit.id, { status, q: debouncedQ })} />
        {unit.permissions.manageMembers || unit.permissions.importMembers ? (
          <Group gap="xs">
            {unit.permissions.importMembers ? (
              <Button variant="light" onClick={() => setImporting(true)}>
                {t('members.import.open')}
              </Button>
            ) : null}
            {unit.permissions.manageMembers && unit.kind === 'cell' ? (
              <Button onClick={() => setAdding('member')}>{t('members.addMember')}</Button>
            ) : null}
            {unit.permissions.manageMembers ? (
              <Button variant="light" onClick={() => setAdding('staff')}>
                {t('members.addStaff')}
              </Button>
            ) : null}
          </Group>
        ) : null}
      </Group>

      <ErrorAlert error={error} onRetry={() => void refetch()} />
      {isPending ? <Loading /> : null}
      {data ? (
        <>
          <Text size="sm" c="dimmed" aria-live="polite">
            {t('members.count', { count: members.length })}
          </Text>
          <DataTable
            striped
            highlightOnHover
            className="nowrap-table"
            style={{ opacity: isFetching ? 0.7 : 1 }}
            minWidth={720}
            rows={members}
            rowKey={(member) => member.id}
            empty={t('members.empty')}
            columns={[
              {
                header: t('members.fullName'),
                cell: (member) => (
                  <Anchor component={Link} to={`/members/${member.id}`}>
                    {member.fullName}
                  </Anchor>
                ),
              },
              {
                header: t('members.status'),
                cell: (member) => (
                  <>
                    <StatusBadge status={member.status} />
                    {member.status === 'probationary' && member.probationEndsOn ? (
                      <Text size="xs" c="dimmed">
                        {t('members.probationEnds', { date: formatDate(member.probationEndsOn) })}
                      </Text>
                    ) : null}
                  </>
                ),
              },
              showUnit && { header: t('members.unit'), cell: (member) => member.unitName },
              showGroup && { header: t('members.group'), cell: (member) => member.groupName ?? '—' },
              { header: t('members.joinedOn'), cell: (member) => formatDate(member.joinedOn) },
              { header: t('members.cardNumber'), cell: (member) => member.cardNumber ?? '—' },
              { header: t('members.roles'), cell: (member) => <RoleBadges roles={member.roles} /> },
            ]}
          />
        </>
      ) : null}

      {importing ? (
        <Suspense fallback={null}>
          <RosterImportModal unit={unit} onClose={() => setImporting(false)} />
        </Suspense>
      ) : null}
      {adding ? (
        <Suspense fallback={null}>
          <AddMemberModal unit={unit} mode={adding} onClose={() => setAdding(null)} />
        </Suspense>
      ) : null}
    </Stack>
  );
}
