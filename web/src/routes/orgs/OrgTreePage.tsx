import '../../styles/data.ts';
import { ActionIcon, Anchor, Badge, Button, Loader, Stack, Text, Title } from '@mantine/core';
import { useQueries, useQuery } from '@tanstack/react-query';
import { lazy, Suspense, useState } from 'react';
import { orgLevelQuery, supportQuery } from '../../api/endpoints.ts';
import type { OrgTreeUnit } from '../../api/models.ts';
import { KindBadge } from '../../components/Badges.tsx';
import { ErrorAlert } from '../../components/ErrorAlert.tsx';
import { Loading } from '../../components/Loading.tsx';
import { useTranslation } from '../../i18n/useTranslation.ts';
import { Link } from '../../lib/router.tsx';
import { childKinds, compareUnits, splitFirstLevel } from './tree.ts';

// Forms load only when someone opens one: readers of the tree never download them.
const AddUnitModal = lazy(() => import('./UnitFormModals.tsx').then((m) => ({ default: m.AddUnitModal })));

interface NodeProps {
  unit: OrgTreeUnit;
  /** The level under it, when the first answer carried it already (the tops). */
  preloaded?: OrgTreeUnit[];
  guided: ReadonlySet<string>;
  onAdd: (unit: OrgTreeUnit) => void;
}

/**
 * One unit of the tree. Its children are asked for when it is first opened (issue 20: a province is thousands of
 * units; only what the user opens comes down), `childCount` telling whether there is anything to open.
 */
function TreeNode({ unit, preloaded, guided, onAdd }: NodeProps) {
  const { t } = useTranslation();
  const [open, setOpen] = useState(preloaded !== undefined);
  const hasChildren = unit.childCount > 0;
  const level = useQuery({ ...orgLevelQuery(unit.id), enabled: open && hasChildren && !preloaded });
  const children = preloaded ?? (level.data ? [...level.data.units].sort(compareUnits) : undefined);
  return (
    <li data-unit-id={unit.id}>
      <div className="org-tree-row">
        <span className="org-tree-toggle">
          {hasChildren ? (
            <ActionIcon
              variant="subtle"
              color="gray"
              size="sm"
              aria-expanded={open}
              aria-label={`${open ? t('orgs.collapse') : t('orgs.expand')}: ${unit.name}`}
              onClick={() => setOpen((o) => !o)}
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
          <Button size="compact-xs" variant="subtle" onClick={() => onAdd(unit)}>
            {t('orgs.addChild')}
          </Button>
        ) : null}
      </div>
      {open && hasChildren ? (
        <>
          {level.isPending && !preloaded ? <Loader size="xs" aria-label={t('common.loading')} /> : null}
          <ErrorAlert error={level.error} onRetry={() => void level.refetch()} />
          {children ? (
            <ul>
              {children.map((child) => (
                <TreeNode key={child.id} unit={child} guided={guided} onAdd={onAdd} />
              ))}
            </ul>
          ) : null}
        </>
      ) : null}
    </li>
  );
}

export default function OrgTreePage() {
  const { t } = useTranslation();
  const { data, error, isPending, refetch } = useQuery(orgLevelQuery());
  const [addTo, setAddTo] = useState<OrgTreeUnit | null>(null);
  const first = data ? splitFirstLevel(data.units) : [];
  // The cells under guidance (issue 15): the open records below each top committee the person sees.
  const supports = useQueries({
    queries: first
      .filter((n) => n.top.kind === 'committee')
      .map((n) => ({ ...supportQuery(n.top.id), retry: false })),
  });
  const guided = new Set(
    supports.flatMap((q) => (q.data?.records ?? []).filter((r) => r.status === 'open').map((r) => r.cellId)),
  );

  return (
    <Stack>
      <Title order={2}>{t('orgs.title')}</Title>
      {isPending ? <Loading /> : null}
      <ErrorAlert error={error} onRetry={() => void refetch()} />
      {data && data.units.length === 0 ? <Text c="dimmed">{t('orgs.empty')}</Text> : null}
      {data ? (
        <ul className="org-tree" aria-label={t('orgs.title')}>
          {first.map(({ top, children }) => (
            <TreeNode key={top.id} unit={top} preloaded={children} guided={guided} onAdd={setAddTo} />
          ))}
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
