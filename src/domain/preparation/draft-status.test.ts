import { describe, expect, it } from 'vitest';
import {
  acceptsComments,
  acceptsDispositions,
  allowedDraftActions,
  awaitsApproval,
  DRAFT_ACTIONS,
  DRAFT_STATUSES,
  type DraftAction,
  type DraftStatus,
  draftRound,
  INITIAL_DRAFT_STATUS,
  isDraftEditable,
  isFinishedTopic,
  nextDraftStatus,
} from './draft-status.ts';

// The whole lifecycle, written out: every pair not listed here must be refused.
const ALLOWED: ReadonlyArray<readonly [DraftStatus, DraftAction, DraftStatus]> = [
  ['draft1_writing', 'submit', 'draft1_submitted'],
  ['draft1_submitted', 'approve', 'draft1_approved'],
  ['draft1_submitted', 'refuse', 'draft1_refused'],
  ['draft1_submitted', 'withdraw', 'draft1_writing'],
  ['draft1_refused', 'submit', 'draft1_submitted'],
  ['draft1_approved', 'distribute', 'distributed'],
  ['distributed', 'close_comments', 'comments_closed'],
  ['comments_closed', 'reopen_comments', 'distributed'],
  ['comments_closed', 'start_draft2', 'draft2_writing'],
  ['draft2_writing', 'submit', 'draft2_submitted'],
  ['draft2_submitted', 'approve', 'draft2_approved'],
  ['draft2_submitted', 'refuse', 'draft2_refused'],
  ['draft2_submitted', 'withdraw', 'draft2_writing'],
  ['draft2_refused', 'submit', 'draft2_submitted'],
  ['draft2_approved', 'present', 'presented'],
  ['presented', 'finalise', 'final'],
];
const listed = (from: DraftStatus, action: DraftAction) =>
  ALLOWED.find(([f, a]) => f === from && a === action)?.[2];

function run(
  actions: readonly DraftAction[],
  from: DraftStatus = INITIAL_DRAFT_STATUS,
): DraftStatus | undefined {
  let status: DraftStatus | undefined = from;
  for (const action of actions) {
    if (status === undefined) return undefined;
    status = nextDraftStatus(status, action);
  }
  return status;
}

