import { describe, expect, it } from 'vitest';
import {
  DRAFT_LEAD_DAYS,
  draftGateIssue,
  draftLeadDays,
  needsTopic,
  shortLeadWarning,
} from './draft-gate.ts';

describe('draftGateIssue (seed 000: the draft is sent to members before the meeting)', () => {
  it('refuses a thematic or combined meeting whose topic was never distributed', () => {
    expect(draftGateIssue('thematic', { distributedAt: null })).toBe('MEETING_DRAFT_NOT_DISTRIBUTED');
    expect(draftGateIssue('combined', { distributedAt: null })).toBe('MEETING_DRAFT_NOT_DISTRIBUTED');
  });
  it('lets a meeting start once the draft went out, and a regular meeting (it has no topic) always', () => {
    expect(draftGateIssue('thematic', { distributedAt: '2026-03-01T02:00:00Z' })).toBeUndefined();
    expect(draftGateIssue('combined', { distributedAt: '2026-03-01T02:00:00Z' })).toBeUndefined();
    expect(draftGateIssue('regular', { distributedAt: null })).toBeUndefined();
    expect(draftGateIssue('regular', null)).toBeUndefined();
  });
  it('refuses a thematic or combined meeting with no topic: members had no draft to study', () => {
    expect(needsTopic('thematic') && needsTopic('combined') && !needsTopic('regular')).toBe(true);
    expect(draftGateIssue('thematic', null)).toBe('MEETING_TOPIC_MISSING');
    expect(draftGateIssue('combined', null)).toBe('MEETING_TOPIC_MISSING');
  });
});

describe('draftLeadDays (practice: the cell’s setting, 3 days by default)', () => {
  it('takes the cell’s own setting, 0 included, else three days', () => {
    expect(draftLeadDays(null)).toBe(3);
    expect(draftLeadDays(undefined)).toBe(3);
    expect(draftLeadDays(7)).toBe(7);
    expect(draftLeadDays(0)).toBe(0);
  });
});

describe('shortLeadWarning (practice: 3 days to study the draft)', () => {
  it('is silent when the draft went out at least three days before', () => {
    expect(DRAFT_LEAD_DAYS).toBe(3);
    expect(shortLeadWarning('2026-03-01T02:00:00Z', '2026-03-04')).toBeUndefined();
    expect(shortLeadWarning(null, '2026-03-04')).toBeUndefined();
  });
  it('warns when fewer days separate sending and the meeting, counting Vietnam’s calendar day', () => {
    expect(shortLeadWarning('2026-03-02T02:00:00Z', '2026-03-04')).toEqual({
      code: 'DRAFT_SENT_LATE',
      sentOn: '2026-03-02',
      days: 2,
      required: 3,
    });
    // 20:00 UTC on 1 March is 2 March in Việt Nam.
    expect(shortLeadWarning('2026-03-01T20:00:00Z', '2026-03-04')?.days).toBe(2);
  });
  it('measures against the cell’s setting when it has one', () => {
    expect(shortLeadWarning('2026-03-01T02:00:00Z', '2026-03-04', 5)).toEqual({
      code: 'DRAFT_SENT_LATE',
      sentOn: '2026-03-01',
      days: 3,
      required: 5,
    });
    expect(shortLeadWarning('2026-03-04T02:00:00Z', '2026-03-04', 0)).toBeUndefined();
  });
});
