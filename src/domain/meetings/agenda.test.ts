import { describe, expect, it } from 'vitest';
import {
  type AgendaItem,
  type AgendaPart,
  agendaItemBusiness,
  checkAgenda,
  defaultAgenda,
  type MeetingKind,
} from './agenda.ts';

const shape = (items: readonly AgendaItem[]) => items.map((i) => `${i.part}:${i.kind}`);
// A regular part holds the Hồ Chí Minh study every regular meeting keeps (seed 002).
const parts = (...list: AgendaPart[]) =>
  list.map((part) => ({ part, kind: part === 'regular' ? 'ho_chi_minh_study' : 'other' }));

// Seed 000: "Một, phần mở đầu … Hai, tiến hành … Thứ ba, kết thúc".
const OPENING = [
  'opening:reason_and_delegates',
  'opening:appoint_minute_taker',
  'opening:attendance',
  'opening:adopt_agenda',
];
const THEMATIC = ['thematic:purpose', 'thematic:presentation', 'thematic:discussion', 'thematic:absorption'];
const CLOSING = ['closing:evaluation', 'closing:conclusion', 'closing:assignments'];
const REGULAR = ['regular:regular_business', 'regular:practice_review', 'regular:ho_chi_minh_study'];

describe('defaultAgenda', () => {
  it('gives a thematic meeting the opening, the thematic items and the closing, in seed 000 order', () => {
    expect(shape(defaultAgenda('thematic'))).toEqual([...OPENING, ...THEMATIC, ...CLOSING]);
  });

  it('ignores the order for a thematic meeting: there is no regular part to place', () => {
    expect(shape(defaultAgenda('thematic', 'thematic_first'))).toEqual([...OPENING, ...THEMATIC, ...CLOSING]);
  });

  it('puts the regular part before the thematic part when the cell chose regular first', () => {
    expect(shape(defaultAgenda('combined', 'regular_first'))).toEqual([
      ...OPENING,
      ...REGULAR,
      ...THEMATIC,
      ...CLOSING,
    ]);
  });

  it('puts the thematic part first when the cell chose thematic first', () => {
    expect(shape(defaultAgenda('combined', 'thematic_first'))).toEqual([
      ...OPENING,
      ...THEMATIC,
      ...REGULAR,
      ...CLOSING,
    ]);
  });

  it('holds a combined meeting regular part first unless told otherwise', () => {
    expect(shape(defaultAgenda('combined'))).toEqual([...OPENING, ...REGULAR, ...THEMATIC, ...CLOSING]);
  });

  it('suggests 55 minutes for the thematic part: room for the 30 minutes a Hồ Chí Minh topic needs', () => {
    const thematic = defaultAgenda('thematic').filter((i) => i.part === 'thematic');
    expect(thematic.reduce((sum, i) => sum + i.minutes, 0)).toBe(55);
  });

  it('suggests a positive whole number of minutes for every item', () => {
    for (const item of defaultAgenda('combined')) {
      expect(Number.isInteger(item.minutes) && item.minutes > 0).toBe(true);
    }
  });

  it('gives a fresh agenda each time: editing one meeting’s minutes does not change the next default', () => {
    const first = defaultAgenda('thematic');
    for (const item of first) item.minutes = 99;
    first.push({ part: 'closing', kind: 'other', minutes: 1 });
    const second = defaultAgenda('thematic');
    expect(second).toHaveLength(11);
    expect(second.find((i) => i.kind === 'discussion')?.minutes).toBe(30);
    expect(defaultAgenda('combined').find((i) => i.kind === 'presentation')?.minutes).toBe(15);
  });

  it('passes its own check, for every kind and order', () => {
    expect(checkAgenda(defaultAgenda('thematic'), 'thematic')).toEqual([]);
    expect(checkAgenda(defaultAgenda('combined', 'regular_first'), 'combined', 'regular_first')).toEqual([]);
    expect(checkAgenda(defaultAgenda('combined', 'thematic_first'), 'combined', 'thematic_first')).toEqual(
      [],
    );
  });
});

