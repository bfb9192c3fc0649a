import { Alert } from '@mantine/core';
import type { Meeting } from '../../api/models.ts';
import { useTranslation } from '../../i18n/useTranslation.ts';

/** Seed 002: the Hồ Chí Minh study takes at least 30 minutes; the server says when it ended short. */
export function StudyTimeWarning({ meeting }: { meeting: Meeting }) {
  const { t } = useTranslation();
  // Live, once the study ended short; after the meeting, as recorded (a study never clocked is 0 minutes).
  const recorded = meeting.study?.recorded && meeting.study.short ? meeting.study : null;
  const warning = meeting.studyTimeWarning ?? recorded;
  if (!warning) return null;
  return (
    <Alert
      color="red"
      variant="filled"
      role="alert"
      data-testid="study-time-warning"
      title={t('meeting.study.title')}
    >
      {t('meeting.study.under', { minutes: warning.minutes, required: warning.required })}
    </Alert>
  );
}
