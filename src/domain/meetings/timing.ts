/**
 * Time of the Hồ Chí Minh study part. Seed 002: "Mỗi kỳ sinh hoạt chi bộ … dành thời gian ít nhất 30 phút
 * để sinh hoạt chuyên đề tư tưởng, đạo đức, phong cách Hồ Chí Minh".
 */
export const HO_CHI_MINH_MIN_MINUTES = 30;

export interface TimedItem {
  part: 'opening' | 'thematic' | 'regular' | 'closing';
  /** ISO instants; an item not started or not ended has no time yet. */
  startedAt?: string | null;
  endedAt?: string | null;
}

/** Whole minutes the thematic part has run, summed over its items (an item still running counts to now). */
export function thematicMinutes(items: readonly TimedItem[], now: Date = new Date()): number {
  let ms = 0;
  for (const item of items) {
    if (item.part !== 'thematic' || !item.startedAt) continue;
    const end = item.endedAt ? Date.parse(item.endedAt) : now.getTime();
    ms += Math.max(0, end - Date.parse(item.startedAt));
  }
  return Math.floor(ms / 60_000);
}

export type StudyTimeWarning = { code: 'HO_CHI_MINH_UNDER_30'; minutes: number; required: number };

/**
 * The warning the console shows once the thematic part of a Hồ Chí Minh topic is over, or the chair is
 * closing it, with less than the required time. Other topics have no floor.
 */
export function studyTimeWarning(
  topicKind: string,
  items: readonly TimedItem[],
  now: Date = new Date(),
): StudyTimeWarning | undefined {
  if (topicKind !== 'ho_chi_minh') return undefined;
  const thematic = items.filter((i) => i.part === 'thematic');
  const finished = thematic.length > 0 && thematic.every((i) => i.endedAt);
  if (!finished) return undefined;
  const minutes = thematicMinutes(items, now);
  return minutes < HO_CHI_MINH_MIN_MINUTES
    ? { code: 'HO_CHI_MINH_UNDER_30', minutes, required: HO_CHI_MINH_MIN_MINUTES }
    : undefined;
}
