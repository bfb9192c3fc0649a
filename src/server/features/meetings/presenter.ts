import { z } from '@hono/zod-openapi';
import { TASK_REPORT_STATUSES } from '#domain/follow-up/task-progress.ts';
import { AGENDA_ITEM_KINDS, MEETING_KINDS, PART_ORDERS } from '#domain/meetings/agenda.ts';
import { ATTENDANCE_STATES } from '#domain/meetings/attendance.ts';
import { MEETING_ACTIONS, MEETING_STATUSES } from '#domain/meetings/meeting-status.ts';
import { MINUTES_STATUSES } from '#domain/meetings/minutes-status.ts';
import { MEMBER_STATUSES } from '#domain/members/member-status.ts';
import { TOPIC_KINDS } from '#domain/plans/topic-groups.ts';

const TASK_STATES = ['open', ...TASK_REPORT_STATUSES] as const;
const Part = z.enum(['opening', 'thematic', 'regular', 'closing']);
const PersonRef = z.object({ id: z.string(), name: z.string().nullable() });

const Commitment = z.object({
  id: z.string(),
  text: z.string(),
  ownerId: z.string().nullable(),
  ownerName: z.string().nullable(),
  setOn: z.string(),
  closedAt: z.string().nullable(),
  closedOn: z.string().nullable(),
});

