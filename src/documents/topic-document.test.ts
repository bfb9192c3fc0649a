import { describe, expect, it } from 'vitest';
import { dispositionDocument } from './disposition-document.ts';
import { htmlToBlocks } from './html-blocks.ts';
import { topicDocument } from './topic-document.ts';

const cell = { name: 'Chi bộ Trường Mầm non Mỹ Hòa', place: 'Mỹ Hòa' };
const parent = { name: 'Đảng ủy phường Mỹ Hòa', place: null };

describe('htmlToBlocks', () => {
  it('keeps headings, indents paragraphs, numbers ordered lists and bullets the others', () => {
    expect(
      htmlToBlocks(
        '<h2>1. Thực trạng</h2><p>Ưu điểm <strong>nổi bật</strong>.</p><ol><li><p>Một</p></li><li><p>Hai</p></li></ol><ul><li><p>Ý</p></li></ul>',
      ),
    ).toEqual([
      { kind: 'heading', text: '1. Thực trạng' },
      { kind: 'paragraph', text: 'Ưu điểm nổi bật.', indent: true, italics: undefined },
      { kind: 'paragraph', text: '1. Một', indent: true },
      { kind: 'paragraph', text: '2. Hai', indent: true },
      { kind: 'paragraph', text: '- Ý', indent: true },
    ]);
  });

  it('sets quotations in italics, drops empty paragraphs and turns line breaks into spaces', () => {
    expect(htmlToBlocks('<blockquote><p>Lời dạy<br>của Bác</p></blockquote><p></p><p> </p>')).toEqual([
      { kind: 'paragraph', text: 'Lời dạy của Bác', indent: false, italics: true },
    ]);
  });

  it('decodes entities and keeps tables as tables', () => {
    expect(
      htmlToBlocks('<table><tr><th>Năm</th><th>Số</th></tr><tr><td>2025</td><td>1 &amp; 2</td></tr></table>'),
    ).toEqual([
      { kind: 'table', widths: [1, 1], header: ['Năm', 'Số'], rows: [{ cells: ['2025', '1 & 2'] }] },
    ]);
  });
});

describe('topicDocument', () => {
  const base = {
    title: 'Công tác phát triển đảng viên mới',
    year: 2026,
    quarter: 4,
    html: '<p>Nội dung.</p>',
    date: '2026-11-02',
    cell,
    parent,
    preparers: ['Lê Thị Hoa'],
  };

  it('marks a draft as such and sends it to members for comments', () => {
    const doc = topicDocument({ ...base, round: 'draft1' });
    expect(doc.type).toBe('Chuyên đề');
    expect(doc.summary).toBe(base.title);
    expect(doc.body[0]).toEqual({
      kind: 'paragraph',
      text: '(Dự thảo lần 1)',
      italics: true,
      align: 'center',
    });
    expect(doc.fileName).toBe('Chuyên đề - Công tác phát triển đảng viên mới - Dự thảo lần 1');
    expect(doc.recipients).toEqual(['- Đảng viên trong chi bộ (để nghiên cứu, góp ý);', '- Lưu chi bộ.']);
    expect(doc.header).toMatchObject({ issuingBody: cell.name, parentBody: parent.name, date: '2026-11-02' });
  });

  it('reports the finished topic to the committee above', () => {
    const doc = topicDocument({ ...base, round: 'final' });
    expect(doc.body[0]).toEqual({ kind: 'paragraph', text: 'Nội dung.', indent: true, italics: undefined });
    expect(doc.recipients[0]).toBe('- Đảng ủy phường Mỹ Hòa (để báo cáo);');
    expect(doc.signature).toEqual({ authority: null, title: 'NGƯỜI CHUẨN BỊ', name: 'Lê Thị Hoa' });
  });
});

describe('a finished resolution topic', () => {
  it('is the cell’s resolution: NQ number, the adopting vote, signed for the cell by the secretary', () => {
    const doc = topicDocument({
      title: 'Phát triển đảng viên mới',
      year: 2026,
      quarter: 4,
      round: 'final',
      html: '<p>1. Giới thiệu hai quần chúng ưu tú.</p>',
      date: '2026-12-20',
      cell,
      parent,
      preparers: ['Lê Thị Hoa'],
      resolution: {
        number: 2,
        secretaryName: 'Trần Ngọc Thảo',
        vote: { heldOn: '2026-12-10', for: 7, base: 8 },
      },
    });
    expect(doc.type).toBe('Nghị quyết');
    expect(doc.header.number).toBe('Số 02-NQ/CB');
    expect(doc.body.map((b) => ('text' in b ? b.text : ''))).toEqual([
      'Căn cứ Điều lệ Đảng Cộng sản Việt Nam;',
      'Căn cứ kết quả biểu quyết của chi bộ tại buổi sinh hoạt ngày 10 tháng 12 năm 2026 (7/8 đảng viên tán thành);',
      'CHI BỘ QUYẾT NGHỊ:',
      '1. Giới thiệu hai quần chúng ưu tú.',
    ]);
    expect(doc.signature).toEqual({ authority: 'T/M CHI BỘ', title: 'BÍ THƯ', name: 'Trần Ngọc Thảo' });
  });

  it('is an ordinary topic text while still a draft', () => {
    const doc = topicDocument({
      title: 'Phát triển đảng viên mới',
      year: 2026,
      quarter: 4,
      round: 'draft2',
      html: '<p>Nội dung.</p>',
      date: null,
      cell,
      parent,
      preparers: ['Lê Thị Hoa'],
      resolution: { number: null, secretaryName: null, vote: null },
    });
    expect(doc.type).toBe('Chuyên đề');
  });
});

describe('dispositionDocument', () => {
  it('lists each comment with its passage and answer, and sums them up', () => {
    const doc = dispositionDocument({
      title: 'Chuyên đề A',
      date: '2026-11-20',
      cell,
      parent,
      preparers: ['Lê Thị Hoa'],
      sentTo: 7,
      comments: [
        {
          personName: 'Trần Văn Bình',
          quote: 'còn chậm',
          body: 'Nêu số liệu.',
          disposition: 'accepted',
          explanation: null,
        },
        {
          personName: 'Trần Văn Bình',
          quote: null,
          body: 'Ngắn gọn hơn.',
          disposition: 'not_accepted',
          explanation: 'Đã đủ ngắn.',
        },
        { personName: 'Ngô Thị Lan', quote: null, body: 'Thêm ví dụ.', disposition: null, explanation: null },
      ],
    });
    expect(doc.body[0]).toMatchObject({
      text: 'Dự thảo lần 1 được gửi đến 7 đảng viên; đã nhận 3 ý kiến của 2 đồng chí.',
    });
    const table = doc.body[1];
    expect(table?.kind === 'table' && table.rows.map((r) => r.cells)).toEqual([
      ['1', 'Trần Văn Bình', 'Về đoạn “còn chậm”: Nêu số liệu.', 'Tiếp thu'],
      ['2', 'Trần Văn Bình', 'Ngắn gọn hơn.', 'Không tiếp thu. Đã đủ ngắn.'],
      ['3', 'Ngô Thị Lan', 'Thêm ví dụ.', 'Chưa tiếp thu, giải trình'],
    ]);
    expect(doc.body[2]).toMatchObject({
      text: 'Tổng hợp: tiếp thu 1; tiếp thu một phần 0; không tiếp thu 1; chưa tiếp thu, giải trình 1.',
    });
  });
});
