import { describe, expect, it } from 'vitest';
import { attendanceCounts } from './attendance.ts';
import { draftMinutes, type MinutesFacts, quotedSubject } from './minutes-draft.ts';

const facts: MinutesFacts = {
  cellName: 'Chi bộ Khoa Nội',
  place: 'Hội trường Khoa Nội',
  heldOn: '2026-11-20',
  startedAt: '2026-11-20T07:00:00.000Z',
  endedAt: '2026-11-20T08:35:00.000Z',
  kind: 'combined',
  topicTitle: 'Y đức',
  presenters: ['Lê Văn Tuấn'],
  chair: 'Trần Thị Hương',
  minuteTaker: 'Ngô Văn Bình',
  guests: [
    { fullName: 'Phạm Văn Đức', title: 'Phó Bí thư', unitName: 'Đảng ủy Bệnh viện', kind: 'delegate' },
  ],
  counts: attendanceCounts([
    { status: 'official', state: 'present' },
    { status: 'official', state: 'present' },
    { status: 'probationary', state: 'present' },
    { status: 'official', state: 'absent_excused' },
    { status: 'exempt', state: null },
  ]),
  absentees: [{ fullName: 'Hồ Thị Mai', excused: true, reason: 'Ốm' }],
  agenda: [
    { part: 'opening', kind: 'reason_and_delegates', title: null },
    { part: 'thematic', kind: 'discussion', title: 'Thảo luận về y đức' },
  ],
  speeches: [{ speaker: 'Đỗ Văn Hùng', note: 'Đề nghị bổ sung ví dụ.' }],
  conclusion: 'Thống nhất giải pháp.',
  votes: [{ subject: 'Nghị quyết chuyên đề', for: 3, against: 0, abstain: 0, base: 3, passed: true }],
  tasks: [{ title: 'Hoàn chỉnh chuyên đề', owner: 'Lê Văn Tuấn', dueOn: '2026-12-05' }],
};

