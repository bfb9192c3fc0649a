import { romanQuarter } from '#domain/dates/vietnamese-date.ts';
import { PLAN_STEPS, type PlanStep } from '#domain/plans/plan-schedule.ts';
import { documentNumber, type PartyDocument, type TableRow } from './party-document.ts';

export interface PlanDocumentData {
  year: number;
  number: number | null;
  adoptedOn: string | null;
  cell: { name: string; place: string | null };
  parent: { name: string; place: string | null } | null;
  legalBases: string[];
  purpose: string | null;
  requirements: string | null;
  organisation: string | null;
  topics: {
    title: string;
    workContent: string | null;
    quarter: number;
    preparers: string[];
    steps: { step: PlanStep; dueMonth: number; responsible: string | null; note: string | null }[];
  }[];
  secretaryName: string | null;
}

// The wording of seed 000's section III table.
const STEP_TEXT: Record<PlanStep, string> = {
  outline: 'Chuẩn bị đề cương',
  draft1: 'Xây dựng dự thảo lần 1',
  comments: 'Lấy ý kiến tham gia',
  draft2: 'Tiếp thu, hoàn chỉnh dự thảo lần 2',
  meeting: 'Tổ chức sinh hoạt chuyên đề',
};

/** The annual plan (Kế hoạch sinh hoạt chuyên đề năm N) in the shape of seeds 000 and 004. */
export function planDocument(d: PlanDocumentData): PartyDocument {
  const topics = [...d.topics].sort((a, b) => a.quarter - b.quarter);
  const body: PartyDocument['body'] = [];
  for (const basis of d.legalBases) body.push({ kind: 'paragraph', text: `Căn cứ ${basis};`, italics: true });
  body.push({
    kind: 'paragraph',
    text: `${d.cell.name} xây dựng kế hoạch sinh hoạt chuyên đề năm ${d.year} như sau:`,
  });

  body.push({ kind: 'heading', text: 'I. MỤC ĐÍCH, YÊU CẦU' });
  body.push({ kind: 'heading', text: '1. Mục đích' });
  body.push({ kind: 'paragraph', text: d.purpose ?? '' });
  body.push({ kind: 'heading', text: '2. Yêu cầu' });
  body.push({ kind: 'paragraph', text: d.requirements ?? '' });

  body.push({ kind: 'heading', text: 'II. NỘI DUNG SINH HOẠT CHUYÊN ĐỀ' });
  topics.forEach((t, i) => {
    body.push({
      kind: 'paragraph',
      text: `Quý ${romanQuarter(t.quarter)} — Chuyên đề ${i + 1}: ${t.title}`,
      bold: true,
    });
    if (t.workContent) body.push({ kind: 'paragraph', text: t.workContent });
  });

  body.push({ kind: 'heading', text: 'III. PHÂN CÔNG VÀ THỜI GIAN THỰC HIỆN' });
  const rows: TableRow[] = [];
  topics.forEach((t, i) => {
    rows.push({ cells: [`Chuyên đề ${i + 1} (Quý ${romanQuarter(t.quarter)}): ${t.title}`], spanning: true });
    const steps = [...t.steps].sort((a, b) => PLAN_STEPS.indexOf(a.step) - PLAN_STEPS.indexOf(b.step));
    steps.forEach((s, k) => {
      rows.push({
        cells: [
          String(k + 1),
          STEP_TEXT[s.step],
          `Tháng ${s.dueMonth}/${d.year}`,
          s.responsible ?? (s.step === 'meeting' ? 'Chi bộ' : t.preparers.join(', ')),
          s.note ?? '',
        ],
      });
    });
  });
  body.push({
    kind: 'table',
    widths: [1, 6, 3, 4, 3],
    header: ['TT', 'Nội dung thực hiện', 'Thời gian', 'Người thực hiện', 'Ghi chú'],
    rows,
  });

  body.push({ kind: 'heading', text: 'IV. TỔ CHỨC THỰC HIỆN' });
  body.push({ kind: 'paragraph', text: d.organisation ?? '' });

  return {
    fileName: `Kế hoạch sinh hoạt chuyên đề năm ${d.year} - ${d.cell.name}`,
    header: {
      parentBody: d.parent?.name ?? null,
      issuingBody: d.cell.name,
      number: documentNumber(d.number, 'KH', 'cell'),
      place: d.cell.place ?? d.parent?.place ?? '',
      date: d.adoptedOn,
    },
    type: 'Kế hoạch',
    summary: `Sinh hoạt chuyên đề năm ${d.year}`,
    body,
    signature: { authority: 'T/M CHI BỘ', title: 'BÍ THƯ', name: d.secretaryName },
    recipients: [
      ...(d.parent ? [`- ${d.parent.name} (để báo cáo);`] : []),
      '- Đảng viên trong chi bộ;',
      '- Lưu chi bộ.',
    ],
  };
}
