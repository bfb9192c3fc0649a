import {
  Alert,
  Badge,
  Button,
  Group,
  Modal,
  NativeSelect,
  Stack,
  Table,
  Text,
  Textarea,
  Title,
} from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import {
  finaliseYearReview,
  keys,
  saveYearReviewAssessment,
  saveYearReviewSelfAssessment,
  yearReviewDocumentUrl,
  yearReviewQuery,
} from '../../api/endpoints.ts';
import type { OrgUnitDetail } from '../../api/models.ts';
import { DocumentLinks } from '../../components/DocumentLinks.tsx';
import { ErrorAlert } from '../../components/ErrorAlert.tsx';
import { Loading } from '../../components/Loading.tsx';
import { useTranslation } from '../../i18n/useTranslation.ts';
import { formatDate } from '../../lib/format.ts';
import { useSearchParams } from '../../lib/router.tsx';

type View = Awaited<ReturnType<NonNullable<ReturnType<typeof yearReviewQuery>['queryFn']>>>;
type Member = View['members'][number];
type Level = NonNullable<Member['proposed']>;
const LEVELS: Level[] = ['active', 'satisfactory', 'unsatisfactory'];
const LEVEL_COLOR: Record<Level, string> = { active: 'green', satisfactory: 'blue', unsatisfactory: 'red' };

/**
 * A cell's year-end review of its thematic meetings (issue 16; seed 001: participation is "căn cứ để Chi bộ đánh
 * giá, bình xét thi đua cuối năm"): each member's figures and proposed level, the cell committee's assessment,
 * the cell's year and the secretary's self-assessment, finalising, the two documents. A member sees their line.
 */
export default function YearReviewPanel({ unit }: { unit: OrgUnitDetail }) {
  const { t } = useTranslation();
  const thisYear = new Date().getFullYear();
  // A notification of a finalised review links here with its year (?year=); the list offers the last three.
  const [searchParams] = useSearchParams();
  const linked = Number(searchParams.get('year'));
  const [year, setYear] = useState(linked >= thisYear - 2 && linked <= thisYear ? linked : thisYear);
  const { data, error, isPending, refetch } = useQuery(yearReviewQuery(unit.id, year));
  return (
    <Stack gap="sm" data-testid="year-review">
      <Group justify="space-between" wrap="wrap">
        <Title order={3} size="h4">
          {t('yearReview.title', { year })}
        </Title>
        <NativeSelect
          aria-label={t('yearReview.year')}
          w={110}
          size="xs"
          value={String(year)}
          data={[thisYear, thisYear - 1, thisYear - 2].map(String)}
          onChange={(e) => setYear(Number(e.currentTarget.value))}
        />
      </Group>
      <Alert color="blue" variant="light" data-testid="year-review-note">
        {t('yearReview.inputNote')}
      </Alert>
      {isPending ? <Loading /> : null}
      <ErrorAlert error={error} onRetry={() => void refetch()} />
      {data ? <ReviewBody key={`${year}-${data.status}`} unitId={unit.id} year={year} view={data} /> : null}
    </Stack>
  );
}