describe('nextDraftStatus', () => {
  for (const [from, action, to] of ALLOWED) {
    it(`allows ${action} from ${from}, giving ${to}`, () => {
      expect(nextDraftStatus(from, action)).toBe(to);
    });
  }

  for (const from of DRAFT_STATUSES) {
    for (const action of DRAFT_ACTIONS) {
      if (listed(from, action)) continue;
      it(`refuses ${action} from ${from}`, () => {
        expect(nextDraftStatus(from, action)).toBeUndefined();
      });
    }
  }

  it('starts at draft 1 being written', () => {
    expect(INITIAL_DRAFT_STATUS).toBe('draft1_writing');
  });

  it('walks the whole happy path of seed 000 to the final topic', () => {
    expect(
      run([
        'submit',
        'approve',
        'distribute',
        'close_comments',
        'start_draft2',
        'submit',
        'approve',
        'present',
        'finalise',
      ]),
    ).toBe('final');
  });

  it('never sends a draft to members before it is approved (seeds 000, 001)', () => {
    for (const from of DRAFT_STATUSES) {
      const to = nextDraftStatus(from, 'distribute');
      if (to !== undefined) expect(from).toBe('draft1_approved');
    }
    expect(run(['distribute'])).toBeUndefined();
    expect(run(['submit', 'distribute'])).toBeUndefined();
    expect(run(['submit', 'refuse', 'distribute'])).toBeUndefined();
  });

  it('brings a refused draft back through approval, as often as needed', () => {
    expect(run(['submit', 'refuse', 'submit', 'refuse', 'submit', 'approve'])).toBe('draft1_approved');
    expect(run(['submit', 'refuse', 'approve'])).toBeUndefined();
  });

  it('lets the preparer withdraw a submitted draft, but not an approved one', () => {
    expect(run(['submit', 'withdraw'])).toBe('draft1_writing');
    expect(run(['submit', 'approve', 'withdraw'])).toBeUndefined();
    expect(nextDraftStatus('draft2_approved', 'withdraw')).toBeUndefined();
  });

  it('lets only the approver’s decisions and a withdrawal leave a submitted draft', () => {
    for (const status of ['draft1_submitted', 'draft2_submitted'] as const) {
      const leaving = DRAFT_ACTIONS.filter((a) => nextDraftStatus(status, a) !== undefined);
      expect(leaving.sort()).toEqual(['approve', 'refuse', 'withdraw']);
    }
  });

  it('reopens the comment window only until draft 2 is started', () => {
    expect(run(['close_comments', 'reopen_comments', 'close_comments'], 'distributed')).toBe(
      'comments_closed',
    );
    expect(run(['start_draft2', 'reopen_comments'], 'comments_closed')).toBeUndefined();
  });

  it('puts draft 2 through the same approval before the meeting', () => {
    expect(nextDraftStatus('draft2_writing', 'present')).toBeUndefined();
    expect(nextDraftStatus('draft2_submitted', 'present')).toBeUndefined();
    expect(nextDraftStatus('draft2_refused', 'present')).toBeUndefined();
    expect(run(['submit', 'refuse', 'submit', 'approve', 'present'], 'draft2_writing')).toBe('presented');
  });

  it('does not distribute draft 2 for a second comment window', () => {
    for (const status of ['draft2_writing', 'draft2_submitted', 'draft2_approved'] as const) {
      expect(nextDraftStatus(status, 'distribute')).toBeUndefined();
    }
  });

  it('ends at final: nothing leaves it', () => {
    for (const action of DRAFT_ACTIONS) expect(nextDraftStatus('final', action)).toBeUndefined();
    expect(allowedDraftActions('final')).toEqual([]);
  });

  it('can reach every status from the start (the resolution steps only for a resolution topic)', () => {
    const reachable = (kind?: 'resolution') => {
      const reached = new Set<DraftStatus>([INITIAL_DRAFT_STATUS]);
      const queue: DraftStatus[] = [INITIAL_DRAFT_STATUS];
      for (let status = queue.shift(); status !== undefined; status = queue.shift()) {
        for (const action of allowedDraftActions(status, kind)) {
          const to = nextDraftStatus(status, action, kind);
          if (to !== undefined && !reached.has(to)) {
            reached.add(to);
            queue.push(to);
          }
        }
      }
      return [...reached].sort();
    };
    const resolutionOnly = ['resolution_completed', 'resolution_approved'];
    expect(reachable()).toEqual(DRAFT_STATUSES.filter((s) => !resolutionOnly.includes(s)).sort());
    expect(reachable('resolution')).toEqual([...DRAFT_STATUSES].sort());
  });
});

describe('allowedDraftActions', () => {
  const EXPECTED: Record<DraftStatus, DraftAction[]> = {
    draft1_writing: ['submit'],
    draft1_submitted: ['approve', 'refuse', 'withdraw'],
    draft1_refused: ['submit'],
    draft1_approved: ['distribute'],
    distributed: ['close_comments'],
    comments_closed: ['reopen_comments', 'start_draft2'],
    draft2_writing: ['submit'],
    draft2_submitted: ['approve', 'refuse', 'withdraw'],
    draft2_refused: ['submit'],
    draft2_approved: ['present'],
    presented: ['finalise'],
    resolution_completed: [],
    resolution_approved: [],
    final: [],
  };

  for (const status of DRAFT_STATUSES) {
    it(`lists ${EXPECTED[status].join(', ') || 'nothing'} for a draft that is ${status}`, () => {
      expect([...allowedDraftActions(status)].sort()).toEqual(EXPECTED[status]);
    });
  }

  it('agrees with nextDraftStatus for every status and action', () => {
    for (const status of DRAFT_STATUSES) {
      for (const action of DRAFT_ACTIONS) {
        expect(allowedDraftActions(status).includes(action)).toBe(
          nextDraftStatus(status, action) !== undefined,
        );
      }
    }
  });
});

describe('isFinishedTopic', () => {
  it('is finished once presented at its meeting, and after', () => {
    expect(DRAFT_STATUSES.filter((s) => isFinishedTopic(s))).toEqual([
      'presented',
      'resolution_completed',
      'resolution_approved',
      'final',
    ]);
    expect(isFinishedTopic(null)).toBe(false);
  });
});

