import { Anchor, Card, SimpleGrid, Stack, Table, Text, Title } from '@mantine/core';
import { Fragment, type ReactNode } from 'react';
import { PLAN_STEPS } from '#domain/plans/plan-schedule.ts';
import { useTranslation } from '../../i18n/useTranslation.ts';
import { planStepLabel, quarterLabel } from '../../lib/plans.ts';
import { Link } from '../../lib/router.tsx';

export interface AssignmentTopic {
  /** The topic's index in the plan ("Chuyên đề index+1"); the render callbacks receive it. */
  index: number;
  key: string;
  title: string;
  quarter: number;
  /** The topic's page, once the plan is adopted and the topic is being prepared: the name links there. */
  href?: string;
}

interface AssignmentTableProps {
  topics: readonly AssignmentTopic[];
  renderTime: (topicIndex: number, stepIndex: number) => ReactNode;
  renderResponsible: (topicIndex: number, stepIndex: number) => ReactNode;
  renderNote: (topicIndex: number, stepIndex: number) => ReactNode;
  /** How each step actually went (the read-only view of an adopted plan); no column without it. */
  renderProgress?: (topicIndex: number, stepIndex: number) => ReactNode;
  /** Phone layout: each topic is a card and its steps stack inside it. */
  stacked: boolean;
}

const QUARTERS = [1, 2, 3, 4] as const;

/**
 * Section III of the plan (seed 000's quarter view): TT | Nội dung thực hiện | Thời gian | Người thực hiện |
 * Ghi chú, the five steps of each topic, grouped by quarter. Cells are rendered by the caller, so the
 * editor puts inputs there and the read-only view plain text — and, once adopted, how each step went.
 */
export function AssignmentTable({
  topics,
  renderTime,
  renderResponsible,
  renderNote,
  renderProgress,
  stacked,
}: AssignmentTableProps) {
  const { t } = useTranslation();
  const topicName = (topic: AssignmentTopic) => {
    const name = topic.title.trim()
      ? t('plans.topicNumberTitle', { number: topic.index + 1, title: topic.title.trim() })
      : t('plans.topicNumber', { number: topic.index + 1 });
    return topic.href ? (
      <Anchor component={Link} to={topic.href} inherit>
        {name}
      </Anchor>
    ) : (
      name
    );
  };
  const inQuarter = (quarter: number) => topics.filter((topic) => topic.quarter === quarter);
  const columns = renderProgress ? 6 : 5;

  if (stacked) {
    return (
      <Stack gap="md" data-testid="assignment-cards">
        {QUARTERS.map((quarter) => (
          <Stack key={quarter} gap="xs">
            <Title order={4} size="h6">
              {quarterLabel(t, quarter)}
            </Title>
            {inQuarter(quarter).length === 0 ? (
              <Text size="sm" c="red.8">
                {t('plans.quarterEmpty')}
              </Text>
            ) : null}
            {inQuarter(quarter).map((topic) => (
              <Card key={topic.key} withBorder padding="sm" data-testid="assignment-topic">
                <Text fw={600} size="sm" mb="xs">
                  {topicName(topic)}
                </Text>
                <Stack gap="sm">
                  {PLAN_STEPS.map((step, k) => (
                    <Stack
                      key={step}
                      gap={4}
                      className="plan-step-card"
                      data-testid={`step-${topic.index + 1}-${k + 1}`}
                    >
                      <Text size="sm" fw={500}>
                        {k + 1}. {planStepLabel(t, step)}
                      </Text>
                      <SimpleGrid cols={2} spacing="xs">
                        {renderTime(topic.index, k)}
                        {renderResponsible(topic.index, k)}
                      </SimpleGrid>
                      {renderProgress?.(topic.index, k)}
                      {renderNote(topic.index, k)}
                    </Stack>
                  ))}
                </Stack>
              </Card>
            ))}
          </Stack>
        ))}
      </Stack>
    );
  }

  return (
    <Table.ScrollContainer minWidth={renderProgress ? 960 : 760}>
      <Table withTableBorder withColumnBorders className="assignment-table" data-testid="assignment-table">
        <Table.Thead>
          <Table.Tr>
            <Table.Th w={48}>{t('plans.colNumber')}</Table.Th>
            <Table.Th>{t('plans.colContent')}</Table.Th>
            <Table.Th w={150}>{t('plans.colTime')}</Table.Th>
            <Table.Th w={220}>{t('plans.colResponsible')}</Table.Th>
            {renderProgress ? <Table.Th w={200}>{t('plans.colProgress')}</Table.Th> : null}
            <Table.Th w={200}>{t('plans.colNote')}</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {QUARTERS.map((quarter) => (
            <Fragment key={quarter}>
              <Table.Tr className="assignment-quarter">
                <Table.Th colSpan={columns} scope="rowgroup">
                  {quarterLabel(t, quarter)}
                </Table.Th>
              </Table.Tr>
              {inQuarter(quarter).length === 0 ? (
                <Table.Tr>
                  <Table.Td colSpan={columns}>
                    <Text size="sm" c="red.8">
                      {t('plans.quarterEmpty')}
                    </Text>
                  </Table.Td>
                </Table.Tr>
              ) : null}
              {inQuarter(quarter).map((topic) => (
                <Fragment key={topic.key}>
                  <Table.Tr className="assignment-topic">
                    <Table.Th colSpan={columns} scope="rowgroup">
                      {topicName(topic)}
                    </Table.Th>
                  </Table.Tr>
                  {PLAN_STEPS.map((step, k) => (
                    <Table.Tr key={step} data-testid={`step-${topic.index + 1}-${k + 1}`}>
                      <Table.Td>{k + 1}</Table.Td>
                      <Table.Td>{planStepLabel(t, step)}</Table.Td>
                      <Table.Td>{renderTime(topic.index, k)}</Table.Td>
                      <Table.Td>{renderResponsible(topic.index, k)}</Table.Td>
                      {renderProgress ? <Table.Td>{renderProgress(topic.index, k)}</Table.Td> : null}
                      <Table.Td>{renderNote(topic.index, k)}</Table.Td>
                    </Table.Tr>
                  ))}
                </Fragment>
              ))}
            </Fragment>
          ))}
        </Table.Tbody>
      </Table>
    </Table.ScrollContainer>
  );
}
