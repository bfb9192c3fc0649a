import '../../styles/data.ts';
import { Anchor, Badge, Breadcrumbs, Button, Group, Stack, Tabs, Text, Title } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import { lazy, Suspense, useState } from 'react';
import { orgQuery, supportQuery } from '../../api/endpoints.ts';
import type { OrgUnitDetail } from '../../api/models.ts';
import { KindBadge } from '../../components/Badges.tsx';
import { ErrorAlert } from '../../components/ErrorAlert.tsx';
import { Loading } from '../../components/Loading.tsx';
import { useTranslation } from '../../i18n/useTranslation.ts';
import { Link, useParams, useSearchParams } from '../../lib/router.tsx';
import { MembersTab } from '../members/MembersTab.tsx';
import { RolesTab } from '../roles/RolesTab.tsx';
import { childKinds } from './tree.ts';

// Forms load only when someone opens one: readers of the unit never download them.
const AddUnitModal = lazy(() => import('./UnitFormModals.tsx').then((m) => ({ default: m.AddUnitModal })));
const EditUnitModal = lazy(() => import('./UnitFormModals.tsx').then((m) => ({ default: m.EditUnitModal })));
const DeleteUnitModal = lazy(() =>
  import('./UnitFormModals.tsx').then((m) => ({ default: m.DeleteUnitModal })),
);
// The plan area of a cell or a committee loads only when its tab is opened.
const CellPlansPanel = lazy(() => import('../plans/CellPlansPanel.tsx'));
const CommitteePlansPanel = lazy(() => import('../plans/CommitteePlansPanel.tsx'));
// A cell's minute book loads only when its tab is opened.
const MeetingsPanel = lazy(() => import('../meetings/MeetingsPanel.tsx'));
// A committee's own report upward loads only when its tab is opened.
const CommitteeReportPanel = lazy(() => import('../committee-reports/CommitteeReportPanel.tsx'));
// A committee's reports received from the units under it load only when their tab is opened.
const ReceivedReportsPanel = lazy(() => import('../reports/ReceivedReportsPanel.tsx'));
// Guidance of cells that struggle (issue 15): loads only when its tab is opened.
const SupportPanel = lazy(() => import('../support/SupportPanel.tsx'));
// Commendations (issue 16): load only when their tab is opened.
const CommendationsPanel = lazy(() => import('../commendations/CommendationsPanel.tsx'));
// The first numbers of the unit's document series (issue 17).
const NumberingPanel = lazy(() => import('../numbering/NumberingPanel.tsx'));
// Inspection and supervision (issue 16): loads only when its tab is opened.
const InspectionsPanel = lazy(() => import('../inspections/InspectionsPanel.tsx'));
// The committee's rubric for the quality of meetings (issue 16).
const QualityRubricPanel = lazy(() => import('../quality/QualityRubricPanel.tsx'));
const YearReviewThresholdsPanel = lazy(() => import('../year-review/YearReviewThresholdsPanel.tsx'));
// The year-end review of a cell (issue 16): loads only when its tab is opened.
const YearReviewPanel = lazy(() => import('../year-review/YearReviewPanel.tsx'));

type UnitTab =
  | 'members'
  | 'roles'
  | 'plans'
  | 'meetings'
  | 'report'
  | 'received'
  | 'support'
  | 'commendations'
  | 'inspections'
  | 'quality'
  | 'year-review'
  | 'numbering';

type Dialog = 'edit' | 'delete' | 'add' | null;

export default function UnitPage() {
  const { id = '' } = useParams();
  const { data: unit, error, isPending, refetch } = useQuery(orgQuery(id));
  if (isPending) return <Loading />;
  if (error || !unit) return <ErrorAlert error={error} onRetry={() => void refetch()} />;
  return <UnitView key={unit.id} unit={unit} />;
}