describe('isDraftEditable', () => {
  const EDITABLE: Record<DraftStatus, boolean> = {
    draft1_writing: true,
    draft1_submitted: false,
    draft1_refused: true,
    draft1_approved: false,
    distributed: false,
    comments_closed: false,
    draft2_writing: true,
    draft2_submitted: false,
    draft2_refused: true,
    draft2_approved: false,
    presented: true,
    resolution_completed: false,
    resolution_approved: false,
    final: false,
  };

  for (const status of DRAFT_STATUSES) {
    it(`${EDITABLE[status] ? 'allows' : 'refuses'} editing a draft that is ${status}`, () => {
      expect(isDraftEditable(status)).toBe(EDITABLE[status]);
    });
  }

  it('never edits a text an approver is reading or has approved', () => {
    for (const status of DRAFT_STATUSES) {
      if (awaitsApproval(status) || status.endsWith('_approved')) expect(isDraftEditable(status)).toBe(false);
    }
  });
});

describe('acceptsComments and acceptsDispositions', () => {
  it('takes comments only while the draft is distributed', () => {
    expect(DRAFT_STATUSES.filter(acceptsComments)).toEqual(['distributed']);
  });

  it('takes dispositions from the first comment until draft 2 goes for approval', () => {
    expect(DRAFT_STATUSES.filter(acceptsDispositions)).toEqual([
      'distributed',
      'comments_closed',
      'draft2_writing',
      'draft2_refused',
    ]);
  });
});

describe('draftRound', () => {
  it('labels every status with the text it works on', () => {
    expect(Object.fromEntries(DRAFT_STATUSES.map((s) => [s, draftRound(s)]))).toEqual({
      draft1_writing: 'draft1',
      draft1_submitted: 'draft1',
      draft1_refused: 'draft1',
      draft1_approved: 'draft1',
      distributed: 'draft1',
      comments_closed: 'draft1',
      draft2_writing: 'draft2',
      draft2_submitted: 'draft2',
      draft2_refused: 'draft2',
      draft2_approved: 'draft2',
      presented: 'final',
      resolution_completed: 'final',
      resolution_approved: 'final',
      final: 'final',
    });
  });
});

describe('awaitsApproval', () => {
  it('is true for the two submitted drafts and a completed resolution awaiting the final approval', () => {
    expect(DRAFT_STATUSES.filter(awaitsApproval)).toEqual([
      'draft1_submitted',
      'draft2_submitted',
      'resolution_completed',
    ]);
  });

  it('holds exactly where approve and refuse are allowed', () => {
    for (const status of DRAFT_STATUSES) {
      const either = (a: DraftAction) =>
        nextDraftStatus(status, a) !== undefined || nextDraftStatus(status, a, 'resolution') !== undefined;
      expect(awaitsApproval(status)).toBe(either('approve'));
      expect(awaitsApproval(status)).toBe(either('refuse'));
    }
  });
});

// Seed 003: "Đảng viên thảo luận và biểu quyết"; seed 001: "Cấp ủy duyệt lần cuối trước khi ban hành Nghị
// quyết" — a resolution topic is completed, approved last by the cell committee, then issued by the secretary.
describe('a resolution topic after its meeting', () => {
  it('is completed by the preparer, approved last, then issued', () => {
    expect(nextDraftStatus('presented', 'finalise', 'resolution')).toBe('resolution_completed');
    expect(nextDraftStatus('resolution_completed', 'approve', 'resolution')).toBe('resolution_approved');
    expect(nextDraftStatus('resolution_approved', 'issue', 'resolution')).toBe('final');
  });

  it('cannot be issued before the final approval, nor finalised straight to final', () => {
    expect(nextDraftStatus('presented', 'issue', 'resolution')).toBeUndefined();
    expect(nextDraftStatus('resolution_completed', 'issue', 'resolution')).toBeUndefined();
    expect(allowedDraftActions('presented', 'resolution')).toEqual(['finalise']);
  });

  it('goes back to the preparer when the committee returns it with remarks', () => {
    expect(nextDraftStatus('resolution_completed', 'refuse', 'resolution')).toBe('presented');
  });

  it('is never issued as a regular topic', () => {
    for (const status of DRAFT_STATUSES) expect(nextDraftStatus(status, 'issue')).toBeUndefined();
    expect(nextDraftStatus('presented', 'finalise')).toBe('final');
  });

  it('agrees with the regular table before the meeting', () => {
    for (const status of DRAFT_STATUSES) {
      if (status === 'presented' || status.startsWith('resolution_')) continue;
      expect(allowedDraftActions(status, 'resolution')).toEqual(allowedDraftActions(status));
    }
  });
});
