import { TASK_STATE_NAME, type TaskState } from '#domain/follow-up/task-progress.ts';
import type { PartyDocument, TableRow } from './party-document.ts';

export interface ScorecardData {
  year: number;
  member: { name: string; status: 'official' | 'probationary' | 'exempt' | 'transferred_out' | 'staff' };
  cell: { name: string; place: string | null };
  parent: { name: string } | null;
  secretaryName: string | null;
  today: string;
  meetings: { held: number; present: number; absentExcused: number; absentUnexcused: number; spoke: number };
  drafts: { received: number; opened: number; commentedOn: number; comments: number };
  /** Each topic the member prepared, with the secretary's evaluation of the preparers once written. */
  topics: { title: string; status: string; remark: string | null }[];
  tasks: { title: string; dueOn: string | null; state: TaskState; doneLate: boolean }[];
}

const STATUS: Record<ScorecardData['member']['status'], string> = {
  official: 'đảng viên chính thức',
  probationary: 'đảng viên dự bị',
  exempt: 'đảng viên được miễn sinh hoạt',
  transferred_out: 'đảng viên chuyển sinh hoạt tạm thời',
  staff: 'cán bộ, nhân viên',
};

/**
 * A member's participation in the year's thematic meetings, for the year-end review (bình xét thi đua,
 * seed 001: "chất lượng tham gia … là một tiêu chí đánh giá"): what the record shows, with room for the
 * cell's assessment. Scoring against a committee's rubric belongs to the evaluation feature.
 */
export function scorecardDocument(d: ScorecardData): PartyDocument {
  const m = d.meetings;
  const rate = m.held ? `${Math.round((m.present / m.held) * 100)}%` : '—';
  const rows: TableRow[] = [
    {
      cells: [
        '1',
        'Dự sinh hoạt chuyên đề',
        `${m.present}/${m.held} buổi (${rate}); vắng có lý do ${m.absentExcused}; vắng không lý do ${m.absentUnexcused}`,
      ],
    },
    { cells: ['2', 'Phát biểu, thảo luận tại sinh hoạt', `${m.spoke} lượt`] },
    {
      cells: [
        '3',
        'Nghiên cứu, góp ý dự thảo chuyên đề',
        `Nhận ${d.drafts.received} văn bản, đã đọc ${d.drafts.opened}; góp ý ${d.drafts.comments} ý kiến vào ${d.drafts.commentedOn} dự thảo`,
      ],
    },
    {
      cells: [
        '4',
        'Chuẩn bị chuyên đề được phân công',
        d.topics.length
          ? d.topics
              .map((t) => `${t.title} (${t.status})${t.remark ? `. Nhận xét của bí thư: ${t.remark}` : ''}`)
              .join('; ')
          : 'Không được phân công',
      ],
    },
    {
      cells: [
        '5',
        'Nhiệm vụ được giao tại sinh hoạt',
        d.tasks.length
          ? d.tasks
              .map(
                (t) =>
                  `${t.title}${t.dueOn ? ` (hạn ${t.dueOn.split('-').reverse().join('/')})` : ''}: ${TASK_STATE_NAME[t.state].toLowerCase()}${t.doneLate ? ' (trễ hạn)' : ''}`,
              )
              .join('; ')
          : 'Không có',
      ],
    },
  ];
  return {
    fileName: `Bảng tổng hợp tham gia sinh hoạt chuyên đề năm ${d.year} - ${d.member.name}`,
    header: {
      parentBody: d.parent?.name ?? null,
      issuingBody: d.cell.name,
      // A record for the year-end review, not an issued document: no number.
      number: '',
      place: d.cell.place ?? '',
      date: d.today,
    },
    type: 'Bảng tổng hợp',
    summary: `Kết quả tham gia sinh hoạt chuyên đề năm ${d.year} của đồng chí ${d.member.name}`,
    body: [
      { kind: 'paragraph', indent: true, text: `Họ và tên: ${d.member.name}, ${STATUS[d.member.status]}.` },
      { kind: 'table', widths: [1, 6, 10], header: ['TT', 'Nội dung', 'Kết quả'], rows },
      { kind: 'heading', text: 'Nhận xét, đánh giá của chi bộ' },
      // Lines for the cell's hand-written assessment, from margin to margin.
      { kind: 'dotted' },
      { kind: 'dotted' },
      { kind: 'dotted' },
    ],
    signature: { authority: 'T/M CHI BỘ', title: 'BÍ THƯ', name: d.secretaryName },
    recipients: ['- Đảng viên;', '- Lưu chi bộ.'],
  };
}
