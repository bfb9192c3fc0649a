/**
 * The agenda of a thematic meeting, from seed 000's procedure, and the rule for holding it together with
 * the monthly regular meeting: "có thể gộp sinh hoạt chuyên đề với sinh hoạt thường kỳ trong cùng một buổi,
 * nhưng phải thực hiện lần lượt, sinh hoạt định kỳ xong mới sinh hoạt chuyên đề hoặc ngược lại" — one after
 * the other, never interleaved.
 */
// Seed 000: "Việc tổ chức sinh hoạt chuyên đề không thay thế sinh hoạt chi bộ thường xuyên" — the monthly
// regular meeting is recorded too (`regular`), with its Hồ Chí Minh study part (seed 002).
export const MEETING_KINDS = ['thematic', 'combined', 'regular'] as const;
export type MeetingKind = (typeof MEETING_KINDS)[number];

export const PART_ORDERS = ['regular_first', 'thematic_first'] as const;
export type PartOrder = (typeof PART_ORDERS)[number];

/** Which session an agenda item belongs to: the procedure's opening and closing frame the whole meeting. */
export type AgendaPart = 'opening' | 'thematic' | 'regular' | 'closing';

export const AGENDA_ITEM_KINDS = [
  'reason_and_delegates',
  'appoint_minute_taker',
  'attendance',
  'adopt_agenda',
  'purpose',
  'presentation',
  'discussion',
  'absorption',
  'regular_business',
  'practice_review',
  'ho_chi_minh_study',
  'evaluation',
  'conclusion',
  'assignments',
  'other',
  'professional',
] as const;
export type AgendaItemKind = (typeof AGENDA_ITEM_KINDS)[number];

/**
 * Seed 000: "Không tổ chức sinh hoạt chuyên môn lồng ghép với sinh hoạt chi bộ" — every agenda item is
 * either the cell's party business or professional (chuyên môn) business of the agency or unit. A free item
 * is classified by the secretary: `other` is party business, `professional` is not, and has no place in
 * any part of a cell meeting (its opening, thematic, regular and closing parts are all party business).
 */
export type AgendaBusiness = 'party' | 'professional';
export const agendaItemBusiness = (kind: string): AgendaBusiness =>
  kind === 'professional' ? 'professional' : 'party';
const PARTY_PARTS: readonly AgendaPart[] = ['opening', 'thematic', 'regular', 'closing'];

export interface AgendaItem {
  part: AgendaPart;
  kind: AgendaItemKind;
  /** Suggested minutes, editable; the Hồ Chí Minh study needs its 30 (timing.ts). */
  minutes: number;
}

// Seed 000: "Một, phần mở đầu … Hai, tiến hành … Thứ ba, kết thúc".
const OPENING: AgendaItem[] = [
  { part: 'opening', kind: 'reason_and_delegates', minutes: 3 },
  { part: 'opening', kind: 'appoint_minute_taker', minutes: 1 },
  { part: 'opening', kind: 'attendance', minutes: 2 },
  { part: 'opening', kind: 'adopt_agenda', minutes: 2 },
];
const THEMATIC: AgendaItem[] = [
  { part: 'thematic', kind: 'purpose', minutes: 5 },
  { part: 'thematic', kind: 'presentation', minutes: 15 },
  { part: 'thematic', kind: 'discussion', minutes: 30 },
  { part: 'thematic', kind: 'absorption', minutes: 5 },
];
const CLOSING: AgendaItem[] = [
  { part: 'closing', kind: 'evaluation', minutes: 5 },
  { part: 'closing', kind: 'conclusion', minutes: 5 },
  { part: 'closing', kind: 'assignments', minutes: 5 },
];
const REGULAR: AgendaItem[] = [{ part: 'regular', kind: 'regular_business', minutes: 45 }];
// Seed 002: the regular meeting evaluates what the cell put into practice since the last study ("tháng kế
// tiếp đánh giá tình hình, kết quả học tập, làm theo của tập thể và cá nhân") and studies Hồ Chí Minh's
// thought, ethics and style "ít nhất 30 phút" (timing.ts).
const REGULAR_MEETING: AgendaItem[] = [
  ...REGULAR,
  { part: 'regular', kind: 'practice_review', minutes: 10 },
  { part: 'regular', kind: 'ho_chi_minh_study', minutes: 30 },
];

