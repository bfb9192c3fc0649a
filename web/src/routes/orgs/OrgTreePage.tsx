import '../../styles/data.ts';
import { ActionIcon, Anchor, Badge, Button, Stack, Text, Title } from '@mantine/core';
import { useQueries, useQuery } from '@tanstack/react-query';
import { lazy, Suspense, useState } from 'react';
import { orgsQuery, supportQuery } from '../../api/endpoints.ts';
import type { OrgUnit } from '../../api/models.ts';
import { KindBadge } from '../../components/Badges.tsx';
import { ErrorAlert } from '../../components/ErrorAlert.tsx';
import { Loading } from '../../components/Loading.tsx';
import { useTranslation } from '../../i18n/useTranslation.ts';
import { Link } from '../../lib/router.tsx';
import { buildTree, childKinds, type TreeNode } from './tree.ts';

// Forms load only when someone opens one: readers of the tree never download them.
const AddUnitModal = lazy(() => import('./UnitFormModals.tsx').then((m) => ({ default: m.AddUnitModal })));

export default function OrgTreePage() {
  const { t } = useTranslation();
  const { data, error, isPending, refetch } = useQuery(orgsQuery);
  const [collapsed, setCollapsed] = useState<ReadonlySet<string>>(new Set());
  const [addTo, setAddTo] = useState<OrgUnit | null>(null);
  // The cells under guidance (issue 15): the open records below each top committee the person sees.
  const roots = data ? buildTree(data.units).filter((n) => n.unit.kind === 'committee') : [];
  const supports = useQueries({
    queries: roots.map((n) => ({ ...supportQuery(n.unit.id), retry: false })),
  });
  const guided = new Set(
    supports.flatMap((q) => (q.data?.records ?? []).filter((r) => r.status === 'open').map((r) => r.cellId)),
  );

  const toggle = (id: string) =>
    setCollapsed((old) => {
      const next = new Set(old);
      if (next.has(id)) next.delete(id);
      else next.add(id);
      return next;
    });

  const renderNode = (node: TreeNode) => {
    const { unit } = node;
    const open = !collapsed.has(unit.id);
    const hasChildren = node.children.length > 0;
    return (
      <li key={unit.id} data-unit-id={unit.id}>
        <div className="org-tree-row">
          <span className="org-tree-toggle">
            {hasChildren ? (
              <ActionIcon
                variant="subtle"
                color="gray"
                size="sm"
                aria-expanded={open}
                aria-label={`${open ? t('orgs.collapse') : t('orgs.expand')}: ${unit.name}`}
                onClick={() => toggle(unit.id)}
              >
                {open ? '▾' : '▸'}
              </ActionIcon>
            ) : null}
          </span>
          <Anchor component={Link} to={`/units/${unit.id}`} fw={unit.kind === 'group' ? 400 : 600}>
            {unit.name}
          </Anchor>
          <KindBadge kind={unit.kind} size="xs" />
          {guided.has(unit.id) ? (
            <Badge color="orange" variant="light" tt="none" size="xs" data-testid="support-badge">
              {t('support.badge')}
            </Badge>
          ) : null}
          <Text span size="xs" c="dimmed">
            {t('orgs.memberCount', { count: unit.memberCount })}
          </Text>
          {unit.canManage && childKinds(unit.kind).length > 0 ? (
            <Button size="compact-xs" variant="subtle" onClick={() => setAddTo(unit)}>
              {t('orgs.addChild')}
            </Button>
          ) : null}
        </div>
        {hasChildren && open ? <ul>{node.children.map(renderNode)}</ul> : null}
      </li>
    );
  };

  return (
    <Stack>
      <Title order={2}>{t('orgs.title')}</Title>
      {isPending ? <Loading /> : null}
      <ErrorAlert error={error} onRetry={() => void refetch()} />
      {data && data.units.length === 0 ? <Text c="dimmed">{t('orgs.empty')}</Text> : null}
      {data ? (
        <ul className="org-tree" aria-label={t('orgs.title')}>
          {buildTree(data.units).map(renderNode)}
        </ul>
      ) : null}
      {addTo ? (
        <Suspense fallback={null}>
          <AddUnitModal parent={addTo} opened onClose={() => setAddTo(null)} />
        </Suspense>
      ) : null}
    </Stack>
  );
}
