import { Badge, type BadgeProps, Group } from '@mantine/core';
import type { MemberStatus, OrgKind, PlanStatus } from '../api/models.ts';
import { useTranslation } from '../i18n/useTranslation.ts';
import { kindLabel, roleLabel, statusLabel } from '../lib/format.ts';
import { PLAN_STATUS_COLORS, planStatusLabel } from '../lib/plans.ts';

const STATUS_COLORS: Record<MemberStatus, string> = {
  official: 'green',
  probationary: 'yellow',
  exempt: 'gray',
  transferred_out: 'dark',
  staff: 'blue',
};

const KIND_COLORS: Record<OrgKind, string> = { committee: 'red', cell: 'orange', group: 'grape' };

const isMemberStatus = (status: string): status is MemberStatus => Object.hasOwn(STATUS_COLORS, status);

/** A member's status; the signed-in user's (`Me.person.status`) comes as a plain string. */
export function StatusBadge({ status, ...rest }: { status: string } & BadgeProps) {
  const { t } = useTranslation();
  return (
    <Badge
      color={isMemberStatus(status) ? STATUS_COLORS[status] : 'gray'}
      variant="light"
      tt="none"
      {...rest}
    >
      {statusLabel(t, status)}
    </Badge>
  );
}

export function KindBadge({ kind, ...rest }: { kind: OrgKind } & BadgeProps) {
  const { t } = useTranslation();
  return (
    <Badge color={KIND_COLORS[kind] ?? 'gray'} variant="outline" tt="none" {...rest}>
      {kindLabel(t, kind)}
    </Badge>
  );
}

export function RoleBadges({ roles, unitKind }: { roles: readonly string[]; unitKind?: string }) {
  const { t } = useTranslation();
  if (roles.length === 0) return null;
  return (
    <Group gap={4}>
      {roles.map((role) => (
        <Badge key={role} variant="light" color="red" tt="none">
          {roleLabel(t, role, unitKind)}
        </Badge>
      ))}
    </Group>
  );
}

export function PlanStatusBadge({ status, ...rest }: { status: PlanStatus } & BadgeProps) {
  const { t } = useTranslation();
  return (
    <Badge color={PLAN_STATUS_COLORS[status] ?? 'gray'} variant="light" tt="none" {...rest}>
      {planStatusLabel(t, status)}
    </Badge>
  );
}
