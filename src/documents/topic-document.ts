import { vietnameseDate } from '#domain/dates/vietnamese-date.ts';
import { htmlToBlocks } from './html-blocks.ts';
import { type Block, documentNumber, type PartyDocument, withoutRepeatedTitle } from './party-document.ts';
import { resolutionText } from './resolution-text.ts';

export interface TopicDocumentData {
  title: string;
  year: number;
  quarter: number;
  /** Which text: a draft for members to study, or the finished topic after the meeting. */
  round: 'draft1' | 'draft2' | 'final';
  html: string;
  /** The day of the text: approval of a draft, issue of the final topic. */
  date: string | null;
  cell: { name: string; place: string | null };
  parent: { name: string; place: string | null } | null;
  preparers: string[];
  /**
   * A resolution topic, finished (seed 003): it is issued as the cell's resolution (Nghị quyết, "NQ"),
   * signed for the cell by the secretary, with the vote that adopted it.
   */
  resolution?: {
    number: number | null;
    secretaryName: string | null;
    vote: AdoptingVote | null;
    /**
     * The decisions the cell adopted by its votes, in their order (seed 003): what, who (null: the whole cell),
     * by when, and the vote that adopted each. Empty for a resolution issued before decisions were recorded.
     */
    decisions?: {
      text: string;
      ownerName: string | null;
      dueOn: string | null;
      vote: AdoptingVote | null;
    }[];
  };
}

interface AdoptingVote {
  heldOn: string;
  for: number;
  base: number;
}

const ROUND_LABEL: Record<TopicDocumentData['round'], string | null> = {
  draft1: 'Dự thảo lần 1',
  draft2: 'Dự thảo lần 2',
  final: null,
};

/**
 * The topic's text (seed 002: "Chuyên đề"), headed by the cell in party style. Drafts say so above the
 * text and go to members to study and comment; the finished topic also goes to the committee above
 * (seed 000: reported upward).
 */
export function topicDocument(d: TopicDocumentData): PartyDocument {
  if (d.round === 'final' && d.resolution) return resolutionDocument(d, d.resolution);
  const label = ROUND_LABEL[d.round];
  const body: PartyDocument['body'] = [];
  if (label) body.push({ kind: 'paragraph', text: `(${label})`, italics: true, align: 'center' });
  body.push(...withoutRepeatedTitle(htmlToBlocks(d.html), d.title));
  return {
    fileName: `Chuyên đề - ${d.title}${label ? ` - ${label}` : ''}`,
    header: {
      parentBody: d.parent?.name ?? null,
      issuingBody: d.cell.name,
      // A topic is studied, not issued under a number.
      number: '',
      place: d.cell.place ?? d.parent?.place ?? '',
      date: d.date,
    },
    type: 'Chuyên đề',
    summary: d.title,
    body,
    signature: { authority: null, title: 'NGƯỜI CHUẨN BỊ', name: d.preparers.join(', ') || null },
    recipients:
      d.round === 'final'
        ? [
            ...(d.parent ? [`- ${d.parent.name} (để báo cáo);`] : []),
            '- Đảng viên trong chi bộ (để nghiên cứu, thực hiện);',
            '- Lưu chi bộ.',
          ]
        : ['- Đảng viên trong chi bộ (để nghiên cứu, góp ý);', '- Lưu chi bộ.'],
    // A draft for comments is not issued: no date, "DỰ THẢO" (one rule for every kind).
    draft: d.round !== 'final',
  };
}

const ddmmyyyy = (date: string) => date.split('-').reverse().join('/');

const VOTE_BASIS = (heldOn: string) =>
  `Căn cứ kết quả biểu quyết của chi bộ tại buổi sinh hoạt ${vietnameseDate(heldOn)}`;
const tally = (v: AdoptingVote) => `${v.for}/${v.base} đảng viên tán thành`;

