/**
 * Time of the Hồ Chí Minh study part. Seed 002: "Mỗi kỳ sinh hoạt chi bộ … dành thời gian ít nhất 30 phút
 * để sinh hoạt chuyên đề tư tưởng, đạo đức, phong cách Hồ Chí Minh".
 */
export const HO_CHI_MINH_MIN_MINUTES = 30;

export interface TimedItem {
  part: 'opening' | 'thematic' | 'regular' | 'closing';
  /** The agenda item's kind: `ho_chi_minh_study` is the regular meeting's study (agenda.ts). */
  kind?: string;
  /** ISO instants; an item not started or not ended has no time yet. */
  startedAt?: string | null;
  endedAt?: string | null;
}

function minutesOf(items: readonly TimedItem[], now: Date): number {
  let ms = 0;
  for (const item of items) {
    if (!item.startedAt) continue;
    const end = item.endedAt ? Date.parse(item.endedAt) : now.getTime();
    ms += Math.max(0, end - Date.parse(item.startedAt));
  }
  return Math.floor(ms / 60_000);
}

/** Whole minutes the thematic part has run, summed over its items (an item still running counts to now). */
export function thematicMinutes(items: readonly TimedItem[], now: Date = new Date()): number {
  return minutesOf(
    items.filter((i) => i.part === 'thematic'),
    now,
  );
}

/**
 * The items that are the meeting's Hồ Chí Minh study: the study items of its agenda (a regular meeting always
 * has one, agenda.ts); else, for a meeting on a Hồ Chí Minh topic, its thematic part. Other thematic meetings
 * have no floor (seed 002 speaks of "mỗi kỳ sinh hoạt chi bộ", the regular meetings). `undefined`: no study.
 */
export function studyItems(
  meetingKind: string,
  topicKind: string,
  items: readonly TimedItem[],
): TimedItem[] | undefined {
  const study = items.filter((i) => i.kind === 'ho_chi_minh_study');
  if (study.length > 0 || meetingKind === 'regular' || meetingKind === 'combined') return study;
  if (topicKind === 'ho_chi_minh') return items.filter((i) => i.part === 'thematic');
  return undefined;
}

/** Whole minutes of the study so far (0 when its items never ran), or null for a meeting without one. */
export function studyMinutes(
  meetingKind: string,
  topicKind: string,
  items: readonly TimedItem[],
  now: Date = new Date(),
): number | null {
  const study = studyItems(meetingKind, topicKind, items);
  return study ? minutesOf(study, now) : null;
}

/** Recorded study minutes under the floor: flagged in the minutes and the meeting's report (seed 002). */
export function isStudyShort(minutes: number | null): boolean {
  return minutes !== null && minutes < HO_CHI_MINH_MIN_MINUTES;
}

export type StudyTimeWarning = { code: 'HO_CHI_MINH_UNDER_30'; minutes: number; required: number };

/**
 * The warning the console shows once the study part is over (all its items ended), or the chair is closing
 * it, with less than the required time.
 */
export function studyTimeWarning(
  meetingKind: string,
  topicKind: string,
  items: readonly TimedItem[],
  now: Date = new Date(),
): StudyTimeWarning | undefined {
  const study = studyItems(meetingKind, topicKind, items);
  if (!study || study.length === 0 || !study.every((i) => i.endedAt)) return undefined;
  const minutes = minutesOf(study, now);
  return isStudyShort(minutes)
    ? { code: 'HO_CHI_MINH_UNDER_30', minutes, required: HO_CHI_MINH_MIN_MINUTES }
    : undefined;
}
