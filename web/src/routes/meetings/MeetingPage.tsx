import '../../styles/data.ts';
import './meeting.css';
import { Stack } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import { meetingQuery } from '../../api/endpoints.ts';
import type { Meeting } from '../../api/models.ts';
import { ErrorAlert } from '../../components/ErrorAlert.tsx';
import { Loading } from '../../components/Loading.tsx';
import { useParams } from '../../lib/router.tsx';
import { DelegatesSection } from './DelegatesSection.tsx';
import { DetailsSection } from './DetailsSection.tsx';
import { DraftLeadWarning } from './DraftLeadWarning.tsx';
import { EvaluationSection } from './EvaluationSection.tsx';
import { LiveConsole } from './LiveConsole.tsx';
import { MeetingActions } from './MeetingActions.tsx';
import { MeetingHeader } from './MeetingHeader.tsx';
import { MinutesSection } from './MinutesSection.tsx';
import { useMeetingEvents } from './meeting-events.ts';
import { OfflineStatus } from './OfflineStatus.tsx';
import { ConsoleOutboxContext, useConsoleOutbox, withWaiting } from './offline-outbox.ts';
import { PaperRecord } from './PaperRecord.tsx';
import { QualitySection } from './QualitySection.tsx';
import { RecordView } from './RecordView.tsx';

/** "/meetings/:id": a cell meeting before (schedule, agenda), during (the live console) and after (minutes). */
export default function MeetingPage() {
  const { id = '' } = useParams();
  const { data: meeting, error, isPending, refetch } = useQuery(meetingQuery(id));
  useMeetingEvents(id, meeting !== undefined && meeting.status !== 'cancelled');
  if (isPending) return <Loading />;
  if (error || !meeting) return <ErrorAlert error={error} onRetry={() => void refetch()} />;
  // A new status changes what can be done: start the screen afresh (unsaved notes stay on the device).
  return <MeetingScreen key={`${meeting.id}:${meeting.status}`} meeting={meeting} />;
}

function MeetingScreen({ meeting: server }: { meeting: Meeting }) {
  // What the console recorded while offline waits in the outbox; the screen shows it as made.
  const outbox = useConsoleOutbox(server.id);
  const meeting = withWaiting(server, outbox.entries);
  // A meeting held on paper was not run here: its record is the signed minutes entered with it.
  if (meeting.paper)
    return (
      <Stack gap="lg">
        <MeetingHeader meeting={meeting} />
        <PaperRecord meeting={meeting} />
      </Stack>
    );
  const recording = meeting.status === 'in_progress' || meeting.status === 'ended';
  return (
    <ConsoleOutboxContext value={outbox}>
      <Stack gap="lg">
        <MeetingHeader meeting={meeting} />
        {recording || outbox.entries.length > 0 ? <OfflineStatus meeting={meeting} outbox={outbox} /> : null}
        <MeetingActions meeting={meeting} />
        <DraftLeadWarning meeting={meeting} />
        {meeting.status === 'scheduled' || meeting.status === 'cancelled' ? (
          <>
            <DelegatesSection meeting={meeting} />
            <DetailsSection meeting={meeting} />
          </>
        ) : null}
        {meeting.status === 'in_progress' ? <LiveConsole meeting={meeting} /> : null}
        {meeting.status === 'ended' ? (
          <>
            <MinutesSection meeting={meeting} />
            <EvaluationSection meeting={meeting} />
            <QualitySection meeting={meeting} />
            <RecordView meeting={meeting} />
          </>
        ) : null}
      </Stack>
    </ConsoleOutboxContext>
  );
}