/** One adopted decision, numbered: what, who carries it out, by when (and its own tally when they differ). */
function decisionLine(
  n: number,
  d: NonNullable<NonNullable<TopicDocumentData['resolution']>['decisions']>[number],
  withTally: boolean,
): Block {
  const what = d.text.trim().replace(/[.;:,\s]+$/, '');
  const who = d.ownerName ? `đồng chí ${d.ownerName}` : 'toàn thể chi bộ';
  const parts = [`Người thực hiện: ${who}`];
  if (d.dueOn) parts.push(`thời hạn: ${ddmmyyyy(d.dueOn)}`);
  if (withTally && d.vote) parts.push(tally(d.vote));
  return { kind: 'paragraph', text: `${n}. ${what}. ${parts.join('; ')}.`, indent: true };
}

/**
 * The cell's resolution (Nghị quyết, seeds 001 and 003): its bases ("Căn cứ …"), the text's body — the situation
 * surveyed and what the cell sets out to do — then "CHI BỘ QUYẾT NGHỊ:" and the decisions the cell adopted,
 * numbered 1., 2., … with who carries each out and by when, then the organisation of implementation. The
 * discussion questions of a draft never reach it (resolution-text.ts). A resolution issued before decisions
 * were recorded keeps its text under "CHI BỘ QUYẾT NGHỊ:" as it was issued.
 */
function resolutionDocument(
  d: TopicDocumentData,
  r: NonNullable<TopicDocumentData['resolution']>,
): PartyDocument {
  const body: PartyDocument['body'] = [
    { kind: 'paragraph', text: 'Căn cứ Điều lệ Đảng Cộng sản Việt Nam;', italics: true },
  ];
  const parts = resolutionText(d.html);
  const text = { ...parts, body: withoutRepeatedTitle(parts.body, d.title) };
  const decisions = r.decisions ?? [];
  const votes = decisions.flatMap((x) => (x.vote ? [x.vote] : []));
  const latest = votes
    .map((v) => v.heldOn)
    .sort()
    .at(-1);
  // One tally in the bases when every decision had the same; otherwise each decision carries its own.
  const sameTally = votes.every((v) => v.for === votes[0]?.for && v.base === votes[0]?.base);
  if (decisions.length > 0 && latest) {
    const first = votes[0];
    body.push({
      kind: 'paragraph',
      italics: true,
      text: `${VOTE_BASIS(latest)}${sameTally && first ? ` (${tally(first)})` : ''};`,
    });
  } else if (r.vote)
    body.push({ kind: 'paragraph', italics: true, text: `${VOTE_BASIS(r.vote.heldOn)} (${tally(r.vote)});` });
  if (decisions.length > 0) {
    body.push(...text.body);
    body.push({ kind: 'paragraph', text: 'CHI BỘ QUYẾT NGHỊ:', bold: true, align: 'center' });
    body.push(...decisions.map((x, i) => decisionLine(i + 1, x, !sameTally)));
    body.push(...text.implementation);
  } else {
    body.push({ kind: 'paragraph', text: 'CHI BỘ QUYẾT NGHỊ:', bold: true, align: 'center' });
    body.push(...text.body, ...text.implementation);
  }
  return {
    fileName: `Nghị quyết - ${d.title}`,
    header: {
      parentBody: d.parent?.name ?? null,
      issuingBody: d.cell.name,
      number: documentNumber(r.number, 'NQ', 'cell'),
      place: d.cell.place ?? d.parent?.place ?? '',
      date: d.date,
    },
    type: 'Nghị quyết',
    summary: d.title,
    body,
    signature: { authority: 'T/M CHI BỘ', title: 'BÍ THƯ', name: r.secretaryName },
    recipients: [
      ...(d.parent ? [`- ${d.parent.name} (để báo cáo);`] : []),
      '- Đảng viên trong chi bộ (để thực hiện);',
      '- Lưu chi bộ.',
    ],
  };
}
