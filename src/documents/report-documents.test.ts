import { describe, expect, it } from 'vitest';
import { minutesDocument } from './minutes-document.ts';
import { type MeetingReportData, meetingReport, periodReport } from './report-documents.ts';

const unit = {
  cell: { name: 'Chi bộ Khoa Dược', place: 'Mỹ Hòa' },
  parent: { name: 'Đảng ủy Bệnh viện' },
  secretaryName: 'Trần Thị Hương',
  today: '2026-11-23',
};

describe('periodReport', () => {
  const base = {
    ...unit,
    year: 2026,
    topics: [
      { quarter: 3, title: 'A', preparers: ['Lê Văn Tuấn'], stepsDone: 5, overdue: [], final: true },
      {
        quarter: 4,
        title: 'B',
        preparers: ['Ngô Văn Bình'],
        stepsDone: 1,
        overdue: ['draft1' as const, 'comments' as const],
        final: false,
      },
    ],
    meetings: [
      { heldOn: '2026-09-10', topicTitle: 'A', present: 9, expected: 10, minutesNumber: 3 },
      { heldOn: '2026-10-15', topicTitle: null, present: 6, expected: 10, minutesNumber: null },
    ],
    members: [
      { name: 'Lê Văn Tuấn', meetings: 2, present: 2, absentExcused: 0, absentUnexcused: 0, spoke: 1 },
    ],
    monthsWithoutRegular: [] as string[],
    tasks: {
      counts: { total: 3, done: 1, inProgress: 1, notDone: 0, open: 1, overdue: 1 },
      overdue: [{ title: 'Lắp camera', owner: null, dueOn: '2026-09-30' }],
    },
  };

  it('sums up the year: topics, meetings, finished topics, overdue steps, average attendance', () => {
    const doc = periodReport({ ...base, quarter: null });
    expect(doc.summary).toBe('Kết quả thực hiện kế hoạch sinh hoạt chuyên đề năm 2026');
    expect(doc.body[1]).toMatchObject({
      text: 'Kế hoạch năm 2026 có 2 chuyên đề; chi bộ đã tổ chức 2 buổi sinh hoạt chuyên đề; 1 chuyên đề đã hoàn chỉnh sau sinh hoạt; còn 2 bước quá hạn.',
    });
    const topics = doc.body[2];
    expect(topics?.kind === 'table' && topics.rows[1]?.cells[3]).toBe(
      '1/5 bước; quá hạn: dự thảo lần 1, lấy ý kiến',
    );
    expect(doc.body[4]).toMatchObject({ text: 'Tỷ lệ đảng viên dự sinh hoạt bình quân: 75%.' });
    const meetings = doc.body[5];
    expect(meetings?.kind === 'table' && meetings.rows.map((r) => r.cells)).toEqual([
      ['10/09/2026', 'A', '9/10', '03-BB/CB'],
      ['15/10/2026', 'Sinh hoạt chuyên đề', '6/10', 'Chưa ký'],
    ]);
    expect(doc.body.some((b) => b.kind === 'heading' && b.text === 'IV. THAM GIA CỦA ĐẢNG VIÊN')).toBe(true);
    expect(doc.header.number).toBe('Số       -BC/CB');
  });

  it('names a quarter in Roman numerals and leaves the members’ table to the year', () => {
    const doc = periodReport({ ...base, quarter: 4 });
    expect(doc.summary).toBe('Kết quả thực hiện kế hoạch sinh hoạt chuyên đề quý IV năm 2026');
    expect(doc.body.some((b) => b.kind === 'heading' && b.text.startsWith('IV.'))).toBe(false);
  });

  it('reports how the assignments of the period stand, naming the overdue ones', () => {
    const doc = periodReport({ ...base, quarter: 3 });
    expect(doc.body).toContainEqual(
      expect.objectContaining({
        text: 'Các buổi sinh hoạt trong kỳ giao 3 nhiệm vụ: hoàn thành 1; đang thực hiện 1; chưa hoàn thành 0; chưa báo cáo kết quả 1; quá hạn 1.',
      }),
    );
    const overdue = doc.body.find((b) => b.kind === 'table' && b.header[0] === 'Nhiệm vụ quá hạn');
    expect(overdue?.kind === 'table' && overdue.rows.map((r) => r.cells)).toEqual([
      ['Lắp camera', 'Chi bộ', '30/09/2026'],
    ]);
  });

  it('flags the months with a thematic meeting and no regular one (seed 000), and only then', () => {
    const flagged = periodReport({ ...base, quarter: 3, monthsWithoutRegular: ['2026-09'] });
    expect(flagged.body).toContainEqual({
      kind: 'paragraph',
      indent: true,
      text: 'Lưu ý: tháng 9/2026 có sinh hoạt chuyên đề nhưng không sinh hoạt chi bộ thường kỳ; sinh hoạt chuyên đề không thay thế sinh hoạt chi bộ thường xuyên.',
    });
    const quiet = periodReport({ ...base, quarter: 3 });
    expect(JSON.stringify(quiet.body)).not.toContain('không sinh hoạt chi bộ thường kỳ');
  });

  it('says so when no meeting was held', () => {
    const doc = periodReport({
      ...base,
      quarter: 1,
      topics: [],
      meetings: [],
      members: [],
      tasks: { counts: { total: 0, done: 0, inProgress: 0, notDone: 0, open: 0, overdue: 0 }, overdue: [] },
    });
    expect(doc.body).toContainEqual({
      kind: 'paragraph',
      indent: true,
      text: 'Trong kỳ chưa tổ chức buổi sinh hoạt chuyên đề nào.',
    });
    expect(doc.body).toContainEqual(
      expect.objectContaining({ text: 'Các buổi sinh hoạt trong kỳ không giao nhiệm vụ nào.' }),
    );
  });
});

