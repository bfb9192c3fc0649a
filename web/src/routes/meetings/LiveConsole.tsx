import { Stack } from '@mantine/core';
import type { Meeting } from '../../api/models.ts';
import { AgendaClock } from './AgendaClock.tsx';
import { AttendanceSection } from './AttendanceSection.tsx';
import { ConclusionSection } from './ConclusionSection.tsx';
import { DelegatesSection } from './DelegatesSection.tsx';
import { GuestsSection } from './GuestsSection.tsx';
import { PracticeSection } from './PracticeSection.tsx';
import { RolesSection } from './RolesSection.tsx';
import { SpeakersSection } from './SpeakersSection.tsx';
import { StudyTimeWarning } from './StudyTimeWarning.tsx';
import { TaskChecksSection } from './TaskChecksSection.tsx';
import { TasksSection } from './TasksSection.tsx';
import { VotesSection } from './VotesSection.tsx';

/**
 * The meeting as it runs. The chair's side and the minute-taker keep the record in the order of the
 * procedure (minute-taker, attendance, agenda, speakers…); a member sees the speaker list first, where they
 * ask for the floor.
 */
export function LiveConsole({ meeting }: { meeting: Meeting }) {
  const keeper = meeting.permissions.record;
  return (
    <Stack gap="lg">
      <StudyTimeWarning meeting={meeting} />
      {meeting.permissions.manage ? <RolesSection meeting={meeting} /> : null}
      {keeper ? (
        <>
          <AttendanceSection meeting={meeting} />
          <DelegatesSection meeting={meeting} />
          <GuestsSection meeting={meeting} />
          <AgendaClock meeting={meeting} />
          <SpeakersSection meeting={meeting} />
        </>
      ) : (
        <>
          <SpeakersSection meeting={meeting} />
          <AgendaClock meeting={meeting} />
          <AttendanceSection meeting={meeting} />
          <DelegatesSection meeting={meeting} />
          <GuestsSection meeting={meeting} />
        </>
      )}
      <TaskChecksSection meeting={meeting} />
      <PracticeSection meeting={meeting} />
      <ConclusionSection meeting={meeting} />
      <TasksSection meeting={meeting} />
      <VotesSection meeting={meeting} />
    </Stack>
  );
}