function UnitView({ unit }: { unit: OrgUnitDetail }) {
  const { t } = useTranslation();
  const [dialog, setDialog] = useState<Dialog>(null);
  const [searchParams, setSearchParams] = useSearchParams();
  // The party's own records (roster, plans, meetings, reviews, numbers): not for non-member staff (issue 19).
  const party = unit.permissions.readMembers;
  const hasPlans = party && unit.kind !== 'group';
  const hasMeetings = party && unit.kind === 'cell';
  // The committee's report upward: read by its officers and inspectors and the committees above.
  const hasReport = unit.kind === 'committee' && unit.permissions.readUpwardReport;
  // Committee tabs show from the unit's permission flags (computed by the server), never from a refused probe.
  const hasReceived = unit.kind === 'committee' && unit.permissions.readReceivedReports;
  const hasQuality = unit.kind === 'committee';
  const hasYearReview = party && unit.kind === 'cell';
  const hasNumbering = party && unit.kind !== 'group';
  // "Cần hướng dẫn" shows to those who may read it (the committees above, the cell's secretary and deputy).
  const support = useQuery({
    ...supportQuery(unit.id),
    enabled: unit.permissions.readSupport,
    retry: false,
  });
  const hasSupport = unit.permissions.readSupport;
  // "Kiểm tra, giám sát" shows to those who may read it: the committee's people and those above; the cell's
  // party members (its own inspections, once concluded).
  const hasInspections = unit.permissions.readInspections;
  const guided = new Set(
    (support.data?.records ?? []).filter((r) => r.status === 'open').map((r) => r.cellId),
  );
  const requested = searchParams.get('tab');
  const tab: UnitTab =
    (requested === 'members' && party) ||
    requested === 'roles' ||
    (requested === 'plans' && hasPlans) ||
    (requested === 'meetings' && hasMeetings) ||
    (requested === 'report' && hasReport) ||
    (requested === 'received' && hasReceived) ||
    (requested === 'support' && hasSupport) ||
    (requested === 'commendations' && hasPlans) ||
    (requested === 'inspections' && hasInspections) ||
    (requested === 'quality' && hasQuality) ||
    (requested === 'year-review' && hasYearReview) ||
    (requested === 'numbering' && hasNumbering)
      ? requested
      : party
        ? 'members'
        : 'roles';
  const { permissions } = unit;
  const canAddChild = permissions.manage && childKinds(unit.kind).length > 0;
  const close = () => setDialog(null);
  // A committee's dashboard, for those who oversee it (oversight.read: its officers and inspectors and those of
  // committees above — the same grants as audit.read, which the unit's permissions carry).
  const oversees = unit.kind === 'committee' && permissions.readAudit;

  return (
    <Stack>
      <Breadcrumbs
        component="nav"
        aria-label={t('unit.breadcrumbLabel')}
        separatorMargin={4}
        style={{ flexWrap: 'wrap' }}
      >
        <Anchor component={Link} to="/orgs" size="sm">
          {t('unit.breadcrumbRoot')}
        </Anchor>
        {unit.ancestors.map((ancestor) => (
          <Anchor key={ancestor.id} component={Link} to={`/units/${ancestor.id}`} size="sm">
            {ancestor.name}
          </Anchor>
        ))}
        <Text size="sm" c="dimmed">
          {unit.shortName ?? unit.name}
        </Text>
      </Breadcrumbs>

      <Stack gap={4}>
        <Title order={2}>{unit.name}</Title>
        <Group gap="xs">
          <KindBadge kind={unit.kind} />
          {unit.kind === 'cell' && guided.has(unit.id) ? <GuidedBadge /> : null}
          {unit.shortName ? <Text size="sm">{unit.shortName}</Text> : null}
          {unit.place ? (
            <Text size="sm" c="dimmed">
              {t('unit.place', { place: unit.place })}
            </Text>
          ) : null}
          <Text size="sm" c="dimmed">
            {t('orgs.memberCount', { count: unit.memberCount })}
          </Text>
        </Group>
      </Stack>

      {permissions.manage || permissions.readAudit || permissions.readMeetingCalendar || oversees ? (
        <Group gap="xs">
          {oversees ? (
            <Button size="xs" variant="filled" component={Link} to={`/oversight/${unit.id}`}>
              {t('oversight.open')}
            </Button>
          ) : null}
          {permissions.manage ? (
            <Button size="xs" variant="light" onClick={() => setDialog('edit')}>
              {t('unit.edit')}
            </Button>
          ) : null}
          {canAddChild ? (
            <Button size="xs" variant="light" onClick={() => setDialog('add')}>
              {t('orgs.addChild')}
            </Button>
          ) : null}
          {permissions.manage ? (
            <Button size="xs" variant="light" color="gray" onClick={() => setDialog('delete')}>
              {t('unit.delete')}
            </Button>
          ) : null}
          {permissions.readMeetingCalendar ? (
            <Button size="xs" variant="light" component={Link} to={`/committees/${unit.id}/calendar`}>
              {t('committeeCalendar.link')}
            </Button>
          ) : null}
          {permissions.readAudit ? (
            <Button size="xs" variant="subtle" component={Link} to={`/audit?unitId=${unit.id}`}>
              {t('unit.auditLink')}
            </Button>
          ) : null}
        </Group>
      ) : null}

      {unit.kind !== 'group' ? (
        <Stack gap="xs">
          <Title order={3} size="h5">
            {t('unit.children')}
          </Title>
          {unit.children.length === 0 ? (
            <Text size="sm" c="dimmed">
              {t('unit.noChildren')}
            </Text>
          ) : (
            <Stack gap={4} component="ul" style={{ listStyle: 'none', padding: 0, margin: 0 }}>
              {unit.children.map((child) => (
                <Group key={child.id} gap="xs" component="li">
                  <Anchor component={Link} to={`/units/${child.id}`}>
                    {child.name}
                  </Anchor>
                  <KindBadge kind={child.kind} size="xs" />
                  {guided.has(child.id) ? <GuidedBadge size="xs" /> : null}
                  <Text span size="xs" c="dimmed">
                    {t('orgs.memberCount', { count: child.memberCount })}
                  </Text>
                </Group>
              ))}
            </Stack>
          )}
        </Stack>
      ) : null}

      <Tabs
        value={tab}
        onChange={(value) =>
          setSearchParams(
            value === 'roles' ||
              value === 'plans' ||
              value === 'meetings' ||
              value === 'report' ||
              value === 'received' ||
              value === 'support' ||
              value === 'commendations' ||
              value === 'inspections' ||
              value === 'quality' ||
              value === 'year-review' ||
              value === 'numbering'
              ? { tab: value }
              : {},
            { replace: true },
          )
        }
        keepMounted={false}
      >
        <Tabs.List>
          {party ? <Tabs.Tab value="members">{t('unit.tabMembers')}</Tabs.Tab> : null}
          <Tabs.Tab value="roles">{t('unit.tabRoles')}</Tabs.Tab>
          {hasPlans ? <Tabs.Tab value="plans">{t('unit.tabPlans')}</Tabs.Tab> : null}
          {hasMeetings ? <Tabs.Tab value="meetings">{t('unit.tabMeetings')}</Tabs.Tab> : null}
          {hasReport ? <Tabs.Tab value="report">{t('unit.tabReport')}</Tabs.Tab> : null}
          {hasInspections ? <Tabs.Tab value="inspections">{t('inspections.tab')}</Tabs.Tab> : null}
          {hasReceived ? <Tabs.Tab value="received">{t('reports.received.tab')}</Tabs.Tab> : null}
          {hasSupport ? <Tabs.Tab value="support">{t('support.tab')}</Tabs.Tab> : null}
          {hasQuality ? <Tabs.Tab value="quality">{t('meeting.quality.tab')}</Tabs.Tab> : null}
          {hasPlans ? <Tabs.Tab value="commendations">{t('commendations.tab')}</Tabs.Tab> : null}
          {hasYearReview ? <Tabs.Tab value="year-review">{t('yearReview.tab')}</Tabs.Tab> : null}
          {hasNumbering ? (
            <Tabs.Tab value="numbering">
              {t(unit.kind === 'committee' ? 'numbering.tabCommittee' : 'numbering.tab')}
            </Tabs.Tab>
          ) : null}
        </Tabs.List>
        {party ? (
          <Tabs.Panel value="members" pt="md">
            <MembersTab unit={unit} />
          </Tabs.Panel>
        ) : null}
        <Tabs.Panel value="roles" pt="md">
          <RolesTab unit={unit} />
        </Tabs.Panel>
        {hasPlans ? (
          <Tabs.Panel value="plans" pt="md">
            <Suspense fallback={<Loading />}>
              {unit.kind === 'committee' ? (
                <CommitteePlansPanel unit={unit} />
              ) : (
                <CellPlansPanel unit={unit} />
              )}
            </Suspense>
          </Tabs.Panel>
        ) : null}
        {hasQuality ? (
          <Tabs.Panel value="quality" pt="md">
            <Suspense fallback={<Loading />}>
              <QualityRubricPanel unit={unit} />
              <YearReviewThresholdsPanel unit={unit} />
            </Suspense>
          </Tabs.Panel>
        ) : null}
        {hasMeetings ? (
          <Tabs.Panel value="meetings" pt="md">
            <Suspense fallback={<Loading />}>
              <MeetingsPanel unit={unit} />
            </Suspense>
          </Tabs.Panel>
        ) : null}
        {hasReport ? (
          <Tabs.Panel value="report" pt="md">
            <Suspense fallback={<Loading />}>
              <CommitteeReportPanel unit={unit} />
            </Suspense>
          </Tabs.Panel>
        ) : null}
        {hasReceived ? (
          <Tabs.Panel value="received" pt="md">
            <Suspense fallback={<Loading />}>
              <ReceivedReportsPanel unit={unit} />
            </Suspense>
          </Tabs.Panel>
        ) : null}
        {hasSupport ? (
          <Tabs.Panel value="support" pt="md">
            <Suspense fallback={<Loading />}>
              <SupportPanel unit={unit} />
            </Suspense>
          </Tabs.Panel>
        ) : null}
        {hasPlans ? (
          <Tabs.Panel value="commendations" pt="md">
            <Suspense fallback={<Loading />}>
              <CommendationsPanel unit={unit} />
            </Suspense>
          </Tabs.Panel>
        ) : null}
        {hasYearReview ? (
          <Tabs.Panel value="year-review" pt="md">
            <Suspense fallback={<Loading />}>
              <YearReviewPanel unit={unit} />
            </Suspense>
          </Tabs.Panel>
        ) : null}
        {hasNumbering ? (
          <Tabs.Panel value="numbering" pt="md">
            <Suspense fallback={<Loading />}>
              <NumberingPanel unit={unit} />
            </Suspense>
          </Tabs.Panel>
        ) : null}
        {hasInspections ? (
          <Tabs.Panel value="inspections" pt="md">
            <Suspense fallback={<Loading />}>
              <InspectionsPanel unit={unit} />
            </Suspense>
          </Tabs.Panel>
        ) : null}
      </Tabs>

      {dialog ? (
        <Suspense fallback={null}>
          {dialog === 'edit' ? <EditUnitModal unit={unit} opened onClose={close} /> : null}
          {dialog === 'delete' ? <DeleteUnitModal unit={unit} opened onClose={close} /> : null}
          {dialog === 'add' ? <AddUnitModal parent={unit} opened onClose={close} /> : null}
        </Suspense>
      ) : null}
    </Stack>
  );
}

/** A cell marked as needing guidance by the committee above (issue 15). */
function GuidedBadge({ size = 'sm' }: { size?: 'xs' | 'sm' }) {
  const { t } = useTranslation();
  return (
    <Badge color="orange" variant="light" tt="none" size={size} data-testid="support-badge">
      {t('support.badge')}
    </Badge>
  );
}
