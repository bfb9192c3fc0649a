import { REVIEW_KIND_NAME, type ReviewKind } from '#domain/follow-up/review.ts';
import { TASK_STATE_NAME, type TaskCounts, type TaskState } from '#domain/follow-up/task-progress.ts';
import { documentNumber, type PartyDocument } from './party-document.ts';

/**
 * The interim (sơ kết) or final (tổng kết) review of a thematic resolution (seed 003, step 5): a report (BC)
 * to the committee above on how the resolution's tasks were carried out. Numbered when the cell issues it;
 * until then a draft with the number line blank.
 */
export interface ReviewDocumentData {
  kind: ReviewKind;
  number: number | null;
  date: string;
  cell: { name: string; place: string | null };
  parent: { name: string } | null;
  secretaryName: string | null;
  resolution: { title: string; number: number | null; issuedOn: string | null };
  texts: {
    results: string | null;
    shortcomings: string | null;
    lessons: string | null;
    nextSteps: string | null;
  };
  tasks: {
    title: string;
    owner: string | null;
    dueOn: string | null;
    state: TaskState;
    overdue: boolean;
    doneLate: boolean;
    lastReportedOn: string | null;
    lastNote: string | null;
  }[];
  counts: TaskCounts;
}

const ROMAN = ['I', 'II', 'III', 'IV', 'V', 'VI'];
const ddmmyyyy = (date: string) => date.split('-').reverse().join('/');

function resultOf(t: ReviewDocumentData['tasks'][number]): string {
  const parts = [TASK_STATE_NAME[t.state]];
  if (t.state === 'done' && t.lastReportedOn)
    parts[0] = `Hoàn thành ngày ${ddmmyyyy(t.lastReportedOn)}${t.doneLate ? ' (trễ hạn)' : ''}`;
  if (t.overdue) parts.push('quá hạn');
  if (t.lastNote) parts.push(t.lastNote);
  return parts.join('; ');
}

/** Paragraphs typed in a text box: one block a line, blank lines dropped. */
function paragraphs(text: string | null): PartyDocument['body'] {
  return (text ?? '')
    .split(/\r?\n/)
    .map((line) => line.trim())
    .filter((line) => line !== '')
    .map((line) => ({ kind: 'paragraph', text: line, indent: true, align: 'justify' }) as const);
}

export function reviewDocument(d: ReviewDocumentData): PartyDocument {
  const name = REVIEW_KIND_NAME[d.kind];
  const resolution = d.resolution.number
    ? `Nghị quyết ${documentNumber(d.resolution.number, 'NQ', 'cell').replace('Số', 'số')}${d.resolution.issuedOn ? `, ngày ${ddmmyyyy(d.resolution.issuedOn)}` : ''}`
    : 'Nghị quyết';
  const c = d.counts;
  const body: PartyDocument['body'] = [
    {
      kind: 'paragraph',
      indent: true,
      align: 'justify',
      text: `Thực hiện ${resolution} của ${d.cell.name} về “${d.resolution.title}”, chi bộ báo cáo ${name} việc thực hiện${d.resolution.issuedOn ? ` từ ngày ${ddmmyyyy(d.resolution.issuedOn)} đến ngày ${ddmmyyyy(d.date)}` : ''} như sau:`,
    },
  ];
  const sections: [string, PartyDocument['body']][] = [];
  const results: PartyDocument['body'] = [...paragraphs(d.texts.results)];
  results.push({
    kind: 'paragraph',
    indent: true,
    text: `Nghị quyết đề ra ${c.total} nhiệm vụ: hoàn thành ${c.done}; đang thực hiện ${c.inProgress}; chưa hoàn thành ${c.notDone}; chưa báo cáo ${c.open}${c.overdue ? `; quá hạn ${c.overdue}` : ''}.`,
  });
  if (d.tasks.length > 0)
    results.push({
      kind: 'table',
      // "Thời hạn" holds a date (dd/mm/yyyy) on one line at 12 pt.
      widths: [6, 33, 19, 17, 25],
      header: ['TT', 'Nhiệm vụ', 'Người thực hiện', 'Thời hạn', 'Kết quả'],
      rows: d.tasks.map((t, i) => ({
        cells: [String(i + 1), t.title, t.owner ?? 'Chi bộ', t.dueOn ? ddmmyyyy(t.dueOn) : '', resultOf(t)],
      })),
    });
  sections.push(['KẾT QUẢ THỰC HIỆN', results]);
  if (d.texts.shortcomings?.trim())
    sections.push(['HẠN CHẾ, KHUYẾT ĐIỂM VÀ NGUYÊN NHÂN', paragraphs(d.texts.shortcomings)]);
  if (d.texts.lessons?.trim()) sections.push(['BÀI HỌC KINH NGHIỆM', paragraphs(d.texts.lessons)]);
  if (d.texts.nextSteps?.trim())
    sections.push([
      d.kind === 'final' ? 'PHƯƠNG HƯỚNG, ĐỀ XUẤT, KIẾN NGHỊ' : 'PHƯƠNG HƯỚNG, NHIỆM VỤ THỜI GIAN TỚI',
      paragraphs(d.texts.nextSteps),
    ]);
  sections.forEach(([title, blocks], i) => {
    body.push({ kind: 'heading', text: `${ROMAN[i]}. ${title}` }, ...blocks);
  });
  const summary = `${name[0]?.toUpperCase()}${name.slice(1)} việc thực hiện ${resolution}`;
  return {
    fileName: `Báo cáo ${name} - ${d.resolution.title}`,
    header: {
      parentBody: d.parent?.name ?? null,
      issuingBody: d.cell.name,
      number: documentNumber(d.number, 'BC', 'cell'),
      place: d.cell.place ?? '',
      date: d.date,
    },
    type: 'Báo cáo',
    summary,
    body,
    signature: { authority: 'T/M CHI BỘ', title: 'BÍ THƯ', name: d.secretaryName },
    recipients: [
      ...(d.parent ? [`- ${d.parent.name} (để báo cáo);`] : []),
      '- Đảng viên trong chi bộ;',
      '- Lưu chi bộ.',
    ],
  };
}