describe('draftMinutes', () => {
  const text = draftMinutes(facts);

  it('opens with the date in words, the local time, the place and the kind of meeting', () => {
    expect(text.split('\n')[0]).toBe(
      'Hôm nay, ngày 20 tháng 11 năm 2026, vào lúc 14 giờ 00, tại Hội trường Khoa Nội, Chi bộ Khoa Nội tổ chức sinh hoạt thường kỳ kết hợp sinh hoạt chuyên đề: “Y đức”.',
    );
  });

  it('names the chair, the minute-taker, the delegates and the attendance with absentees and reasons', () => {
    expect(text).toContain('- Chủ trì: đồng chí Trần Thị Hương.');
    expect(text).toContain('- Thư ký: đồng chí Ngô Văn Bình.');
    expect(text).toContain('- Đại biểu: Phạm Văn Đức, Phó Bí thư, Đảng ủy Bệnh viện.');
    expect(text).toContain(
      '- Tổng số đảng viên: 5 (chính thức 3, dự bị 1, miễn sinh hoạt 1); có mặt 3/4 (75%); vắng có lý do 1; vắng không lý do 0.',
    );
    expect(text).toContain('  + Đồng chí Hồ Thị Mai: vắng có lý do (Ốm).');
  });

  it('lists the agenda with its own titles, each speech, the vote with its base, tasks and the closing time', () => {
    expect(text).toContain(
      'Phần mở đầu:\n1. Tuyên bố lý do, giới thiệu đại biểu.\nPhần sinh hoạt chuyên đề:\n2. Thảo luận về y đức.',
    );
    expect(text).toContain('- Đồng chí Đỗ Văn Hùng phát biểu: Đề nghị bổ sung ví dụ.');
    expect(text).toContain(
      '- Biểu quyết “Nghị quyết chuyên đề”: tán thành 3, không tán thành 0, không biểu quyết 0 trên tổng số 3 đảng viên được tính; được thông qua.',
    );
    expect(text).toContain('- Hoàn chỉnh chuyên đề: đồng chí Lê Văn Tuấn, hạn 05/12/2026.');
    expect(text.split('\n').at(-1)).toBe('Buổi sinh hoạt kết thúc vào lúc 15 giờ 35 cùng ngày.');
  });

  it('says so when nobody spoke and leaves blanks for what was not recorded', () => {
    const bare = draftMinutes({
      ...facts,
      speeches: [],
      conclusion: null,
      startedAt: null,
      chair: null,
      tasks: [],
    });
    expect(bare).toContain('- Không có ý kiến phát biểu.');
    expect(bare).toContain('vào lúc …');
    expect(bare).toContain('- Chủ trì: đồng chí ….');
    expect(bare).not.toContain('V. PHÂN CÔNG THỰC HIỆN');
  });

  it('writes down a draft that reached members less than three days before (seed 000, practice)', () => {
    const text = draftMinutes({
      ...facts,
      draftSentLate: { code: 'DRAFT_SENT_LATE', sentOn: '2026-11-19', days: 1, required: 3 },
    });
    expect(text).toContain(
      '- Lưu ý: dự thảo chuyên đề được gửi đến đảng viên ngày 19/11/2026, trước buổi sinh hoạt 1 ngày (ít hơn 3 ngày để đảng viên nghiên cứu, góp ý).',
    );
    expect(draftMinutes(facts)).not.toContain('Lưu ý: dự thảo');
  });

  it('names a regular meeting as such', () => {
    expect(draftMinutes({ ...facts, kind: 'regular', topicTitle: null })).toContain(
      'tổ chức sinh hoạt chi bộ thường kỳ.',
    );
  });

  it('shows the Hồ Chí Minh study clearly: its time flagged under 30 minutes, the evaluation, the new commitments', () => {
    const text = draftMinutes({
      ...facts,
      kind: 'regular',
      study: { minutes: 20, required: 30 },
      practice: {
        carried: [
          {
            text: 'Đi làm đúng giờ',
            owner: null,
            reviews: [{ note: 'Cả chi bộ thực hiện tốt', achieved: true }],
          },
          { text: 'Tiết kiệm điện', owner: 'Lê Văn Tuấn', reviews: [] },
        ],
        commitments: [{ text: 'Nói đi đôi với làm', owner: 'Lê Văn Tuấn' }],
      },
    });
    for (const line of [
      '- Học tập và làm theo tư tưởng, đạo đức, phong cách Hồ Chí Minh:',
      '  + Thời gian học tập: 20 phút.',
      '  + Lưu ý: chưa đủ thời gian tối thiểu 30 phút học tập theo hướng dẫn (mới 20 phút).',
      '  + Đánh giá việc làm theo “Đi làm đúng giờ” (tập thể chi bộ): Cả chi bộ thực hiện tốt — đã đạt kết quả, kết thúc.',
      '  + Đánh giá việc làm theo “Tiết kiệm điện” (đồng chí Lê Văn Tuấn): chưa đánh giá.',
      '  + Nội dung làm theo: Nói đi đôi với làm (đồng chí Lê Văn Tuấn).',
    ])
      expect(text.split('\n')).toContain(line);
    const enough = draftMinutes({ ...facts, study: { minutes: 30, required: 30 } });
    expect(enough).toContain('  + Thời gian học tập: 30 phút.');
    expect(enough).not.toContain('chưa đủ thời gian');
    expect(draftMinutes(facts)).not.toContain('Học tập và làm theo');
  });

  // Seed 002: "Tại phiên họp định kỳ đến kiểm tra đánh giá kết quả thực hiện".
  it('writes the check of the earlier meetings’ conclusions as a section of its own, before the presentation', () => {
    const text = draftMinutes({
      ...facts,
      checks: [
        {
          title: 'Vận động quỹ vì người nghèo',
          owner: 'Lê Văn Tuấn',
          assignedOn: '2026-10-20',
          status: 'done',
          note: 'Đủ 60 hộ',
        },
        {
          title: 'Vệ sinh khoa phòng',
          owner: null,
          assignedOn: '2026-10-20',
          status: 'not_done',
          note: 'Mưa',
        },
        { title: 'Tập huấn', owner: null, assignedOn: '2026-09-20', status: null, note: null },
      ],
    });
    expect(text).toContain(
      [
        'Kiểm tra việc thực hiện kết luận kỳ trước:',
        '  + Vận động quỹ vì người nghèo (đồng chí Lê Văn Tuấn, giao ngày 20/10/2026): Hoàn thành — Đủ 60 hộ.',
        '  + Vệ sinh khoa phòng (tập thể chi bộ, giao ngày 20/10/2026): Chưa hoàn thành, lý do: Mưa.',
        '  + Tập huấn (tập thể chi bộ, giao ngày 20/09/2026): chưa kiểm tra.',
      ].join('\n'),
    );
    expect(text.indexOf('Kiểm tra việc thực hiện')).toBeLessThan(text.indexOf('trình bày dự thảo'));
    expect(draftMinutes({ ...facts, checks: [] })).not.toContain('Kiểm tra việc thực hiện');
  });
});

describe('quotedSubject (issue 17: the vote line quotes its subject once)', () => {
  it('quotes a bare subject, keeps a quoted one and one quoting a title inside', () => {
    expect(quotedSubject('Thông qua nghị quyết')).toBe('“Thông qua nghị quyết”');
    expect(quotedSubject('“Thông qua nghị quyết”')).toBe('“Thông qua nghị quyết”');
    expect(quotedSubject('Thông qua nghị quyết “Học tập”')).toBe('Thông qua nghị quyết “Học tập”');
    expect(quotedSubject('"Kế hoạch"')).toBe('“Kế hoạch”');
  });
});
