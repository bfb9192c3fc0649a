/**
 * The reading size a person chooses for the interface (issue 18: "many members are older people reading
 * small screens"). *Practice*: three steps, as phones offer them — "Bình thường", "Lớn", "Rất lớn". The
 * choice is kept on the account, so it follows the person to another phone.
 */
export const TEXT_SIZES = ['normal', 'large', 'xlarge'] as const;
export type TextSize = (typeof TEXT_SIZES)[number];

export const DEFAULT_TEXT_SIZE: TextSize = 'normal';

/** The factor applied to the root font size (and so to every rem-based size and spacing). */
const SCALE: Record<TextSize, number> = { normal: 1, large: 1.125, xlarge: 1.25 };

export function textScale(size: TextSize): number {
  return SCALE[size];
}

/** A stored value read back from the database; anything unknown reads as the default. */
export function parseTextSize(value: unknown): TextSize {
  return (TEXT_SIZES as readonly unknown[]).includes(value) ? (value as TextSize) : DEFAULT_TEXT_SIZE;
}