export const MeetingSchema = z
  .object({
    id: z.string(),
    cellId: z.string(),
    cellName: z.string(),
    topic: z
      .object({ id: z.string(), title: z.string(), kind: z.enum(TOPIC_KINDS), quarter: z.number().int() })
      .nullable(),
    kind: z.enum(MEETING_KINDS),
    partOrder: z.enum(PART_ORDERS),
    heldOn: z.string(),
    startsAt: z.string(),
    place: z.string(),
    status: z.enum(MEETING_STATUSES),
    chair: PersonRef.nullable(),
    minuteTaker: PersonRef.nullable(),
    noticeSentAt: z.string().nullable(),
    noticeNumber: z.number().int().nullable(),
    /** The report of the meeting to the committee, once issued (BC). */
    reportIssued: z.object({ id: z.string(), number: z.number().int(), issuedOn: z.string() }).nullable(),
    /** The secretary's evaluation after the meeting (seed 001), which goes up with the report. */
    evaluation: z
      .object({
        preparer: z.string().nullable(),
        result: z.string().nullable(),
        lessons: z.string().nullable(),
        updatedAt: z.string(),
      })
      .nullable(),
    /** Why the report cannot be issued yet: a thematic meeting's evaluation is not written (seed 001). */
    reportHold: z.enum(['MEETING_EVALUATION_MISSING']).nullable(),
    /**
     * The earlier meetings' assignments this meeting checks (seed 002: "Tại phiên họp định kỳ đến kiểm tra"): not
     * done as of its day; where each stood before, and this meeting's check of it.
     */
    taskChecks: z.array(
      z.object({
        id: z.string(),
        title: z.string(),
        owner: z.object({ id: z.string(), name: z.string() }).nullable(),
        dueOn: z.string().nullable(),
        assignedAt: z.object({
          meetingId: z.string(),
          heldOn: z.string(),
          topicTitle: z.string().nullable(),
        }),
        before: z.object({ state: z.enum(TASK_STATES), overdue: z.boolean() }),
        check: z
          .object({
            status: z.enum(TASK_REPORT_STATUSES),
            note: z.string().nullable(),
            reporterName: z.string().nullable(),
            recordedAt: z.string(),
          })
          .nullable(),
      }),
    ),
    startedAt: z.string().nullable(),
    endedAt: z.string().nullable(),
    conclusion: z.string().nullable(),
    /** Send back as `expectedUpdatedAt` when saving the schedule. */
    updatedAt: z.string(),
    /** A past meeting held on paper, entered afterwards: the members present and its signed minutes' file. */
    paper: z
      .object({
        present: z.number().int(),
        fileName: z.string().nullable(),
        sizeBytes: z.number().int().nullable(),
      })
      .nullable(),
    agenda: z.array(
      z.object({
        id: z.string(),
        part: Part,
        kind: z.enum(AGENDA_ITEM_KINDS),
        title: z.string().nullable(),
        plannedMinutes: z.number().int(),
        startedAt: z.string().nullable(),
        endedAt: z.string().nullable(),
      }),
    ),
    agendaIssues: z.array(z.string()),
    /** Minutes the thematic part has run so far. */
    thematicMinutes: z.number().int(),
    /** Set once the thematic part of a Hồ Chí Minh topic ended under 30 minutes (seed 002). */
    studyTimeWarning: z
      .object({
        code: z.literal('HO_CHI_MINH_UNDER_30'),
        minutes: z.number().int(),
        required: z.number().int(),
      })
      .nullable(),
    /**
     * The Hồ Chí Minh study (seed 002: at least 30 minutes): its minutes, recorded when the meeting ends (live
     * before); `short` is flagged in the minutes and the report. None for a thematic meeting on another topic.
     */
    study: z
      .object({
        minutes: z.number().int(),
        required: z.number().int(),
        recorded: z.boolean(),
        short: z.boolean(),
      })
      .nullable(),
    /** What the cell chose to put into practice here, and what earlier meetings set, carried here (seed 002). */
    practice: z.object({
      commitments: z.array(Commitment),
      carried: z.array(
        Commitment.extend({
          reviews: z.array(z.object({ note: z.string(), achieved: z.boolean(), createdAt: z.string() })),
        }),
      ),
    }),
    /** When the topic's draft was sent to members; a thematic meeting starts only after (seed 000). */
    draftDistributedAt: z.string().nullable(),
    /** Days the cell expects the draft to reach members before a meeting (practice, its setting; 3 by default). */
    draftLeadDays: z.number().int(),
    /** The draft reached members fewer days before the meeting than the cell expects (`draftLeadDays`). */
    draftLeadWarning: z
      .object({
        code: z.literal('DRAFT_SENT_LATE'),
        sentOn: z.string(),
        days: z.number().int(),
        required: z.number().int(),
      })
      .nullable(),
    attendance: z.array(
      z.object({
        personId: z.string(),
        name: z.string(),
        groupName: z.string().nullable(),
        memberStatus: z.enum(MEMBER_STATUSES),
        state: z.enum(ATTENDANCE_STATES).nullable(),
        reason: z.string().nullable(),
        late: z.boolean(),
        suspended: z.boolean(),
      }),
    ),
    counts: z.object({
      total: z.number().int(),
      official: z.number().int(),
      probationary: z.number().int(),
      exempt: z.number().int(),
      present: z.number().int(),
      absentExcused: z.number().int(),
      absentUnexcused: z.number().int(),
      unmarked: z.number().int(),
      expected: z.number().int(),
      rate: z.number().nullable(),
    }),
    guests: z.array(
      z.object({
        id: z.string(),
        kind: z.enum(['delegate', 'staff']),
        fullName: z.string(),
        title: z.string().nullable(),
        unitName: z.string().nullable(),
      }),
    ),
    /**
     * The committees' people who registered to attend (seed 000: "đại biểu cấp ủy cấp trên dự"), linked to
     * their person; the console marks them present, and the minutes name those present.
     */
    delegates: z.array(
      z.object({
        id: z.string(),
        personId: z.string(),
        fullName: z.string(),
        title: z.string().nullable(),
        unitName: z.string().nullable(),
        present: z.boolean(),
        registeredAt: z.string(),
      }),
    ),
    speeches: z.array(
      z.object({
        id: z.string(),
        personId: z.string().nullable(),
        guestId: z.string().nullable(),
        speaker: z.string(),
        status: z.enum(['requested', 'speaking', 'done', 'withdrawn']),
        position: z.number().int(),
        requestedAt: z.string(),
        startedAt: z.string().nullable(),
        endedAt: z.string().nullable(),
        note: z.string().nullable(),
      }),
    ),
    tasks: z.array(
      z.object({
        id: z.string(),
        title: z.string(),
        ownerId: z.string().nullable(),
        ownerName: z.string().nullable(),
        dueOn: z.string().nullable(),
        /** The adopted resolution decision this task was made from (it cannot be removed). */
        decisionId: z.string().nullable(),
      }),
    ),
    /**
     * The numbered decisions of the meeting's resolution topic (seed 003: "Đảng viên thảo luận và biểu quyết"):
     * each is voted on; a passed vote adopts it and makes it a task. Empty for any other meeting.
     */
    decisions: z.array(
      z.object({
        id: z.string(),
        number: z.number().int(),
        text: z.string(),
        ownerName: z.string().nullable(),
        dueOn: z.string().nullable(),
        adopted: z.boolean(),
      }),
    ),
    votes: z.array(
      z.object({
        id: z.string(),
        subject: z.string(),
        mode: z.enum(['count', 'named']),
        for: z.number().int(),
        against: z.number().int(),
        abstain: z.number().int(),
        /** The denominator: official members counted under the rule. */
        base: z.number().int(),
        /** Votes for needed to pass: more than half of the base. */
        needed: z.number().int(),
        passed: z.boolean(),
        /** The resolution decision voted on, if any. */
        decisionId: z.string().nullable(),
        basis: z.object({
          rule: z.string(),
          counted: z.array(z.string()),
          setAside: z.array(z.object({ id: z.string(), reason: z.string() })),
          voters: z.array(z.string()),
        }),
        createdAt: z.string(),
      }),
    ),
    voteRule: z.string(),
    minutes: z
      .object({
        text: z.string(),
        status: z.enum(MINUTES_STATUSES),
        chairSignedAt: z.string().nullable(),
        minuteTakerSignedAt: z.string().nullable(),
        textHash: z.string().nullable(),
        lockedAt: z.string().nullable(),
        number: z.number().int().nullable(),
        updatedAt: z.string(),
        addenda: z.array(
          z.object({
            id: z.string(),
            text: z.string(),
            textHash: z.string(),
            addedByName: z.string().nullable(),
            addedAt: z.string(),
          }),
        ),
      })
      .nullable(),
    /** Chosen by a committee as a model meeting (seed 001: "sinh hoạt chuyên đề mẫu"), or null. */
    model: z
      .object({ committeeName: z.string(), purpose: z.string(), lessons: z.string().nullable() })
      .nullable(),
    me: z.object({
      personId: z.string().nullable(),
      onRoll: z.boolean(),
      waitingToSpeak: z.boolean(),
      /** Registered to attend as a delegate of a committee above (seed 000). */
      registeredDelegate: z.boolean(),
    }),
    permissions: z.object({
      /** Schedule, start, end, chair (the cell's secretary or deputy). */
      manage: z.boolean(),
      /** Write the evaluation: the secretary (or deputy), once the meeting ended, until its report is issued. */
      evaluate: z.boolean(),
      /** Keep the record: attendance, speeches, votes, tasks, minutes (the chair's side or the minute-taker). */
      record: z.boolean(),
      actions: z.array(z.enum(MEETING_ACTIONS)),
      askToSpeak: z.boolean(),
      sign: z.boolean(),
      /** Register to attend as a delegate: a committee's person above the cell, before the meeting starts. */
      registerAsDelegate: z.boolean(),
      /** Choose it as a model meeting (seed 001): an officer above the cell, a thematic meeting still to come. */
      designateModel: z.boolean(),
      withdrawAsDelegate: z.boolean(),
    }),
  })
  .openapi('Meeting');

