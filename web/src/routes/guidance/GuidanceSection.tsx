import { Button, Card, Group, List, Stack, Text, Title } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import { lazy, Suspense, useState } from 'react';
import { guidanceDocumentUrl, guidanceQuery } from '../../api/endpoints.ts';
import type { Guidance } from '../../api/models.ts';
import { DocumentLinks } from '../../components/DocumentLinks.tsx';
import { ErrorAlert } from '../../components/ErrorAlert.tsx';
import { Loading } from '../../components/Loading.tsx';
import { useTranslation } from '../../i18n/useTranslation.ts';
import { formatDate } from '../../lib/format.ts';
import { topicGroupLabel } from '../../lib/plans.ts';

const GuidanceModal = lazy(() => import('./GuidanceModal.tsx'));

interface GuidanceSectionProps {
  /** The unit whose guidance is listed: its own committee's and every committee's above. */
  unitId: string;
  year: number;
  /** The user may issue guidance from this unit (a committee's page; the server's `issueGuidance`). */
  canIssue: boolean;
}

export function GuidanceSection({ unitId, year, canIssue }: GuidanceSectionProps) {
  const { t } = useTranslation();
  const { data, error, isPending, refetch } = useQuery(guidanceQuery(unitId, year));
  const [editing, setEditing] = useState<Guidance | 'new' | null>(null);
  const list = data?.guidance ?? [];

  return (
    <Stack gap="xs">
      <Group justify="space-between" align="flex-end">
        <Title order={3} size="h4">
          {t('guidance.title', { year })}
        </Title>
        {canIssue ? <Button onClick={() => setEditing('new')}>{t('guidance.issue')}</Button> : null}
      </Group>
      <ErrorAlert error={error} onRetry={() => void refetch()} />
      {isPending ? <Loading /> : null}
      {data && list.length === 0 ? (
        <Text size="sm" c="dimmed">
          {t('guidance.none', { year })}
        </Text>
      ) : null}
      {list.map((g) => (
        <Card key={g.id} withBorder padding="sm" data-testid="guidance">
          <Stack gap={4}>
            <Group justify="space-between" align="flex-start" wrap="nowrap">
              <Text size="sm" c="dimmed">
                {t('guidance.reference', {
                  number: g.referenceNumber,
                  date: formatDate(g.issuedOn),
                  committee: g.committeeName,
                })}
              </Text>
              <Group gap={4} wrap="nowrap">
                <DocumentLinks compact url={(format) => guidanceDocumentUrl(g.id, format)} />
                {g.canEdit ? (
                  <Button size="compact-xs" variant="subtle" onClick={() => setEditing(g)}>
                    {t('guidance.edit')}
                  </Button>
                ) : null}
              </Group>
            </Group>
            <Text fw={600}>{g.title}</Text>
            {g.theme ? (
              <Text size="sm">
                <Text span fw={500}>
                  {t('guidance.theme')}:
                </Text>{' '}
                {g.theme}
              </Text>
            ) : null}
            <Text size="sm" fw={500} c="red.8">
              {t('guidance.deadline', { date: formatDate(g.planDeadline) })}
            </Text>
            {g.quarterReportDay || g.annualReportDueOn ? (
              <Text size="sm" data-testid="guidance-report-deadlines">
                {[
                  g.quarterReportDay
                    ? t('guidance.quarterReportDayShown', { day: g.quarterReportDay })
                    : null,
                  g.annualReportDueOn
                    ? t('guidance.annualReportDueOnShown', { date: formatDate(g.annualReportDueOn) })
                    : null,
                ]
                  .filter(Boolean)
                  .join('; ')}
              </Text>
            ) : null}
            {g.topicGroups.length > 0 ? (
              <Text size="sm">
                <Text span fw={500}>
                  {t('guidance.topicGroups')}:
                </Text>{' '}
                {g.topicGroups.map((group) => topicGroupLabel(t, group)).join('; ')}
              </Text>
            ) : null}
            {g.documents.length > 0 ? (
              <>
                <Text size="sm" fw={500}>
                  {t('guidance.documents')}:
                </Text>
                <List size="sm" spacing={2}>
                  {g.documents.map((doc) => (
                    <List.Item key={doc}>{doc}</List.Item>
                  ))}
                </List>
              </>
            ) : null}
            {g.content ? (
              <details>
                <summary>
                  <Text span size="sm">
                    {t('guidance.content')}
                  </Text>
                </summary>
                <Text size="sm" style={{ whiteSpace: 'pre-wrap' }}>
                  {g.content}
                </Text>
              </details>
            ) : null}
          </Stack>
        </Card>
      ))}
      {editing ? (
        <Suspense fallback={null}>
          <GuidanceModal
            committeeId={editing === 'new' ? unitId : editing.committeeId}
            year={year}
            guidance={editing === 'new' ? null : editing}
            onClose={() => setEditing(null)}
          />
        </Suspense>
      ) : null}
    </Stack>
  );
}