/** A fresh copy each time: the items are edited per meeting and must not change the defaults. */
export function defaultAgenda(kind: MeetingKind, order: PartOrder = 'regular_first'): AgendaItem[] {
  const copy = (items: AgendaItem[]) => items.map((item) => ({ ...item }));
  if (kind === 'thematic') return copy([...OPENING, ...THEMATIC, ...CLOSING]);
  // No topic is presented at a regular meeting: nothing to evaluate of its preparation.
  if (kind === 'regular')
    return copy([...OPENING, ...REGULAR_MEETING, ...CLOSING.filter((item) => item.kind !== 'evaluation')]);
  const body =
    order === 'regular_first' ? [...REGULAR_MEETING, ...THEMATIC] : [...THEMATIC, ...REGULAR_MEETING];
  return copy([...OPENING, ...body, ...CLOSING]);
}

export type AgendaIssue =
  | { code: 'PROFESSIONAL_INTERLEAVED' }
  | { code: 'INTERLEAVED' }
  | { code: 'ORDER_NOT_KEPT'; order: PartOrder }
  | { code: 'REGULAR_IN_THEMATIC_MEETING' }
  | { code: 'NO_THEMATIC_PART' }
  | { code: 'THEMATIC_IN_REGULAR_MEETING' }
  | { code: 'NO_STUDY_PART' }
  | { code: 'OPENING_NOT_FIRST' }
  | { code: 'CLOSING_NOT_LAST' };

/**
 * Checks an edited agenda: no professional business anywhere in it, the opening first, the closing last, and
 * between them the thematic part and (in a combined meeting) the regular part each in one run, in the order
 * the cell chose.
 */
export function checkAgenda(
  items: readonly (Pick<AgendaItem, 'part'> & { kind?: string })[],
  kind: MeetingKind,
  order: PartOrder = 'regular_first',
): AgendaIssue[] {
  const parts = items.map((i) => i.part);
  const issues: AgendaIssue[] = [];
  // Seed 000: "Không tổ chức sinh hoạt chuyên môn lồng ghép với sinh hoạt chi bộ".
  if (items.some((i) => agendaItemBusiness(i.kind ?? '') === 'professional' && PARTY_PARTS.includes(i.part)))
    issues.push({ code: 'PROFESSIONAL_INTERLEAVED' });
  if (kind !== 'regular' && !parts.includes('thematic')) issues.push({ code: 'NO_THEMATIC_PART' });
  // Seed 002: "Mỗi kỳ sinh hoạt chi bộ … dành thời gian ít nhất 30 phút" — the regular meeting, alone or held
  // with the thematic one, keeps its Hồ Chí Minh study item.
  if (kind !== 'thematic' && !items.some((i) => i.kind === 'ho_chi_minh_study'))
    issues.push({ code: 'NO_STUDY_PART' });
  const firstBody = parts.findIndex((p) => p !== 'opening');
  if (firstBody >= 0 && parts.slice(firstBody).includes('opening'))
    issues.push({ code: 'OPENING_NOT_FIRST' });
  const lastBody = parts.findLastIndex((p) => p !== 'closing');
  if (parts.slice(0, lastBody + 1).includes('closing')) issues.push({ code: 'CLOSING_NOT_LAST' });
  const body = parts.filter((p) => p === 'thematic' || p === 'regular');
  if (kind === 'thematic') {
    if (body.includes('regular')) issues.push({ code: 'REGULAR_IN_THEMATIC_MEETING' });
    return issues;
  }
  if (kind === 'regular') {
    if (body.includes('thematic')) issues.push({ code: 'THEMATIC_IN_REGULAR_MEETING' });
    return issues;
  }
  // The body's runs: thematic and regular may each appear in one run only.
  const runs = body.filter((p, i) => i === 0 || body[i - 1] !== p);
  if (runs.length > 2 || new Set(runs).size !== runs.length) issues.push({ code: 'INTERLEAVED' });
  else if (runs.length === 2) {
    const expected = order === 'regular_first' ? ['regular', 'thematic'] : ['thematic', 'regular'];
    if (runs[0] !== expected[0]) issues.push({ code: 'ORDER_NOT_KEPT', order });
  }
  return issues;
}
