import '../../styles/data.ts';
import { Anchor, Badge, Button, Card, Group, SimpleGrid, Stack, Text, Title } from '@mantine/core';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { lazy, type ReactNode, Suspense, useState } from 'react';
import {
  commendationsQuery,
  enableAccount,
  keys,
  memberQuery,
  scorecardExportUrl,
  scorecardUrl,
} from '../../api/endpoints.ts';
import type { Member } from '../../api/models.ts';
import { useSignedInMe } from '../../app/session.ts';
import { RoleBadges, StatusBadge } from '../../components/Badges.tsx';
import { DataTable } from '../../components/DataTable.tsx';
import { DocumentLinks } from '../../components/DocumentLinks.tsx';
import { ErrorAlert } from '../../components/ErrorAlert.tsx';
import { ExportButton } from '../../components/ExportButton.tsx';
import { Loading } from '../../components/Loading.tsx';
import { useTranslation } from '../../i18n/useTranslation.ts';
import { formatDate, genderLabel, roleLabel } from '../../lib/format.ts';
import { currentYear } from '../../lib/plans.ts';
import { Link, useParams } from '../../lib/router.tsx';
import { CommendationTable } from '../commendations/CommendationTable.tsx';
import type { MemberDialog } from './MemberModals.tsx';

// Forms load only when someone opens one: readers of a profile never download them.
const MemberDialogs = lazy(() => import('./MemberModals.tsx').then((m) => ({ default: m.MemberDialogs })));

export default function MemberPage() {
  const { id = '' } = useParams();
  const { data: member, error, isPending, refetch } = useQuery(memberQuery(id));
  if (isPending) return <Loading />;
  if (error || !member) return <ErrorAlert error={error} onRetry={() => void refetch()} />;
  return <MemberView member={member} />;
}

function Field({ label, children }: { label: string; children: ReactNode }) {
  return (
    <div>
      <Text size="xs" c="dimmed">
        {label}
      </Text>
      <Text size="sm" component="div">
        {children}
      </Text>
    </div>
  );
}

