import { describe, expect, it } from 'vitest';
import { type NoticeDocumentData, noticeDocument } from './notice-document.ts';

const data: NoticeDocumentData = {
  cell: { name: 'Chi bộ Khu phố 3', place: 'Phường Bến Thành' },
  parent: { name: 'Đảng ủy phường Bến Thành' },
  number: 5,
  sentOn: '2026-12-01',
  heldOn: '2026-12-10',
  startsAt: '19:30',
  place: 'Nhà văn hóa khu phố 3',
  kind: 'thematic',
  topicTitle: 'Phòng chống tham nhũng, lãng phí',
  presenters: [],
  secretaryName: 'Nguyễn Thị Lan',
};
const texts = (d: NoticeDocumentData) =>
  noticeDocument(d).body.flatMap((b) => ('text' in b && typeof b.text === 'string' ? [b.text] : []));

describe('the notice’s “Thành phần”', () => {
  it('is the whole cell when no delegate registered', () => {
    expect(texts(data)).toContain('4. Thành phần: toàn thể đảng viên trong chi bộ.');
  });

  it('names the committees’ registered delegates (seed 000: "đại biểu cấp ủy cấp trên dự")', () => {
    const d = {
      ...data,
      delegates: [
        'Trần Văn Bình, Cán bộ, Đảng ủy phường Bến Thành',
        'Lê Thu, Cán bộ kiểm tra, Đảng ủy phường Bến Thành',
      ],
    };
    expect(texts(d)).toContain(
      '4. Thành phần: toàn thể đảng viên trong chi bộ; đại biểu cấp ủy cấp trên: đồng chí Trần Văn Bình, Cán bộ, Đảng ủy phường Bến Thành; đồng chí Lê Thu, Cán bộ kiểm tra, Đảng ủy phường Bến Thành.',
    );
  });
});
