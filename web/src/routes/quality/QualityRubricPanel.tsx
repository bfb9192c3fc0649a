import { Button, Group, NumberInput, SimpleGrid, Stack, Table, Text, Title } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { keys, qualityRubricQuery, saveQualityRubric } from '../../api/endpoints.ts';
import type { OrgUnitDetail } from '../../api/models.ts';
import { ErrorAlert } from '../../components/ErrorAlert.tsx';
import { Loading } from '../../components/Loading.tsx';
import { useTranslation } from '../../i18n/useTranslation.ts';

type View = Awaited<ReturnType<NonNullable<ReturnType<typeof qualityRubricQuery>['queryFn']>>>;
type Rubric = View['current']['rubric'];
type Criterion = keyof Rubric['points'];
const THRESHOLDS = ['good', 'fair', 'average'] as const;

/**
 * A committee's rubric for the quality of its cells' meetings (seed 004: "tiêu chí đánh giá chất lượng sinh hoạt
 * chi bộ"): the points of each criterion and the thresholds of the levels. Its officers save a new version (past
 * scores keep theirs) or start from the committee above's; everyone else reads the rubric in use.
 */
export default function QualityRubricPanel({ unit }: { unit: OrgUnitDetail }) {
  const { data, error, isPending, refetch } = useQuery(qualityRubricQuery(unit.id));
  if (isPending) return <Loading />;
  if (error || !data) return <ErrorAlert error={error} onRetry={() => void refetch()} />;
  return <RubricEditor key={`${data.current.orgId}-${data.current.version}`} unitId={unit.id} view={data} />;
}

function RubricEditor({ unitId, view }: { unitId: string; view: View }) {
  const { t } = useTranslation();
  const queryClient = useQueryClient();
  const [rubric, setRubric] = useState<Rubric>(view.current.rubric);
  const [copied, setCopied] = useState(false);
  const mutation = useMutation({
    mutationFn: () => saveQualityRubric(unitId, { ...rubric, basedOnParent: copied }),
    onSuccess: (saved) => {
      queryClient.setQueryData(keys.qualityRubric(unitId), saved);
      notifications.show({ color: 'green', message: t('meeting.quality.saved') });
    },
  });
  const name =
    view.current.source === 'default'
      ? t('meeting.quality.rubricDefault')
      : t('meeting.quality.rubricVersion', { org: view.current.orgName, version: view.current.version });
  const edit = view.canEdit;
  const criteria = Object.keys(rubric.points) as Criterion[];
  return (
    <Stack gap="sm" data-testid="quality-rubric">
      <Title order={3} size="h4">
        {t('meeting.quality.editor')}
      </Title>
      <Text size="sm" c="dimmed" data-testid="rubric-in-use">
        {t('meeting.quality.inUse', { name })}
      </Text>
      <Table withTableBorder striped maw={640}>
        <Table.Thead>
          <Table.Tr>
            <Table.Th>{t('meeting.quality.criterion')}</Table.Th>
            <Table.Th>{t('meeting.quality.max')}</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {criteria.map((c) => (
            <Table.Tr key={c}>
              <Table.Td>{t(`meeting.quality.criteria.${c}`)}</Table.Td>
              <Table.Td>
                {edit ? (
                  <NumberInput
                    aria-label={t(`meeting.quality.criteria.${c}`)}
                    min={0}
                    max={100}
                    w={90}
                    value={rubric.points[c]}
                    onChange={(v) =>
                      setRubric({ ...rubric, points: { ...rubric.points, [c]: Number(v) || 0 } })
                    }
                  />
                ) : (
                  rubric.points[c]
                )}
              </Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
      <Text size="sm" fw={600}>
        {t('meeting.quality.thresholds')}
      </Text>
      <SimpleGrid cols={{ base: 1, xs: 3 }} maw={640}>
        {THRESHOLDS.map((level) =>
          edit ? (
            <NumberInput
              key={level}
              label={t(`meeting.quality.levels.${level}`)}
              min={0}
              max={100}
              value={rubric.thresholds[level]}
              onChange={(v) =>
                setRubric({ ...rubric, thresholds: { ...rubric.thresholds, [level]: Number(v) || 0 } })
              }
            />
          ) : (
            <Text key={level} size="sm">
              {t(`meeting.quality.levels.${level}`)}: {rubric.thresholds[level]}%
            </Text>
          ),
        )}
      </SimpleGrid>
      <ErrorAlert error={mutation.error} withFields />
      {edit ? (
        <Group>
          {view.parent ? (
            <Button
              variant="light"
              onClick={() => {
                if (view.parent) setRubric(view.parent.rubric);
                setCopied(true);
              }}
            >
              {t('meeting.quality.copyParent')}
            </Button>
          ) : null}
          <Button onClick={() => mutation.mutate()} loading={mutation.isPending}>
            {t('meeting.quality.save')}
          </Button>
        </Group>
      ) : null}
    </Stack>
  );
}
