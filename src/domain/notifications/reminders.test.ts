import { describe, expect, it } from 'vitest';
import {
  commentReminderDays,
  commentReminders,
  dueState,
  dutyReminder,
  meetingTomorrowReminders,
  planStepReminder,
  taskReminderDays,
  withinLead,
} from './reminders.ts';

describe('lead times (practice: the unit setting, else 2 days for comments and 3 for tasks)', () => {
  it('uses the default when the unit has not chosen', () => {
    expect(commentReminderDays(null)).toBe(2);
    expect(taskReminderDays(undefined)).toBe(3);
    expect(commentReminderDays(5)).toBe(5);
    expect(taskReminderDays(0)).toBe(0);
  });
  it('counts the last lead days up to and including the deadline', () => {
    expect(withinLead('2026-03-11', '2026-03-13', 2)).toBe(true);
    expect(withinLead('2026-03-13', '2026-03-13', 2)).toBe(true);
    expect(withinLead('2026-03-10', '2026-03-13', 2)).toBe(false);
    expect(withinLead('2026-03-14', '2026-03-13', 2)).toBe(false);
  });
});

describe('comment window closing (seed 000: members "tham gia góp ý" the draft before the meeting)', () => {
  const readers = [
    { personId: 'lan', opened: false, commented: false },
    { personId: 'hung', opened: true, commented: false },
    { personId: 'mai', opened: true, commented: true },
    { personId: 'tuan', opened: false, commented: true },
  ];
  const window = { topicId: 't1', dueOn: '2026-03-13', leadDays: 2 };
  it('reminds only members who have neither opened nor commented, within the lead days', () => {
    expect(commentReminders('2026-03-11', window, readers)).toEqual([
      { key: 'comment_window:t1:2026-03-13:lan', personId: 'lan' },
    ]);
  });
  it('reminds nobody before the lead days or after the window closed', () => {
    expect(commentReminders('2026-03-10', window, readers)).toEqual([]);
    expect(commentReminders('2026-03-14', window, readers)).toEqual([]);
  });
  it('keys on the deadline: a window reopened to a later day is a new occasion', () => {
    const [later] = commentReminders('2026-03-19', { ...window, dueOn: '2026-03-20' }, readers);
    expect(later?.key).toBe('comment_window:t1:2026-03-20:lan');
  });
});

describe('meeting tomorrow (practice: the eve of a meeting whose notice went out)', () => {
  const meeting = { meetingId: 'm1', heldOn: '2026-03-20', noticeSent: true };
  it('reminds everyone on the roll the day before', () => {
    expect(meetingTomorrowReminders('2026-03-19', meeting, ['a', 'b']).map((r) => r.personId)).toEqual([
      'a',
      'b',
    ]);
  });
  it('says nothing on other days or before the notice', () => {
    expect(meetingTomorrowReminders('2026-03-18', meeting, ['a'])).toEqual([]);
    expect(meetingTomorrowReminders('2026-03-20', meeting, ['a'])).toEqual([]);
    expect(meetingTomorrowReminders('2026-03-19', { ...meeting, noticeSent: false }, ['a'])).toEqual([]);
  });
});

describe('plan step due this month (seed 000: each step has its month and a person "phụ trách")', () => {
  const step = {
    topicId: 't1',
    step: 'draft1' as const,
    year: 2026,
    dueMonth: 3,
    responsibleId: 'lan',
    done: false,
  };
  it('reminds the responsible person in the due month, once per month', () => {
    expect(planStepReminder('2026-03-01', step)).toEqual({
      key: 'plan_step:t1:draft1:2026-03:lan',
      personId: 'lan',
    });
  });
  it('says nothing in another month, for a done step or a step nobody is responsible for', () => {
    expect(planStepReminder('2026-04-01', step)).toBeNull();
    expect(planStepReminder('2025-03-10', step)).toBeNull();
    expect(planStepReminder('2026-03-10', { ...step, done: true })).toBeNull();
    expect(planStepReminder('2026-03-10', { ...step, responsibleId: null })).toBeNull();
  });
});

describe('tasks and reviews coming due or overdue (seed 000: "phân công trách nhiệm"; seed 003: sơ kết)', () => {
  it('is due soon within the lead days, overdue after the day', () => {
    expect(dueState('2026-03-07', '2026-03-10', 3)).toBe('due_soon');
    expect(dueState('2026-03-06', '2026-03-10', 3)).toBeNull();
    expect(dueState('2026-03-11', '2026-03-10', 3)).toBe('overdue');
  });
  it('keys the two occasions apart, and skips finished duties and collective tasks', () => {
    const task = { kind: 'task' as const, id: 'k', dueOn: '2026-03-10', personId: 'lan', finished: false };
    expect(dutyReminder('2026-03-08', task, 3)?.key).toBe('task:k:2026-03-10:due_soon:lan');
    expect(dutyReminder('2026-03-12', task, 3)?.key).toBe('task:k:2026-03-10:overdue:lan');
    expect(dutyReminder('2026-03-12', { ...task, finished: true }, 3)).toBeNull();
    expect(dutyReminder('2026-03-12', { ...task, personId: null }, 3)).toBeNull();
  });
});
