import type { QualityFacts } from '#domain/quality/rubric.ts';
import type { MeetingView } from '../meetings/index.ts';

const hasText = (html: string | null) => Boolean(html?.replace(/<[^>]*>/g, '').trim());

/** What the meeting's record says, for the rubric's automatic criteria (rubric.ts). */
export function factsOf(m: MeetingView): QualityFacts {
  const speakers = new Set(
    m.speeches.filter((s) => s.personId !== null && s.status !== 'withdrawn' && s.status !== 'requested'),
  );
  return {
    kind: m.kind,
    attendanceRate: m.counts.rate,
    unexcusedAbsences: m.counts.absentUnexcused,
    draftDistributed: m.draftDistributedAt !== null,
    draftInTime: m.draftDistributedAt !== null && m.draftLeadWarning === null,
    studyMinutes: m.study?.minutes ?? null,
    speakers: new Set([...speakers].map((s) => s.personId)).size,
    conclusionRecorded: hasText(m.conclusion),
    tasksRecorded: m.tasks.length,
    previousTasks: m.taskChecks.length,
    previousTasksChecked: m.taskChecks.filter((c) => c.check !== null).length,
    minutesSigned: m.minutes?.status === 'locked',
    evaluationWritten: m.evaluation !== null,
  };
}
