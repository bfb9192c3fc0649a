import { Anchor, Button, Card, Group, Stack, Text, Title } from '@mantine/core';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { cellPlansQuery, createPlan, keys } from '../../api/endpoints.ts';
import type { OrgUnitDetail } from '../../api/models.ts';
import { useSignedInMe } from '../../app/session.ts';
import { PlanStatusBadge } from '../../components/Badges.tsx';
import { ErrorAlert } from '../../components/ErrorAlert.tsx';
import { Loading } from '../../components/Loading.tsx';
import { YearPicker } from '../../components/YearPicker.tsx';
import { useTranslation } from '../../i18n/useTranslation.ts';
import { formatDate, formatDateTime } from '../../lib/format.ts';
import { useYearParam } from '../../lib/plans.ts';
import { Link, useNavigate } from '../../lib/router.tsx';
import { GuidanceSection } from '../guidance/GuidanceSection.tsx';
import { LibrarySection } from '../topics/LibrarySection.tsx';
import { RegistrationsSection } from '../topics/RegistrationsSection.tsx';
import { ReceivedReminders } from './ReceivedReminders.tsx';

/** A cell's plan area: the year's plan (or the button to start it), guidance received, proposals, library. */
export default function CellPlansPanel({ unit }: { unit: OrgUnitDetail }) {
  const { t } = useTranslation();
  const me = useSignedInMe();
  const navigate = useNavigate();
  const queryClient = useQueryClient();
  const [year, setYear] = useYearParam();
  const { data, error, isPending, refetch } = useQuery(cellPlansQuery(unit.id, year));
  const plan = data?.cells.find((c) => c.cellId === unit.id)?.plan ?? null;
  const permissions = data?.permissions;
  const create = useMutation({
    mutationFn: () => createPlan(unit.id, year),
    onSuccess: async (created) => {
      queryClient.setQueryData(keys.plan(created.id), created);
      await queryClient.invalidateQueries({ queryKey: ['cellPlans'] });
      navigate(`/plans/${created.id}`);
    },
  });

  return (
    <Stack gap="lg">
      <Stack gap="xs">
        <Group justify="space-between" align="flex-end">
          <Title order={3} size="h4">
            {t('plans.planTitle', { year })}
          </Title>
          <YearPicker value={year} onChange={setYear} />
        </Group>
        <ErrorAlert error={error ?? create.error} onRetry={() => void refetch()} />
        {isPending ? <Loading /> : null}
        {data ? (
          <Card withBorder padding="md" data-testid="cell-plan">
            {plan ? (
              <Stack gap="xs">
                <Group gap="xs">
                  <PlanStatusBadge status={plan.status} size="lg" />
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
                </Group>
                <Group>
                  <Button component={Link} to={`/plans/${plan.id}`}>
                    {t('plans.open')}
                  </Button>
                </Group>
              </Stack>
            ) : (
              <Stack gap="xs">
                <Text size="sm" c="dimmed">
                  {t('plans.noPlan', { year })}
                </Text>
                {permissions?.createPlan ? (
                  <Group>
                    <Button loading={create.isPending} onClick={() => create.mutate()}>
                      {t('plans.create', { year })}
                    </Button>
                  </Group>
                ) : null}
              </Stack>
            )}
          </Card>
        ) : null}
        {me.person ? (
          <Anchor component={Link} to={`/my-work?year=${year}`} size="sm">
            {t('assignments.link')}
          </Anchor>
        ) : null}
      </Stack>

      <ReceivedReminders cellId={unit.id} year={year} />
      <GuidanceSection unitId={unit.id} year={year} canIssue={permissions?.issueGuidance ?? false} />
      <RegistrationsSection cellId={unit.id} year={year} />
      <LibrarySection unitId={unit.id} canPublish={permissions?.publishModel ?? false} />
    </Stack>
  );
}
