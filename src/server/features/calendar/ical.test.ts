import ical from 'node-ical';
import { describe, expect, it } from 'vitest';
import { type CalendarEntry, renderCalendar } from './ical.ts';

const entry = (over: Partial<CalendarEntry>): CalendarEntry => ({
  id: 'm1',
  date: '2026-03-06',
  time: '19:30',
  minutes: 90,
  summary: 'Sinh hoạt chuyên đề',
  location: 'Hội trường',
  description: '',
  cancelled: false,
  updatedAt: '2026-03-01T00:00:00.000Z',
  ...over,
});

const events = (text: string) =>
  Object.values(ical.sync.parseICS(text)).filter((c): c is ical.VEvent => c?.type === 'VEVENT');

describe('renderCalendar', () => {
  it('writes a meeting at its time in Việt Nam, 19:30 there being 12:30 UTC', () => {
    const [event] = events(renderCalendar('Lịch', [entry({})]));
    expect(event?.start.toISOString()).toBe('2026-03-06T12:30:00.000Z');
    expect(event?.end?.toISOString()).toBe('2026-03-06T14:00:00.000Z');
  });

  it('writes a meeting held on paper, whose time nobody entered, as a whole-day event of its date', () => {
    const text = renderCalendar('Lịch', [entry({ time: '' })]);
    expect(text).toContain('DTSTART;VALUE=DATE:20260306');
    const [event] = events(text);
    expect(event?.datetype).toBe('date');
  });
});
