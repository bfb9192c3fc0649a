import { Alert } from '@mantine/core';
import type { Meeting } from '../../api/models.ts';
import { useTranslation } from '../../i18n/useTranslation.ts';
import { formatDate } from '../../lib/format.ts';

/**
 * Seed 000: the approved draft goes to members "trước khi tổ chức sinh hoạt"; fewer than the expected days
 * (practice, draft-gate.ts) is a warning here and a line in the minutes, not a refusal.
 */
export function DraftLeadWarning({ meeting }: { meeting: Meeting }) {
  const { t } = useTranslation();
  const warning = meeting.draftLeadWarning;
  if (!warning) return null;
  return (
    <Alert color="orange" data-testid="draft-lead-warning" title={t('meeting.draftLead.title')}>
      {t('meeting.draftLead.text', {
        sentOn: formatDate(warning.sentOn),
        days: warning.days,
        required: warning.required,
      })}
    </Alert>
  );
}
