import type { SearchSegment } from '../../api/models.ts';

/** Text cut by the server into segments; the words matching the query in <mark>. Never HTML from the server. */
export function Marked({ segments }: { segments: SearchSegment[] }) {
  return (
    <>
      {segments.map((s, i) =>
        s.mark ? (
          // biome-ignore lint/suspicious/noArrayIndexKey: segments are a fixed cut of one text, never reordered.
          <mark key={i}>{s.text}</mark>
        ) : (
          // biome-ignore lint/suspicious/noArrayIndexKey: as above.
          <span key={i}>{s.text}</span>
        ),
      )}
    </>
  );
}
