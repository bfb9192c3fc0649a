import { useEffect } from 'react';
import { textScale } from '#domain/accounts/text-size.ts';
import type { TextSize } from '../api/models.ts';
import { useMe } from '../app/session.ts';

/** Sets the root font size: Mantine sizes and spacing are in rem, so the whole layout grows with it. */
function applyTextSize(size: TextSize) {
  document.documentElement.style.fontSize = size === 'normal' ? '' : `${textScale(size) * 100}%`;
  document.documentElement.dataset.textSize = size;
}

/** Applies the account's text size as soon as it is known (issue 18: readability); normal when signed out. */
export function TextSizeSync() {
  const { data: me } = useMe();
  const size = me?.textSize ?? 'normal';
  useEffect(() => applyTextSize(size), [size]);
  return null;
}