describe('checkAgenda: one after the other, never interleaved', () => {
  it('refuses a regular part split around the thematic part', () => {
    const agenda = parts('opening', 'regular', 'thematic', 'regular', 'closing');
    expect(checkAgenda(agenda, 'combined', 'regular_first')).toEqual([{ code: 'INTERLEAVED' }]);
    expect(checkAgenda(agenda, 'combined', 'thematic_first')).toEqual([{ code: 'INTERLEAVED' }]);
  });

  it('refuses a thematic part split around the regular part', () => {
    const agenda = parts('opening', 'thematic', 'regular', 'thematic', 'closing');
    expect(checkAgenda(agenda, 'combined', 'thematic_first')).toEqual([{ code: 'INTERLEAVED' }]);
  });

  it('refuses parts that alternate more than once', () => {
    const agenda = parts('opening', 'regular', 'thematic', 'regular', 'thematic', 'closing');
    expect(checkAgenda(agenda, 'combined')).toEqual([{ code: 'INTERLEAVED' }]);
  });

  it('refuses the thematic part first when the cell chose regular first', () => {
    const agenda = parts('opening', 'thematic', 'thematic', 'regular', 'closing');
    expect(checkAgenda(agenda, 'combined', 'regular_first')).toEqual([
      { code: 'ORDER_NOT_KEPT', order: 'regular_first' },
    ]);
  });

  it('refuses the regular part first when the cell chose thematic first', () => {
    const agenda = parts('opening', 'regular', 'thematic', 'closing');
    expect(checkAgenda(agenda, 'combined', 'thematic_first')).toEqual([
      { code: 'ORDER_NOT_KEPT', order: 'thematic_first' },
    ]);
  });

  it('refuses a regular item in a thematic-only meeting', () => {
    const agenda = parts('opening', 'thematic', 'regular', 'closing');
    expect(checkAgenda(agenda, 'thematic')).toEqual([{ code: 'REGULAR_IN_THEMATIC_MEETING' }]);
  });

  it('refuses a thematic meeting without a thematic part', () => {
    expect(checkAgenda(parts('opening', 'closing'), 'thematic')).toEqual([{ code: 'NO_THEMATIC_PART' }]);
  });

  it('refuses a combined meeting that holds only the regular part', () => {
    expect(checkAgenda(parts('opening', 'regular', 'closing'), 'combined')).toEqual([
      { code: 'NO_THEMATIC_PART' },
    ]);
  });

  it('refuses an empty agenda: it has no thematic part', () => {
    expect(checkAgenda([], 'thematic')).toEqual([{ code: 'NO_THEMATIC_PART' }]);
  });

  it('refuses an opening item placed after the body has begun', () => {
    const agenda = parts('opening', 'thematic', 'opening', 'closing');
    expect(checkAgenda(agenda, 'thematic')).toEqual([{ code: 'OPENING_NOT_FIRST' }]);
  });

  it('refuses an opening item placed at the very end, which also leaves the closing short of the end', () => {
    const agenda = parts('opening', 'thematic', 'closing', 'opening');
    expect(checkAgenda(agenda, 'thematic')).toEqual([
      { code: 'OPENING_NOT_FIRST' },
      { code: 'CLOSING_NOT_LAST' },
    ]);
  });

  it('refuses a closing item placed before the end', () => {
    const agenda = parts('opening', 'closing', 'thematic', 'closing');
    expect(checkAgenda(agenda, 'thematic')).toEqual([{ code: 'CLOSING_NOT_LAST' }]);
  });

  it('refuses a closing item between the two parts of a combined meeting', () => {
    const agenda = parts('opening', 'regular', 'closing', 'thematic', 'closing');
    expect(checkAgenda(agenda, 'combined', 'regular_first')).toEqual([{ code: 'CLOSING_NOT_LAST' }]);
  });

  it('reports every issue it finds at once', () => {
    const agenda = parts('closing', 'regular', 'thematic', 'regular', 'opening');
    expect(checkAgenda(agenda, 'combined')).toEqual([
      { code: 'OPENING_NOT_FIRST' },
      { code: 'CLOSING_NOT_LAST' },
      { code: 'INTERLEAVED' },
    ]);
  });

  it('accepts an edited agenda with extra items inside each part', () => {
    const agenda: AgendaItem[] = [
      { part: 'opening', kind: 'reason_and_delegates', minutes: 3 },
      { part: 'opening', kind: 'other', minutes: 2 },
      { part: 'opening', kind: 'attendance', minutes: 2 },
      { part: 'opening', kind: 'appoint_minute_taker', minutes: 1 },
      { part: 'opening', kind: 'adopt_agenda', minutes: 2 },
      { part: 'regular', kind: 'regular_business', minutes: 30 },
      { part: 'regular', kind: 'other', minutes: 10 },
      { part: 'regular', kind: 'ho_chi_minh_study', minutes: 30 },
      { part: 'thematic', kind: 'purpose', minutes: 5 },
      { part: 'thematic', kind: 'presentation', minutes: 20 },
      { part: 'thematic', kind: 'other', minutes: 10 },
      { part: 'thematic', kind: 'discussion', minutes: 40 },
      { part: 'closing', kind: 'conclusion', minutes: 5 },
      { part: 'closing', kind: 'other', minutes: 5 },
    ];
    expect(checkAgenda(agenda, 'combined', 'regular_first')).toEqual([]);
  });

  it('accepts a thematic meeting with an extra item inside the thematic part', () => {
    const agenda = parts('opening', 'opening', 'thematic', 'thematic', 'thematic', 'closing', 'closing');
    expect(checkAgenda(agenda, 'thematic')).toEqual([]);
  });

  it('gives the regular monthly meeting its practice review and its Hồ Chí Minh study (seed 002)', () => {
    // No topic is presented, so the closing has no evaluation of its preparation.
    const closing = CLOSING.filter((item) => item !== 'closing:evaluation');
    expect(shape(defaultAgenda('regular'))).toEqual([...OPENING, ...REGULAR, ...closing]);
    expect(defaultAgenda('regular').find((i) => i.kind === 'ho_chi_minh_study')?.minutes).toBe(30);
    expect(checkAgenda(defaultAgenda('regular'), 'regular')).toEqual([]);
  });

  it('refuses a regular meeting without its study item, or with a thematic part', () => {
    const agenda = defaultAgenda('regular');
    expect(
      checkAgenda(
        agenda.filter((i) => i.kind !== 'ho_chi_minh_study'),
        'regular',
      ),
    ).toEqual([{ code: 'NO_STUDY_PART' }]);
    const withThematic = [...agenda.slice(0, 7), { part: 'thematic' as const }, ...agenda.slice(7)];
    expect(checkAgenda(withThematic, 'regular')).toEqual([{ code: 'THEMATIC_IN_REGULAR_MEETING' }]);
  });
});

