import { Alert, Button, Group, Text } from '@mantine/core';
import { lazy, Suspense, useState } from 'react';
import type { Meeting } from '../../api/models.ts';
import { Loading } from '../../components/Loading.tsx';
import { Section } from '../../components/Section.tsx';
import { useTranslation } from '../../i18n/useTranslation.ts';
import { AgendaList } from './AgendaList.tsx';

// The schedule and agenda editor loads only for the chair's side when they open it.
const DetailsEditor = lazy(() => import('./DetailsEditor.tsx'));

/** Before the meeting: its agenda as the notice gives it; the chair's side edits schedule and agenda. */
export function DetailsSection({ meeting }: { meeting: Meeting }) {
  const { t } = useTranslation();
  const [editing, setEditing] = useState(false);
  const canEdit = meeting.permissions.manage && meeting.status === 'scheduled';
  return (
    <Section title={t('meeting.agenda.title')} testId="meeting-details">
      {meeting.agendaIssues.length > 0 ? (
        <Alert color="yellow" variant="light">
          {meeting.agendaIssues.map((code) => (
            <Text key={code} size="sm">
              {t(`meeting.agenda.issues.${code}`, { defaultValue: code })}
            </Text>
          ))}
        </Alert>
      ) : null}
      {editing ? (
        <Suspense fallback={<Loading />}>
          <DetailsEditor meeting={meeting} onDone={() => setEditing(false)} />
        </Suspense>
      ) : (
        <>
          <AgendaList agenda={meeting.agenda} />
          {canEdit ? (
            <Group>
              <Button size="sm" variant="light" onClick={() => setEditing(true)}>
                {t('meeting.details.edit')}
              </Button>
            </Group>
          ) : null}
        </>
      )}
    </Section>
  );
}
