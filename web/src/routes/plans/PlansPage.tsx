import '../../styles/data.ts';
import { Anchor, NativeSelect, Stack, Text, Title } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import { lazy, Suspense } from 'react';
import { orgQuery } from '../../api/endpoints.ts';
import type { Me, MeUnit } from '../../api/models.ts';
import { useSignedInMe } from '../../app/session.ts';
import { ErrorAlert } from '../../components/ErrorAlert.tsx';
import { Loading } from '../../components/Loading.tsx';
import { useTranslation } from '../../i18n/useTranslation.ts';
import { Link, useSearchParams } from '../../lib/router.tsx';

const CellPlansPanel = lazy(() => import('./CellPlansPanel.tsx'));
const CommitteePlansPanel = lazy(() => import('./CommitteePlansPanel.tsx'));

/** Units with a plan area: committees the user works for first (officers follow their cells), then cells. */
export function planUnits(me: Me): MeUnit[] {
  const staffOf = (u: MeUnit) => u.roles.some((r) => r === 'officer' || r === 'inspector');
  return [
    ...me.units.filter((u) => u.unitKind === 'committee' && staffOf(u)),
    ...me.units.filter((u) => u.unitKind === 'cell'),
  ];
}

/** "Kế hoạch" in the menu: the plan area of the user's unit (a committee's overview or a cell's plan). */
export default function PlansPage() {
  const { t } = useTranslation();
  const me = useSignedInMe();
  const [searchParams, setSearchParams] = useSearchParams();
  const units = planUnits(me);
  const chosen = searchParams.get('unit');
  const unitId = units.some((u) => u.unitId === chosen) ? (chosen ?? '') : (units[0]?.unitId ?? '');
  const unit = useQuery({ ...orgQuery(unitId), enabled: unitId !== '' });

  return (
    <Stack>
      <Stack gap={0}>
        <Text size="sm" c="dimmed">
          {t('plans.pageTitle')}
        </Text>
        <Title order={2}>{unit.data?.name ?? t('plans.pageTitle')}</Title>
      </Stack>
      {units.length === 0 ? (
        <Text c="dimmed">
          {t('plans.noUnits')}{' '}
          <Anchor component={Link} to="/orgs">
            {t('home.openOrgTree')}
          </Anchor>
        </Text>
      ) : null}
      {units.length > 1 ? (
        <NativeSelect
          label={t('plans.unit')}
          value={unitId}
          onChange={(event) => {
            const next = event.currentTarget.value;
            setSearchParams(
              (old) => {
                const params = new URLSearchParams(old);
                params.set('unit', next);
                return params;
              },
              { replace: true },
            );
          }}
          data={units.map((u) => ({ value: u.unitId, label: u.unitName }))}
          w={{ base: '100%', sm: 420 }}
        />
      ) : null}
      {unitId && unit.isPending ? <Loading /> : null}
      <ErrorAlert error={unit.error} onRetry={() => void unit.refetch()} />
      {unit.data ? (
        <Suspense fallback={<Loading />}>
          {unit.data.kind === 'committee' ? (
            <CommitteePlansPanel key={unit.data.id} unit={unit.data} />
          ) : (
            <CellPlansPanel key={unit.data.id} unit={unit.data} />
          )}
        </Suspense>
      ) : null}
    </Stack>
  );
}
