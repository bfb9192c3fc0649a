import { Button, NumberInput, SimpleGrid, Stack, Text, Title } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import {
  keys,
  saveYearReviewThresholds,
  type YearReviewThresholdsBody,
  yearReviewThresholdsQuery,
} from '../../api/endpoints.ts';
import type { OrgUnitDetail } from '../../api/models.ts';
import { ErrorAlert } from '../../components/ErrorAlert.tsx';
import { Loading } from '../../components/Loading.tsx';
import { useTranslation } from '../../i18n/useTranslation.ts';

type Thresholds = YearReviewThresholdsBody;

/**
 * The thresholds of the participation level the year-end review proposes for each member (seed 001: the
 * member's participation is "căn cứ để Chi bộ đánh giá, bình xét thi đua cuối năm"): a committee's officers set
 * them for the cells below; everyone else reads those in use. A finalised review keeps the thresholds it used.
 */
export default function YearReviewThresholdsPanel({ unit }: { unit: OrgUnitDetail }) {
  const { data, error, isPending, refetch } = useQuery(yearReviewThresholdsQuery(unit.id));
  if (isPending) return <Loading />;
  if (error || !data) return <ErrorAlert error={error} onRetry={() => void refetch()} />;
  return (
    <ThresholdsEditor
      key={`${data.current.source}-${data.current.orgId}`}
      unitId={unit.id}
      initial={data.current.thresholds}
      from={data.current.source === 'default' ? null : data.current.orgName}
      canEdit={data.canEdit}
    />
  );
}

function ThresholdsEditor(props: {
  unitId: string;
  initial: Thresholds;
  /** The committee whose thresholds are in use; null for the default. */
  from: string | null;
  canEdit: boolean;
}) {
  const { t } = useTranslation();
  const queryClient = useQueryClient();
  const [value, setValue] = useState<Thresholds>(props.initial);
  const mutation = useMutation({
    mutationFn: () => saveYearReviewThresholds(props.unitId, value),
    onSuccess: (saved) => {
      queryClient.setQueryData(keys.yearReviewThresholds(props.unitId), saved);
      notifications.show({ color: 'green', message: t('yearReview.thresholds.saved') });
    },
  });
  const field = (
    level: 'active' | 'satisfactory',
    name: keyof Thresholds['active'],
    opts: { max: number; suffix?: string },
  ) => {
    const current = (value[level] as Record<string, number>)[name] ?? 0;
    const label = t(`yearReview.thresholds.${level}.${name}`);
    return props.canEdit ? (
      <NumberInput
        key={`${level}-${name}`}
        label={label}
        min={0}
        max={opts.max}
        suffix={opts.suffix}
        value={current}
        onChange={(v) => setValue({ ...value, [level]: { ...value[level], [name]: Number(v) || 0 } })}
      />
    ) : (
      <Text key={`${level}-${name}`} size="sm">
        {label}: {current}
        {opts.suffix ?? ''}
      </Text>
    );
  };
  const source = props.from ?? t('yearReview.thresholdsDefault');
  return (
    <Stack gap="sm" mt="xl" data-testid="year-review-thresholds">
      <Title order={3} size="h4">
        {t('yearReview.thresholds.title')}
      </Title>
      <Text size="sm" c="dimmed">
        {t('yearReview.thresholdsFrom', { source })}
      </Text>
      <Text size="sm" fw={600}>
        {t('yearReview.levels.active')}
      </Text>
      <SimpleGrid cols={{ base: 1, xs: 2 }} maw={640}>
        {field('active', 'attendance', { max: 100, suffix: ' %' })}
        {field('active', 'maxUnexcused', { max: 100 })}
        {field('active', 'minContributions', { max: 1000 })}
        {field('active', 'maxLateTasks', { max: 1000 })}
      </SimpleGrid>
      <Text size="sm" fw={600}>
        {t('yearReview.levels.satisfactory')}
      </Text>
      <SimpleGrid cols={{ base: 1, xs: 2 }} maw={640}>
        {field('satisfactory', 'attendance', { max: 100, suffix: ' %' })}
        {field('satisfactory', 'maxUnexcused', { max: 100 })}
      </SimpleGrid>
      <Text size="xs" c="dimmed">
        {t('yearReview.thresholds.note')}
      </Text>
      <ErrorAlert error={mutation.error} withFields />
      {props.canEdit ? (
        <Button w="fit-content" onClick={() => mutation.mutate()} loading={mutation.isPending}>
          {t('yearReview.thresholds.save')}
        </Button>
      ) : null}
    </Stack>
  );
}
