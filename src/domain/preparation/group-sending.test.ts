import { describe, expect, it } from 'vitest';
import { groupSendingIssue } from './group-sending.ts';

// Seed 000: "Đề tài sau khi hoàn thành phải gửi cho đảng viên trong chi bộ (đông đảng viên có thể gửi cho tổ đảng)".
const base = {
  status: 'final' as const,
  groupIds: ['g1', 'g2'],
  asked: ['g1', 'g2'],
  sentTo: [] as string[],
};

describe('sending a finished topic to the party groups', () => {
  it('sends a finished topic to groups of the cell', () => {
    expect(groupSendingIssue(base)).toBeNull();
    expect(groupSendingIssue({ ...base, asked: ['g2'], sentTo: ['g1'] })).toBeNull();
  });

  it('refuses a topic not finished yet', () => {
    expect(groupSendingIssue({ ...base, status: 'presented' })).toBe('NOT_FINISHED');
    expect(groupSendingIssue({ ...base, status: 'resolution_approved' })).toBe('NOT_FINISHED');
  });

  it('refuses a cell without party groups, and a group of another cell', () => {
    expect(groupSendingIssue({ ...base, groupIds: [], asked: ['g1'] })).toBe('NO_GROUPS');
    expect(groupSendingIssue({ ...base, asked: ['g3'] })).toBe('NOT_A_GROUP_OF_CELL');
    expect(groupSendingIssue({ ...base, asked: [] })).toBe('NOT_A_GROUP_OF_CELL');
  });

  it('sends to each group once', () => {
    expect(groupSendingIssue({ ...base, sentTo: ['g1'] })).toBe('ALREADY_SENT');
  });
});
