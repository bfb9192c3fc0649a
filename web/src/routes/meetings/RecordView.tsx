import { Stack } from '@mantine/core';
import type { Meeting } from '../../api/models.ts';
import { recordOpen } from '../../lib/meetings.ts';
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

/** After the meeting: what the console recorded, the source of the minutes (open until they are signed). */
export function RecordView({ meeting }: { meeting: Meeting }) {
  return (
    <Stack gap="lg">
      <StudyTimeWarning meeting={meeting} />
      {/* A minute-taker forgotten at the opening can still be appointed: the minutes need both signatures. */}
      {meeting.permissions.manage && recordOpen(meeting) ? <RolesSection meeting={meeting} /> : null}
      <AttendanceSection meeting={meeting} />
      <DelegatesSection meeting={meeting} />
      <GuestsSection meeting={meeting} />
      <AgendaClock meeting={meeting} />
      <SpeakersSection meeting={meeting} />
      <TaskChecksSection meeting={meeting} />
      <PracticeSection meeting={meeting} />
      <ConclusionSection meeting={meeting} />
      <TasksSection meeting={meeting} />
      <VotesSection meeting={meeting} />
    </Stack>
  );
}
