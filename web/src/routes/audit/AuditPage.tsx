import '../../styles/data.ts';
import { Anchor, Button, Code, Group, Stack, Text, Title } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import { auditQuery, orgQuery } from '../../api/endpoints.ts';
import type { AuditEntry } from '../../api/models.ts';
import { DataTable } from '../../components/DataTable.tsx';
import { ErrorAlert } from '../../components/ErrorAlert.tsx';
import { Loading } from '../../components/Loading.tsx';
import { UnitPicker } from '../../components/UnitPicker.tsx';
import type { TFunction } from '../../i18n/runtime.ts';
import { useTranslation } from '../../i18n/useTranslation.ts';
import { formatDateTime } from '../../lib/format.ts';
import { Link, useSearchParams } from '../../lib/router.tsx';

function entityLink(entry: AuditEntry): string | null {
  const type = entry.entityType.toLowerCase();
  if (['person', 'member'].includes(type)) return `/members/${entry.entityId}`;
  if (['org_unit', 'unit', 'org'].includes(type)) return `/units/${entry.entityId}`;
  if (type === 'role_assignment' && entry.unitId) return `/units/${entry.unitId}?tab=roles`;
  if (type === 'plan') return `/plans/${entry.entityId}`;
  if (['guidance', 'topic_registration', 'topic_model'].includes(type) && entry.unitId)
    return `/units/${entry.unitId}?tab=plans`;
  return null;
}

const entityTypeLabel = (t: TFunction, type: string) =>
  t(`audit.entityTypes.${type}`, { defaultValue: type });
// Action codes look like 'member.status': the catalog nests them the same way.
const actionLabel = (t: TFunction, action: string) => t(`audit.actions.${action}`, { defaultValue: action });

function EntityCell({ entry }: { entry: AuditEntry }) {
  const { t } = useTranslation();
  const link = entityLink(entry);
  return link ? (
    <Anchor component={Link} to={link} size="sm">
      {entityTypeLabel(t, entry.entityType)}
    </Anchor>
  ) : (
    entityTypeLabel(t, entry.entityType)
  );
}

function Details({ entry }: { entry: AuditEntry }) {
  const { t } = useTranslation();
  if (!entry.before && !entry.after) return null;
  return (
    <details>
      <summary>
        <Text span size="xs">
          {t('audit.details')}
        </Text>
      </summary>
      {entry.before ? (
        <>
          <Text size="xs" fw={600}>
            {t('audit.before')}
          </Text>
          <Code block className="json-block">
            {JSON.stringify(entry.before, null, 2)}
          </Code>
        </>
      ) : null}
      {entry.after ? (
        <>
          <Text size="xs" fw={600}>
            {t('audit.after')}
          </Text>
          <Code block className="json-block">
            {JSON.stringify(entry.after, null, 2)}
          </Code>
        </>
      ) : null}
    </details>
  );
}

export default function AuditPage() {
  const { t } = useTranslation();
  const [searchParams, setSearchParams] = useSearchParams();
  const unitId = searchParams.get('unitId') ?? '';
  const entityId = searchParams.get('entityId') ?? '';
  // The unit of the address, named in the picker (issue 20: the picker searches the server, no list of every unit).
  const unit = useQuery({ ...orgQuery(unitId), enabled: unitId !== '', retry: false });
  const { data, error, isPending, refetch } = useQuery(
    auditQuery({ unitId: unitId || undefined, entityId: entityId || undefined }),
  );
  const current =
    unit.data && unit.data.id === unitId
      ? {
          id: unit.data.id,
          name: unit.data.name,
          path: unit.data.ancestors
            .map((a) => a.name)
            .reverse()
            .slice(0, 2),
        }
      : null;

  const setFilter = (next: { unitId?: string; entityId?: string }) => {
    const params = new URLSearchParams();
    const u = next.unitId ?? unitId;
    const e = next.entityId ?? entityId;
    if (u) params.set('unitId', u);
    if (e) params.set('entityId', e);
    setSearchParams(params, { replace: true });
  };

  return (
    <Stack>
      <Title order={2}>{t('audit.title')}</Title>
      <Group align="flex-end" gap="sm">
        <UnitPicker
          label={t('audit.unit')}
          placeholder={t('audit.allUnits')}
          clearable
          value={unitId || null}
          current={current}
          onChange={(u) => setFilter({ unitId: u?.id ?? '' })}
          w={{ base: '100%', sm: 420 }}
        />
        {entityId ? (
          <Group gap="xs">
            <Text size="sm">{t('audit.entityFilter')}</Text>
            <Button size="compact-sm" variant="subtle" onClick={() => setFilter({ entityId: '' })}>
              {t('audit.clearEntity')}
            </Button>
          </Group>
        ) : null}
      </Group>
      <ErrorAlert error={error} onRetry={() => void refetch()} />
      {isPending ? <Loading /> : null}
      {data ? (
        <DataTable
          striped
          verticalSpacing="xs"
          minWidth={720}
          rows={data.entries}
          rowKey={(entry) => entry.id}
          empty={t('audit.empty')}
          columns={[
            {
              header: t('audit.at'),
              cell: (entry) => formatDateTime(entry.at),
              td: { style: { whiteSpace: 'nowrap' } },
            },
            { header: t('audit.actor'), cell: (entry) => entry.actorName ?? t('audit.system') },
            {
              header: t('audit.action'),
              cell: (entry) => (
                <Text size="sm" title={entry.action}>
                  {actionLabel(t, entry.action)}
                </Text>
              ),
            },
            { header: t('audit.entity'), cell: (entry) => <EntityCell entry={entry} /> },
            { header: t('audit.details'), cell: (entry) => <Details entry={entry} /> },
          ]}
        />
      ) : null}
    </Stack>
  );
}
