import { Alert, List, Stack, Text } from '@mantine/core';
import type { PlanIssue } from '../../api/models.ts';
import type { TFunction } from '../../i18n/runtime.ts';
import { useTranslation } from '../../i18n/useTranslation.ts';
import { quarterLabel } from '../../lib/plans.ts';

/** One rule check in plain words, naming the quarter or the topic ("Chuyên đề 2 “…”"). */
export function issueMessage(t: TFunction, issue: PlanIssue, titles: readonly string[]): string {
  const index = issue.topic ?? -1;
  const title = titles[index]?.trim();
  const topic =
    index >= 0
      ? title
        ? t('planChecks.topicNamed', { number: index + 1, title })
        : t('planChecks.topic', { number: index + 1 })
      : '';
  return t(`planChecks.codes.${issue.code}`, {
    topic,
    quarter: issue.quarter ? quarterLabel(t, issue.quarter) : '',
    defaultValue: issue.code,
  });
}

interface PlanChecksProps {
  errors: readonly PlanIssue[];
  warnings: readonly PlanIssue[];
  /** Topic titles in the order the issues count them. */
  titles: readonly string[];
  /** Whether these are the checks of what is on screen (unsaved) or of the saved plan. */
  live: boolean;
}

/** Binding rules in red (they block adoption and submission), advice in yellow. */
export function PlanChecks({ errors, warnings, titles, live }: PlanChecksProps) {
  const { t } = useTranslation();
  const source = live ? t('planChecks.live') : t('planChecks.saved');
  if (errors.length === 0 && warnings.length === 0) {
    return (
      <Alert color="green" variant="light" title={t('planChecks.allGood')} data-testid="plan-checks">
        <Text size="sm">{source}</Text>
      </Alert>
    );
  }
  return (
    <Stack gap="xs" data-testid="plan-checks">
      {errors.length > 0 ? (
        <Alert color="red" variant="light" title={t('planChecks.errorsTitle', { count: errors.length })}>
          <List size="sm" spacing={2}>
            {errors.map((issue) => (
              <List.Item key={`${issue.code}-${issue.quarter ?? ''}-${issue.topic ?? ''}`}>
                {issueMessage(t, issue, titles)}
              </List.Item>
            ))}
          </List>
          <Text size="xs" mt={4}>
            {t('planChecks.errorsHint')} {source}
          </Text>
        </Alert>
      ) : null}
      {warnings.length > 0 ? (
        <Alert
          color="yellow"
          variant="light"
          title={t('planChecks.warningsTitle', { count: warnings.length })}
        >
          <List size="sm" spacing={2}>
            {warnings.map((issue) => (
              <List.Item key={`${issue.code}-${issue.quarter ?? ''}-${issue.topic ?? ''}`}>
                {issueMessage(t, issue, titles)}
              </List.Item>
            ))}
          </List>
          {errors.length === 0 ? (
            <Text size="xs" mt={4}>
              {source}
            </Text>
          ) : null}
        </Alert>
      ) : null}
    </Stack>
  );
}
