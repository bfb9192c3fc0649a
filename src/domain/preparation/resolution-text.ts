import { foldText } from '../text/fold.ts';

/**
 * The text of a resolution topic, as seed 003 lays out its draft ("Bước 2: Dự thảo Nghị quyết"):
 * "Tiến hành khảo sát đánh giá đúc kết đảm bảo khoa học, khách quan. Xác định: + Mục đích, yêu cầu nhiệm vụ đặt
 * ra. + Những giải pháp, cách tiến hành tổ chức thực hiện. + Dự báo những vướng mắc phát sinh và cách tháo gỡ.
 * + Tổ chức thực hiện, phân công nhiệm vụ đối với cán bộ đảng viên."
 *
 * The editor offers these five parts as the template of a resolution topic's draft (not seed 002's template of
 * a topic for discussion, which asks discussion questions): the situation surveyed, objectives and targets,
 * tasks and solutions, the obstacles foreseen and how to clear them, the organisation of implementation.
 */
export const RESOLUTION_TEMPLATE_PARTS = [
  'situation',
  'objectives',
  'solutions',
  'obstacles',
  'implementation',
] as const;
export type ResolutionTemplatePart = (typeof RESOLUTION_TEMPLATE_PARTS)[number];

/** A heading the resolution treats apart: the discussion questions (dropped), the organisation of implementation. */
export type ResolutionHeading = 'discussion_questions' | 'implementation';

/** Numbering before a heading's words: "4.", "IV.", "4)", "a)", "Phần 2:"… */
const NUMBERING = /^((phan|part)\s+)?([0-9]+|[ivxlc]+|[a-z])\s*[.):-]\s*/;

/**
 * What a heading of the draft is, read from its words (Vietnamese or English, any numbering, any case or tone
 * marks). Seed 002's draft of a topic for discussion has "Câu hỏi gợi ý thảo luận" (the demo's draft and the
 * editor's template): questions put to the members at the meeting, never decisions of the cell. "Tổ chức thực
 * hiện" opens seed 003's last part — only as the heading's first words: "Những giải pháp, cách tiến hành tổ
 * chức thực hiện" is the solutions part.
 */
export function resolutionHeadingOf(heading: string): ResolutionHeading | undefined {
  const words = foldText(heading).replace(NUMBERING, '');
  if (/cau hoi.*thao luan|goi y thao luan|discussion questions?|questions? for discussion/.test(words))
    return 'discussion_questions';
  if (/^(to chuc thuc hien|organi[sz]ation of (the )?implementation|implementation\b)/.test(words))
    return 'implementation';
  return undefined;
}

/** A top-level block of the draft: a heading (h2–h4, or a paragraph all in bold) with its rank, or body text. */
export interface TextBlock {
  heading: { level: number; text: string } | null;
}

/** Where a block goes in the resolution. */
export type ResolutionPart = 'body' | 'implementation' | 'dropped';

/**
 * Splits the draft for the issued resolution: its body (the situation and what the cell sets out to do) comes
 * before "CHI BỘ QUYẾT NGHỊ:", the organisation of implementation (from its heading on) after the decisions.
 * A discussion-questions section — its heading and everything up to the next heading of the same or a higher
 * rank (a smaller level), or up to the organisation of implementation — is dropped wherever it is: the discussion questions never reach the resolution.
 */
export function resolutionParts(blocks: readonly TextBlock[]): ResolutionPart[] {
  let dropLevel: number | null = null;
  let implementation = false;
  return blocks.map((block) => {
    const h = block.heading;
    if (h) {
      const kind = resolutionHeadingOf(h.text);
      // The organisation of implementation ends the questions whatever its rank (a bold line after an h2).
      if (dropLevel !== null && (h.level <= dropLevel || kind === 'implementation')) dropLevel = null;
      if (dropLevel === null) {
        if (kind === 'discussion_questions') dropLevel = h.level;
        else if (kind === 'implementation') implementation = true;
      }
    }
    if (dropLevel !== null) return 'dropped';
    return implementation ? 'implementation' : 'body';
  });
}