function MemberView({ member }: { member: Member }) {
  const { t } = useTranslation();
  const me = useSignedInMe();
  const [dialog, setDialog] = useState<MemberDialog | null>(null);
  const isParty = member.status !== 'staff';
  const canManage = member.permissions.manage;
  const thisYear = currentYear();

  return (
    <Stack>
      <Anchor component={Link} to={`/units/${member.unitId}`} size="sm">
        ← {member.unitName}
      </Anchor>
      <Stack gap={4}>
        <Title order={2}>{member.fullName}</Title>
        <Group gap="xs">
          <StatusBadge status={member.status} />
          <Text size="sm" c="dimmed" data-testid="status-since">
            {t('member.statusSince', { date: formatDate(member.statusSince) })}
          </Text>
          {member.status === 'probationary' && member.probationEndsOn ? (
            <Text size="sm" c="orange.8">
              {t('members.probationEnds', { date: formatDate(member.probationEndsOn) })}
            </Text>
          ) : null}
        </Group>
        <RoleBadges roles={member.roles} />
      </Stack>
      {isParty && member.permissions.scorecard ? (
        <Group gap="xs" align="flex-end">
          <DocumentLinks
            label={t('member.scorecard', { year: thisYear })}
            url={(format) => scorecardUrl(member.id, thisYear, format)}
          />
          <ExportButton url={scorecardExportUrl(member.id, thisYear)} />
        </Group>
      ) : null}

      {member.account?.canManage ? <AccountButtons member={member} onOpen={setDialog} /> : null}

      {canManage || me.canReadAudit ? (
        <Group gap="xs">
          {canManage ? (
            <>
              <Button size="xs" variant="light" onClick={() => setDialog('edit')}>
                {t('member.editProfile')}
              </Button>
              {member.nextStatuses.length > 0 ? (
                <Button size="xs" variant="light" onClick={() => setDialog('status')}>
                  {t('member.changeStatus')}
                </Button>
              ) : null}
              {isParty ? (
                <Button size="xs" variant="light" onClick={() => setDialog('transfer')}>
                  {t('member.transfer')}
                </Button>
              ) : null}
              {member.account ? null : (
                <Button size="xs" variant="light" onClick={() => setDialog('account')}>
                  {t('member.createAccount')}
                </Button>
              )}
            </>
          ) : null}
          {me.canReadAudit ? (
            <Button size="xs" variant="subtle" component={Link} to={`/audit?entityId=${member.id}`}>
              {t('member.auditLink')}
            </Button>
          ) : null}
        </Group>
      ) : null}

      <Card withBorder>
        <Title order={3} size="h5" mb="sm">
          {t('member.profile')}
        </Title>
        <SimpleGrid cols={{ base: 1, xs: 2, md: 3 }} spacing="sm">
          <Field label={t('members.gender')}>{genderLabel(t, member.gender)}</Field>
          <Field label={t('members.birthDate')}>{formatDate(member.birthDate)}</Field>
          <Field label={t('members.phone')}>{member.phone ?? '—'}</Field>
          <Field label={t('members.email')}>{member.email ?? '—'}</Field>
          <Field label={t('members.unit')}>
            <Anchor component={Link} to={`/units/${member.unitId}`} size="sm">
              {member.unitName}
            </Anchor>
          </Field>
          {isParty ? (
            <>
              <Field label={t('members.group')}>{member.groupName ?? '—'}</Field>
              <Field label={t('members.joinedOn')}>{formatDate(member.joinedOn)}</Field>
              <Field label={t('members.officialOn')}>{formatDate(member.officialOn)}</Field>
              <Field label={t('members.cardNumber')}>{member.cardNumber ?? '—'}</Field>
            </>
          ) : null}
          <Field label={t('member.account')}>
            <Group gap={6}>
              <span data-testid="account-username">{member.account?.username ?? t('member.noAccount')}</span>
              {member.account?.disabled ? (
                <Badge size="sm" color="red" variant="light">
                  {t('member.accountDisabled')}
                </Badge>
              ) : null}
              {member.account?.mustChangePassword ? (
                <Badge size="sm" color="orange" variant="light">
                  {t('member.accountMustChange')}
                </Badge>
              ) : null}
            </Group>
          </Field>
        </SimpleGrid>
      </Card>

      <Title order={3} size="h5">
        {t('member.periods')}
      </Title>
      <DataTable
        striped
        minWidth={560}
        rows={member.periods}
        rowKey={(period) => period.id}
        empty={t('member.noPeriods')}
        emptySize="sm"
        columns={[
          { header: t('member.periodUnit'), cell: (period) => period.unitName },
          { header: t('members.status'), cell: (period) => <StatusBadge status={period.status} size="sm" /> },
          { header: t('member.from'), cell: (period) => formatDate(period.startedOn) },
          {
            header: t('member.to'),
            cell: (period) => (period.endedOn ? formatDate(period.endedOn) : t('member.current')),
          },
          { header: t('member.note'), cell: (period) => period.note ?? '' },
        ]}
      />

      <Title order={3} size="h5">
        {t('member.roleHistory')}
      </Title>
      <DataTable
        striped
        minWidth={520}
        rows={member.roleHistory}
        rowKey={(role) => role.id}
        empty={t('member.noRoles')}
        emptySize="sm"
        columns={[
          { header: t('roleTab.role'), cell: (role) => roleLabel(t, role.role) },
          {
            header: t('member.periodUnit'),
            cell: (role) => (
              <Anchor component={Link} to={`/units/${role.unitId}`} size="sm">
                {role.unitName}
              </Anchor>
            ),
          },
          { header: t('member.from'), cell: (role) => formatDate(role.startedOn) },
          {
            header: t('member.to'),
            cell: (role) => (role.endedOn ? formatDate(role.endedOn) : t('member.current')),
          },
        ]}
      />

      {isParty ? <MemberCommendations member={member} /> : null}

      {dialog ? (
        <Suspense fallback={null}>
          <MemberDialogs member={member} dialog={dialog} onClose={() => setDialog(null)} />
        </Suspense>
      ) : null}
    </Stack>
  );
}

/** Reset the password, disable or re-enable the account: for the officers and administrators who may. */
function AccountButtons({ member, onOpen }: { member: Member; onOpen: (dialog: MemberDialog) => void }) {
  const { t } = useTranslation();
  const queryClient = useQueryClient();
  const enable = useMutation({
    mutationFn: () => enableAccount(member.id),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: keys.member(member.id) }),
  });
  return (
    <Stack gap="xs">
      <ErrorAlert error={enable.error} />
      <Group gap="xs">
        <Button size="xs" variant="light" onClick={() => onOpen('resetPassword')}>
          {t('member.resetPassword')}
        </Button>
        {member.account?.disabled ? (
          <Button size="xs" variant="light" loading={enable.isPending} onClick={() => enable.mutate()}>
            {t('member.enableAccount')}
          </Button>
        ) : (
          <Button size="xs" variant="light" color="red" onClick={() => onOpen('disableAccount')}>
            {t('member.disableAccount')}
          </Button>
        )}
      </Group>
    </Stack>
  );
}

/** The member's commendations (issue 16, seed 000: "biểu dương, khen thưởng"), all years, in their cell. */
function MemberCommendations({ member }: { member: Member }) {
  const { t } = useTranslation();
  const { data, error } = useQuery({
    ...commendationsQuery(member.unitId, { personId: member.id }),
    retry: false,
  });
  if (error || !data) return null;
  return (
    <Stack gap="xs" data-testid="member-commendations">
      <Title order={3} size="h5">
        {t('commendations.memberTitle')}
      </Title>
      <CommendationTable rows={data.commendations} />
    </Stack>
  );
}
