// The charts load with this chunk only (recharts and the charts' CSS stay out of the entry and of the table).
import '@mantine/charts/styles.css';
import { BarChart, DonutChart, LineChart } from '@mantine/charts';
import { Card, SimpleGrid, Stack, Text, Title } from '@mantine/core';
import type { Oversight } from '../../api/models.ts';
import { useTranslation } from '../../i18n/useTranslation.ts';
import { percent } from '../../lib/oversight.ts';
import { PLAN_STATUS_COLORS, planStatusLabel, quarterLabel } from '../../lib/plans.ts';

const asPercent = (rate: number | null) => (rate === null ? null : Math.round(rate * 100));

/**
 * Where people would rather look than read (issue 15): the share of cells holding their thematic meeting per
 * quarter, the attendance trend by month, and the cells' plans by status — over the committee's whole subtree.
 */
export default function OversightCharts({ charts }: { charts: Oversight['charts'] }) {
  const { t } = useTranslation();
  const quarters = charts.thematicShare.map((q) => ({
    quarter: quarterLabel(t, q.quarter),
    share: asPercent(q.share) ?? 0,
  }));
  const months = charts.attendance.map((m) => ({
    month: t('oversight.charts.monthShort', { month: m.month }),
    rate: asPercent(m.rate),
  }));
  const plans = charts.planStatus
    .filter((p) => p.count > 0)
    .map((p) => ({
      name: p.status === 'none' ? t('committee.noPlan') : planStatusLabel(t, p.status),
      value: p.count,
      color: p.status === 'none' ? 'gray.5' : `${PLAN_STATUS_COLORS[p.status]}.6`,
    }));
  const valueFormatter = (value: number) => `${value}%`;
  return (
    <SimpleGrid cols={{ base: 1, md: 3 }} spacing="md" data-testid="oversight-charts">
      <Card withBorder padding="sm">
        <Stack gap="xs">
          <Title order={4} size="h6">
            {t('oversight.charts.thematicShare')}
          </Title>
          <BarChart
            h={200}
            data={quarters}
            dataKey="quarter"
            series={[{ name: 'share', label: t('oversight.charts.share'), color: 'red.7' }]}
            yAxisProps={{ domain: [0, 100] }}
            valueFormatter={valueFormatter}
            withBarValueLabel
          />
          <Text size="xs" c="dimmed">
            {charts.thematicShare
              .map((q) => `${quarterLabel(t, q.quarter)}: ${q.held}/${q.expected} (${percent(q.share)})`)
              .join(' · ')}
          </Text>
        </Stack>
      </Card>
      <Card withBorder padding="sm">
        <Stack gap="xs">
          <Title order={4} size="h6">
            {t('oversight.charts.attendance')}
          </Title>
          <LineChart
            h={200}
            data={months}
            dataKey="month"
            series={[{ name: 'rate', label: t('oversight.charts.rate'), color: 'blue.6' }]}
            yAxisProps={{ domain: [0, 100] }}
            valueFormatter={valueFormatter}
            connectNulls={false}
            curveType="linear"
          />
        </Stack>
      </Card>
      <Card withBorder padding="sm">
        <Stack gap="xs">
          <Title order={4} size="h6">
            {t('oversight.charts.planStatus')}
          </Title>
          {plans.length > 0 ? (
            <DonutChart data={plans} size={150} thickness={24} withTooltip withLabels={false} mx="auto" />
          ) : null}
          <Stack gap={0}>
            {plans.map((p) => (
              <Text key={p.name} size="xs">
                {p.name}: {p.value}
              </Text>
            ))}
          </Stack>
        </Stack>
      </Card>
    </SimpleGrid>
  );
}