function ReviewBody({ unitId, year, view }: { unitId: string; year: number; view: View }) {
  const { t } = useTranslation();
  const queryClient = useQueryClient();
  const [editing, setEditing] = useState<Member | null>(null);
  const [confirming, setConfirming] = useState(false);
  const finalise = useMutation({
    mutationFn: () => finaliseYearReview(unitId, year),
    onSuccess: (saved) => {
      queryClient.setQueryData(keys.yearReview(unitId, year), saved);
      setConfirming(false);
      notifications.show({ color: 'green', message: t('yearReview.finalised') });
    },
  });
  const source =
    view.thresholds.source === 'default'
      ? t('yearReview.thresholdsDefault')
      : (view.thresholds.orgName ?? '');
  return (
    <Stack gap="sm">
      <Group gap="xs" wrap="wrap">
        <Badge
          color={view.status === 'final' ? 'green' : 'gray'}
          variant="light"
          data-testid="year-review-status"
        >
          {view.status === 'final'
            ? t('yearReview.statusFinal', { date: formatDate((view.finalisedAt ?? '').slice(0, 10)) })
            : t('yearReview.statusDraft')}
        </Badge>
        <Text size="sm" c="dimmed">
          {t('yearReview.thresholdsFrom', { source })}
        </Text>
      </Group>
      {view.permissions.readAll ? (
        <Stack gap={4}>
          <DocumentLinks
            label={t('yearReview.membersDocument')}
            url={(format) => yearReviewDocumentUrl(unitId, year, 'members', format)}
          />
          <DocumentLinks
            label={t('yearReview.cellDocument')}
            url={(format) => yearReviewDocumentUrl(unitId, year, 'cell', format)}
          />
        </Stack>
      ) : null}
      <Title order={4} size="h5">
        {t('yearReview.membersTitle')}
      </Title>
      <Table.ScrollContainer minWidth={720}>
        <Table withTableBorder striped fz="sm" data-testid="year-review-members">
          <Table.Thead>
            <Table.Tr>
              <Table.Th>{t('yearReview.member')}</Table.Th>
              <Table.Th>{t('yearReview.attended')}</Table.Th>
              <Table.Th>{t('yearReview.absent')}</Table.Th>
              <Table.Th>{t('yearReview.contributions')}</Table.Th>
              <Table.Th>{t('yearReview.tasks')}</Table.Th>
              <Table.Th>{t('yearReview.proposed')}</Table.Th>
              <Table.Th>{t('yearReview.assessment')}</Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {view.members.map((m) => (
              <Table.Tr key={m.personId} data-testid="year-review-member">
                <Table.Td>
                  <Text size="sm">{m.name}</Text>
                  {m.inCell.from || m.inCell.to ? (
                    <Text size="xs" c="dimmed">
                      {[
                        m.inCell.from ? t('yearReview.from', { date: formatDate(m.inCell.from) }) : null,
                        m.inCell.to ? t('yearReview.to', { date: formatDate(m.inCell.to) }) : null,
                      ]
                        .filter(Boolean)
                        .join(' ')}
                    </Text>
                  ) : null}
                </Table.Td>
                <Table.Td>
                  {m.figures.attended}/{m.figures.expected}
                  {m.figures.attendanceRate !== null ? ` (${m.figures.attendanceRate}%)` : ''}
                </Table.Td>
                <Table.Td>
                  {m.figures.excused}/{m.figures.unexcused}
                </Table.Td>
                <Table.Td>
                  {t('yearReview.contributionsValue', {
                    spoke: m.figures.spoke,
                    commented: m.figures.draftsCommented,
                    prepared: m.figures.topicsPrepared,
                  })}
                </Table.Td>
                <Table.Td>
                  {m.figures.tasksDone}/{m.figures.tasksLate}/{m.figures.tasksOpen}
                </Table.Td>
                <Table.Td>
                  {m.proposed ? (
                    <Badge variant="light" color={LEVEL_COLOR[m.proposed]}>
                      {t(`yearReview.levels.${m.proposed}`)}
                    </Badge>
                  ) : (
                    <Text size="sm" c="dimmed">
                      {t('yearReview.noProposal')}
                    </Text>
                  )}
                </Table.Td>
                <Table.Td>
                  <Stack gap={2}>
                    {m.assessment ? (
                      <>
                        <Badge variant="filled" color={LEVEL_COLOR[m.assessment.level]}>
                          {t(`yearReview.levels.${m.assessment.level}`)}
                        </Badge>
                        {m.assessment.reason ? (
                          <Text size="xs">
                            {t('yearReview.reasonValue', { reason: m.assessment.reason })}
                          </Text>
                        ) : null}
                        {m.assessment.remark ? <Text size="xs">{m.assessment.remark}</Text> : null}
                      </>
                    ) : null}
                    {view.permissions.write ? (
                      <Button size="compact-xs" variant="subtle" onClick={() => setEditing(m)}>
                        {t('yearReview.assess')}
                      </Button>
                    ) : null}
                  </Stack>
                </Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      </Table.ScrollContainer>
      <Text size="xs" c="dimmed">
        {t('yearReview.legend')}
      </Text>
      {view.cell ? <CellYear unitId={unitId} year={year} view={view} cell={view.cell} /> : null}
      {view.permissions.finalise ? (
        <Group>
          <Button onClick={() => setConfirming(true)} data-testid="year-review-finalise">
            {t('yearReview.finalise')}
          </Button>
        </Group>
      ) : null}
      {editing ? (
        <AssessModal unitId={unitId} year={year} member={editing} onClose={() => setEditing(null)} />
      ) : null}
      <Modal opened={confirming} onClose={() => setConfirming(false)} title={t('yearReview.finalise')}>
        <Stack gap="sm">
          <Text size="sm">{t('yearReview.finaliseConfirm')}</Text>
          <ErrorAlert error={finalise.error} />
          <Group justify="flex-end">
            <Button variant="default" onClick={() => setConfirming(false)}>
              {t('common.cancel')}
            </Button>
            <Button loading={finalise.isPending} onClick={() => finalise.mutate()}>
              {t('yearReview.finaliseYes')}
            </Button>
          </Group>
        </Stack>
      </Modal>
    </Stack>
  );
}

function CellYear({
  unitId,
  year,
  view,
  cell,
}: {
  unitId: string;
  year: number;
  view: View;
  cell: NonNullable<View['cell']>;
}) {
  const { t } = useTranslation();
  const queryClient = useQueryClient();
  const [text, setText] = useState({
    strengths: cell.selfAssessment.strengths ?? '',
    limitations: cell.selfAssessment.limitations ?? '',
    direction: cell.selfAssessment.direction ?? '',
  });
  const save = useMutation({
    mutationFn: () => saveYearReviewSelfAssessment(unitId, year, text),
    onSuccess: (saved) => {
      queryClient.setQueryData(keys.yearReview(unitId, year), saved);
      notifications.show({ color: 'green', message: t('yearReview.saved') });
    },
  });
  const write = view.permissions.write;
  return (
    <Stack gap="sm">
      <Title order={4} size="h5">
        {t('yearReview.cellTitle')}
      </Title>
      <Table.ScrollContainer minWidth={360}>
        <Table withTableBorder fz="sm" data-testid="year-review-quarters">
          <Table.Thead>
            <Table.Tr>
              <Table.Th>{t('yearReview.quarter')}</Table.Th>
              <Table.Th>{t('yearReview.thematic')}</Table.Th>
              <Table.Th>{t('yearReview.regular')}</Table.Th>
              <Table.Th>{t('yearReview.quality')}</Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {cell.quarters.map((q) => (
              <Table.Tr key={q.quarter}>
                <Table.Td>{q.quarter}</Table.Td>
                <Table.Td>{q.thematic}</Table.Td>
                <Table.Td>{q.regular}</Table.Td>
                <Table.Td>
                  {q.quality
                    ? `${t(`yearReview.qualityLevels.${q.quality.level}`, { defaultValue: q.quality.level })}${
                        q.quality.confirmed ? '' : ` (${t('yearReview.qualityProposed')})`
                      }`
                    : '—'}
                </Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      </Table.ScrollContainer>
      <Text size="sm">
        {t('yearReview.tasksSummary', {
          total: cell.tasks.total,
          done: cell.tasks.done,
          overdue: cell.tasks.overdue,
        })}
      </Text>
      <Title order={4} size="h5">
        {t('yearReview.selfTitle')}
      </Title>
      {(['strengths', 'limitations', 'direction'] as const).map((k) =>
        write ? (
          <Textarea
            key={k}
            label={t(`yearReview.${k}`)}
            autosize
            minRows={2}
            value={text[k]}
            onChange={(e) => setText({ ...text, [k]: e.currentTarget.value })}
          />
        ) : (
          <Stack key={k} gap={0}>
            <Text size="sm" fw={600}>
              {t(`yearReview.${k}`)}
            </Text>
            <Text size="sm" style={{ whiteSpace: 'pre-wrap' }}>
              {cell.selfAssessment[k] ?? '—'}
            </Text>
          </Stack>
        ),
      )}
      {write ? (
        <Group>
          <Button variant="default" loading={save.isPending} onClick={() => save.mutate()}>
            {t('yearReview.saveSelf')}
          </Button>
        </Group>
      ) : null}
      <ErrorAlert error={save.error} />
    </Stack>
  );
}

function AssessModal({
  unitId,
  year,
  member,
  onClose,
}: {
  unitId: string;
  year: number;
  member: Member;
  onClose: () => void;
}) {
  const { t } = useTranslation();
  const queryClient = useQueryClient();
  const [level, setLevel] = useState<Level>(member.assessment?.level ?? member.proposed ?? 'satisfactory');
  const [remark, setRemark] = useState(member.assessment?.remark ?? '');
  const [reason, setReason] = useState(member.assessment?.reason ?? '');
  const differs = level !== member.proposed;
  const save = useMutation({
    mutationFn: () =>
      saveYearReviewAssessment(unitId, year, member.personId, {
        level,
        remark,
        reason: differs ? reason : null,
      }),
    onSuccess: (saved) => {
      queryClient.setQueryData(keys.yearReview(unitId, year), saved);
      onClose();
    },
  });
  return (
    <Modal opened onClose={onClose} title={t('yearReview.assessTitle', { name: member.name })}>
      <Stack gap="sm">
        <Text size="sm">
          {t('yearReview.proposed')}:{' '}
          {member.proposed ? t(`yearReview.levels.${member.proposed}`) : t('yearReview.noProposal')}
        </Text>
        <NativeSelect
          label={t('yearReview.level')}
          value={level}
          data={LEVELS.map((l) => ({ value: l, label: t(`yearReview.levels.${l}`) }))}
          onChange={(e) => setLevel(e.currentTarget.value as Level)}
        />
        {differs ? (
          <Textarea
            label={t('yearReview.reason')}
            required
            value={reason}
            onChange={(e) => setReason(e.currentTarget.value)}
          />
        ) : null}
        <Textarea
          label={t('yearReview.remark')}
          value={remark}
          onChange={(e) => setRemark(e.currentTarget.value)}
        />
        <ErrorAlert error={save.error} withFields />
        <Group justify="flex-end">
          <Button variant="default" onClick={onClose}>
            {t('common.cancel')}
          </Button>
          <Button loading={save.isPending} onClick={() => save.mutate()}>
            {t('common.save')}
          </Button>
        </Group>
      </Stack>
    </Modal>
  );
}
