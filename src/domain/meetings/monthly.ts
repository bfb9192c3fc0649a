/**
 * Seed 000: "Việc tổ chức sinh hoạt chuyên đề không thay thế sinh hoạt chi bộ thường xuyên" — a month in which
 * the cell held a thematic meeting but no regular one (alone or combined with the thematic part) is flagged on
 * the minute book. Cancelled meetings count for nothing.
 */
export interface BookMeeting {
  heldOn: string;
  kind: 'thematic' | 'combined' | 'regular';
  status: 'scheduled' | 'in_progress' | 'ended' | 'cancelled';
}

/** The months ('YYYY-MM', in order) with a thematic meeting and no regular meeting. */
export function monthsWithoutRegular(meetings: readonly BookMeeting[]): string[] {
  const thematic = new Set<string>();
  const regular = new Set<string>();
  for (const m of meetings) {
    if (m.status === 'cancelled') continue;
    const month = m.heldOn.slice(0, 7);
    (m.kind === 'thematic' ? thematic : regular).add(month);
  }
  return [...thematic].filter((month) => !regular.has(month)).sort();
}