describe('meetingReport', () => {
  const meeting: MeetingReportData = {
    ...unit,
    topicTitle: 'Văn hóa công sở',
    heldOn: '2026-10-15',
    startsAt: '14:00',
    startedAt: null,
    place: 'Hội trường',
    chair: 'Trần Thị Hương',
    minuteTaker: 'Lê Văn Tuấn',
    delegates: [],
    presenters: ['Ngô Văn Bình'],
    preparation: null,
    counts: { total: 10, present: 9, expected: 10, absentExcused: 1, absentUnexcused: 0, rate: 0.9 },
    kind: 'thematic',
    thematicMinutes: 60,
    study: null,
    speeches: 4,
    conclusion: 'Chi bộ thống nhất.',
    votes: [],
    tasks: [],
    evaluation: null,
  };

  it('adds the secretary’s evaluation, part by part, only the parts written', () => {
    const doc = meetingReport({
      ...meeting,
      evaluation: {
        preparer: 'Chuẩn bị công phu.\nSố liệu cụ thể.',
        result: null,
        lessons: 'Gửi dự thảo sớm hơn.',
      },
    });
    const at = doc.body.findIndex((b) => b.kind === 'heading' && b.text === 'IV. NHẬN XÉT, ĐÁNH GIÁ');
    expect(doc.body.slice(at + 1).map((b) => b.kind === 'paragraph' && b.text)).toEqual([
      '1. Đối với đảng viên được phân công chuẩn bị chuyên đề',
      'Chuẩn bị công phu.',
      'Số liệu cụ thể.',
      '2. Rút kinh nghiệm cho những buổi sinh hoạt tiếp theo',
      'Gửi dự thảo sớm hơn.',
    ]);
  });

  const conduct = (d: MeetingReportData) =>
    meetingReport(d).body.find((b) => b.kind === 'paragraph' && b.text.startsWith('Chi bộ tổ chức'));

  it('gives the time the meeting actually started, as the minutes record it, not the scheduled one', () => {
    // 07:20 UTC is 14:20 in Việt Nam.
    expect(conduct({ ...meeting, startedAt: '2026-10-15T07:20:00.000Z' })).toMatchObject({
      text: expect.stringContaining('lúc 14 giờ 20, ngày 15 tháng 10 năm 2026'),
    });
    expect(conduct(meeting)).toMatchObject({ text: expect.stringContaining('lúc 14 giờ 00') });
  });

  it('has no evaluation section before the secretary writes one', () => {
    expect(meetingReport(meeting).body.some((b) => b.kind === 'heading' && b.text.startsWith('IV.'))).toBe(
      false,
    );
  });

  it('flags a Hồ Chí Minh study under 30 minutes (seed 002), for a regular meeting too', () => {
    const texts = (d: MeetingReportData) =>
      meetingReport(d).body.flatMap((b) => (b.kind === 'paragraph' ? [b.text] : []));
    const regular = texts({
      ...meeting,
      kind: 'regular',
      topicTitle: null,
      study: { minutes: 20, required: 30 },
    });
    expect(regular).toContain(
      'Phần học tập và làm theo tư tưởng, đạo đức, phong cách Hồ Chí Minh: 20 phút; chưa đủ thời gian tối thiểu 30 phút theo hướng dẫn.',
    );
    expect(regular.some((t) => t.startsWith('Chi bộ tổ chức sinh hoạt chi bộ thường kỳ lúc'))).toBe(true);
    expect(regular).toContain('có 4 lượt ý kiến phát biểu.');
    const enough = texts({ ...meeting, study: { minutes: 35, required: 30 } });
    expect(enough).toContain(
      'Phần học tập và làm theo tư tưởng, đạo đức, phong cách Hồ Chí Minh: 35 phút (bảo đảm thời gian tối thiểu 30 phút theo hướng dẫn).',
    );
    expect(texts(meeting).some((t) => t.startsWith('Phần học tập'))).toBe(false);
  });

  // Seed 002: "Tại phiên họp định kỳ đến kiểm tra đánh giá kết quả thực hiện" — the check reaches the committee.
  it('reports the check of the earlier meetings’ conclusions before the results, only when there was one', () => {
    const doc = meetingReport({
      ...meeting,
      checks: [
        {
          title: 'Rà soát thiết bị',
          owner: null,
          assignedOn: '2026-03-10',
          status: 'in_progress',
          note: null,
        },
      ],
    });
    const texts = doc.body.flatMap((b) => (b.kind === 'heading' || b.kind === 'paragraph' ? [b.text] : []));
    const at = texts.indexOf('Kiểm tra việc thực hiện kết luận kỳ trước:');
    expect(at).toBeGreaterThan(texts.indexOf('II. TỔ CHỨC SINH HOẠT'));
    expect(texts[at + 1]).toBe('- Rà soát thiết bị (tập thể chi bộ, giao ngày 10/03/2026): Đang thực hiện.');
    expect(at).toBeLessThan(texts.indexOf('III. KẾT QUẢ'));
    expect(
      meetingReport({ ...meeting, checks: [] }).body.some(
        (b) => 'text' in b && b.text.startsWith('Kiểm tra'),
      ),
    ).toBe(false);
  });
});

describe('minutesDocument', () => {
  it('sets the check of the earlier meetings’ conclusions apart as a section of the minute book', () => {
    const doc = minutesDocument({
      cell: { name: 'Chi bộ Khoa Nội', place: 'Hà Nội' },
      parent: null,
      heldOn: '2026-04-10',
      topicTitle: null,
      number: null,
      text: 'III. DIỄN BIẾN\nKiểm tra việc thực hiện kết luận kỳ trước:\n  + Rà soát thiết bị (tập thể chi bộ, giao ngày 10/03/2026): Hoàn thành.',
      chair: null,
      minuteTaker: null,
      signed: false,
      textHash: null,
      addenda: [],
    });
    expect(doc.body).toContainEqual({
      kind: 'paragraph',
      text: 'Kiểm tra việc thực hiện kết luận kỳ trước:',
      bold: true,
    });
  });
});
