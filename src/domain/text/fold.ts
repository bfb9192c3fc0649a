/**
 * Folds Vietnamese text for search that ignores tones and case: "Chỉnh Đốn" → "chinh don".
 * Unicode decomposition strips the tone marks but leaves đ/Đ, which are letters of their own.
 */
export function foldText(text: string): string {
  return text
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .replace(/đ/g, 'd')
    .replace(/Đ/g, 'D')
    .toLowerCase()
    .replace(/\s+/g, ' ')
    .trim();
}