export const MinuteBookSchema = z
  .object({
    cellId: z.string(),
    cellName: z.string(),
    /** Whether the signed-in user may schedule meetings here. */
    canSchedule: z.boolean(),
    /** Months ('YYYY-MM') with a thematic meeting and no regular one (seed 000: it does not replace it). */
    monthsWithoutRegular: z.array(z.string()),
    meetings: z.array(
      z.object({
        id: z.string(),
        heldOn: z.string(),
        startsAt: z.string(),
        place: z.string(),
        kind: z.enum(MEETING_KINDS),
        status: z.enum(MEETING_STATUSES),
        topicId: z.string().nullable(),
        topicTitle: z.string().nullable(),
        /** Held on paper and entered afterwards: the members present by its signed minutes (paper.ts). */
        paperPresent: z.number().int().nullable(),
        /** The Hồ Chí Minh study part, marked in the minute book (seed 002). */
        hoChiMinhStudy: z.boolean(),
        minutesLocked: z.boolean(),
        minutesNumber: z.number().int().nullable(),
      }),
    ),
  })
  .openapi('MinuteBook');

export const MeetingStatsSchema = z
  .object({
    year: z.number().int(),
    members: z.array(
      z.object({
        personId: z.string(),
        name: z.string(),
        meetings: z.number().int(),
        present: z.number().int(),
        absentExcused: z.number().int(),
        absentUnexcused: z.number().int(),
        spoke: z.number().int(),
      }),
    ),
    /** Exempt members (miễn sinh hoạt), not expected: the meetings held during their exemption, and present. */
    exempt: z.array(
      z.object({
        personId: z.string(),
        name: z.string(),
        meetings: z.number().int(),
        present: z.number().int(),
      }),
    ),
  })
  .openapi('MeetingStats');