// Seed 000: "Không tổ chức sinh hoạt chuyên môn lồng ghép với sinh hoạt chi bộ".
describe('checkAgenda: nothing professional interleaved', () => {
  it('types every item of the procedure as party business, and only the professional item as professional', () => {
    for (const kind of ['thematic', 'combined', 'regular'] as const)
      for (const item of defaultAgenda(kind)) expect(agendaItemBusiness(item.kind)).toBe('party');
    expect(agendaItemBusiness('other')).toBe('party');
    expect(agendaItemBusiness('professional')).toBe('professional');
  });

  it('accepts a free item the secretary classified as party business in any part', () => {
    const agenda = defaultAgenda('combined');
    agenda.splice(5, 0, { part: 'regular', kind: 'other', minutes: 10 });
    expect(checkAgenda(agenda, 'combined')).toEqual([]);
  });

  it.each<[MeetingKind, AgendaPart]>([
    ['thematic', 'thematic'],
    ['thematic', 'opening'],
    ['combined', 'regular'],
    ['combined', 'closing'],
    ['regular', 'regular'],
  ])('refuses a professional item in a %s meeting’s %s part', (kind, part) => {
    const agenda = defaultAgenda(kind);
    const at = part === 'closing' ? agenda.length : agenda.findIndex((i) => i.part === part) + 1;
    agenda.splice(at, 0, { part, kind: 'professional', minutes: 15 });
    expect(checkAgenda(agenda, kind)).toEqual([{ code: 'PROFESSIONAL_INTERLEAVED' }]);
  });

  it('names the professional item first, before any other issue of the same agenda', () => {
    const agenda = defaultAgenda('combined', 'regular_first').filter((i) => i.kind !== 'ho_chi_minh_study');
    agenda.push({ part: 'closing', kind: 'professional', minutes: 15 });
    expect(checkAgenda(agenda, 'combined')[0]).toEqual({ code: 'PROFESSIONAL_INTERLEAVED' });
    expect(checkAgenda(agenda, 'combined')).toContainEqual({ code: 'NO_STUDY_PART' });
  });
});
