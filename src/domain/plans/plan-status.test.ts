import { describe, expect, it } from 'vitest';
import {
  allowedPlanActions,
  isPlanEditable,
  nextPlanStatus,
  PLAN_ACTIONS,
  PLAN_STATUSES,
  type PlanAction,
  type PlanStatus,
} from './plan-status.ts';

// The whole lifecycle, written out: the cell adopts, reopens and submits; the committee acknowledges or
// returns; a returned plan is submitted again. Every pair not listed here must be refused.
const ALLOWED: ReadonlyArray<readonly [PlanStatus, PlanAction, PlanStatus]> = [
  ['draft', 'adopt', 'adopted'],
  ['adopted', 'submit', 'submitted'],
  ['adopted', 'reopen', 'draft'],
  ['submitted', 'acknowledge', 'acknowledged'],
  ['submitted', 'return', 'returned'],
  ['returned', 'submit', 'submitted'],
];
const listed = (from: PlanStatus, action: PlanAction) =>
  ALLOWED.find(([f, a]) => f === from && a === action)?.[2];

describe('nextPlanStatus', () => {
  for (const [from, action, to] of ALLOWED) {
    it(`allows ${action} from ${from}, giving ${to}`, () => {
      expect(nextPlanStatus(from, action)).toBe(to);
    });
  }

  for (const from of PLAN_STATUSES) {
    for (const action of PLAN_ACTIONS) {
      if (listed(from, action)) continue;
      it(`refuses ${action} from ${from}`, () => {
        expect(nextPlanStatus(from, action)).toBeUndefined();
      });
    }
  }

  it('ends at acknowledged: nothing leaves it', () => {
    for (const action of PLAN_ACTIONS) expect(nextPlanStatus('acknowledged', action)).toBeUndefined();
  });

  it('lets only the committee’s actions leave a submitted plan', () => {
    const leaving = PLAN_ACTIONS.filter((a) => nextPlanStatus('submitted', a) !== undefined);
    expect(leaving.sort()).toEqual(['acknowledge', 'return']);
  });

  it('never adopts twice and never submits a plan the cell has not adopted', () => {
    expect(nextPlanStatus('adopted', 'adopt')).toBeUndefined();
    expect(nextPlanStatus('draft', 'submit')).toBeUndefined();
    expect(nextPlanStatus('draft', 'acknowledge')).toBeUndefined();
  });
});

describe('allowedPlanActions', () => {
  const EXPECTED: Record<PlanStatus, PlanAction[]> = {
    draft: ['adopt'],
    adopted: ['reopen', 'submit'],
    submitted: ['acknowledge', 'return'],
    returned: ['submit'],
    acknowledged: [],
  };

  for (const status of PLAN_STATUSES) {
    it(`lists ${EXPECTED[status].join(', ') || 'nothing'} for a plan that is ${status}`, () => {
      expect([...allowedPlanActions(status)].sort()).toEqual(EXPECTED[status]);
    });
  }

  it('agrees with nextPlanStatus for every status and action', () => {
    for (const status of PLAN_STATUSES) {
      for (const action of PLAN_ACTIONS) {
        expect(allowedPlanActions(status).includes(action)).toBe(
          nextPlanStatus(status, action) !== undefined,
        );
      }
    }
  });
});

describe('isPlanEditable', () => {
  const EDITABLE: Record<PlanStatus, boolean> = {
    draft: true,
    adopted: false,
    submitted: false,
    acknowledged: false,
    returned: true,
  };

  for (const status of PLAN_STATUSES) {
    it(`${EDITABLE[status] ? 'allows' : 'refuses'} editing a plan that is ${status}`, () => {
      expect(isPlanEditable(status)).toBe(EDITABLE[status]);
    });
  }
});
