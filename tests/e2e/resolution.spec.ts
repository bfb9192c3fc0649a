import { expect, test } from '@playwright/test';
import type { Me, Meeting, Plan, ResolutionState, TopicPreparation } from '../../web/src/api/models.ts';
import { call, signIn, watchedDevices } from '../support/e2e-session.ts';

// Seed 003, "Vài vấn đề trao đổi về các cuộc họp chi bộ ra nghị quyết chuyên đề": the draft resolution in its five
// parts (Bước 2), its decisions "CHI BỘ QUYẾT NGHỊ:" voted one by one at the meeting ("Đảng viên thảo luận và
// biểu quyết", Bước 4); seed 001: the committee approves it last, then the secretary issues it. The adopted
// decisions are the tasks; the discussion questions never reach the resolution.
//
// Demo data: Chi bộ Khoa Nội (bithu.noi, secretary; dangvien.noi, member; chiuy.noi, committee member). The other
// specs use its plans of 2026–2028: this one makes its own 2031 plan.
const YEAR = 2031;
const CELL = 'Chi bộ Khoa Nội';
const PREPARER = 'Hoàng Văn Long'; // dangvien.noi
const TITLE = 'Nghị quyết chuyên đề về rút ngắn thời gian chờ nhập viện';
const FIRST = 'Bố trí thêm giường lưu trong các tháng cao điểm';
const SECOND = 'Mở thêm một buồng khám vào buổi chiều';
const QUESTION = 'Vì sao người bệnh phải chờ lâu?';

const device = watchedDevices();

const today = () => new Intl.DateTimeFormat('en-CA', { timeZone: 'Asia/Ho_Chi_Minh' }).format(new Date());

const lastDraft = (prep: TopicPreparation) =>
  prep.versions.filter((v) => v.kind === 'draft').at(-1)?.id ?? null;

test('decisions written with the draft, voted one by one at the meeting, approved last, issued as numbered', async ({
  browser,
}) => {
  test.setTimeout(120_000);
  const secretary = await device(browser, { viewport: { width: 1280, height: 900 } });
  await signIn(secretary, 'bithu.noi');
  const me = await call<Me>(secretary, 'GET', '/auth/me');
  const cellId = me.units.find((u) => u.unitName === CELL)?.unitId ?? '';

  // The secretary's plan with one resolution topic for the member (the plan specs walk those screens).
  let plan = await call<Plan>(secretary, 'POST', `/orgs/${cellId}/plans`, { year: YEAR });
  const preparerId = plan.people.find((p) => p.fullName === PREPARER)?.id ?? '';
  const others = plan.people.filter((p) => p.fullName !== PREPARER).map((p) => p.id);
  // One topic a quarter (seed 001); the first is the resolution.
  const titles = [
    TITLE,
    'Học tập và làm theo Bác về tinh thần phục vụ',
    'Phòng, chống tiêu cực',
    'Sinh hoạt chi bộ',
  ];
  plan = await call<Plan>(secretary, 'PUT', `/plans/${plan.id}`, {
    legalBases: ['Hướng dẫn số 12-HD/BTCTW ngày 06/7/2018 của Ban Tổ chức Trung ương'],
    purpose: 'Nâng cao chất lượng sinh hoạt chi bộ.',
    topics: titles.map((title, i) => ({
      title,
      kind: i === 0 ? 'resolution' : i === 1 ? 'ho_chi_minh' : 'other',
      quarter: i + 1,
      preparerIds: [i === 0 ? preparerId : (others[i] ?? preparerId)],
    })),
    expectedUpdatedAt: plan.updatedAt,
  });
  plan = await call<Plan>(secretary, 'POST', `/plans/${plan.id}/adopt`, { adoptedOn: today() });
  const topicId = plan.topics.find((t) => t.title === TITLE)?.id ?? '';

  // The preparer: seed 003's template (no discussion questions), then the decisions, each with who and by when.
  const page = await device(browser, { viewport: { width: 1280, height: 900 } });
  const main = page.getByRole('main');
  await signIn(page, 'dangvien.noi');
  await page.goto(`/topics/${topicId}`);
  const draft = main.getByTestId('draft');
  await draft.getByRole('button', { name: 'Chèn mẫu dự thảo' }).click();
  const editor = draft.getByRole('textbox', { name: 'Nội dung dự thảo' });
  for (const heading of [
    '1. Tình hình (kết quả khảo sát, đánh giá)',
    '2. Mục tiêu, chỉ tiêu',
    '3. Nhiệm vụ, giải pháp',
    '4. Dự báo vướng mắc phát sinh và cách tháo gỡ',
    '5. Tổ chức thực hiện (ai làm, làm gì, đến khi nào)',
  ])
    await expect(editor.getByRole('heading', { name: heading })).toBeVisible();
  await expect(editor).not.toContainText('Câu hỏi gợi ý thảo luận');
  await draft.getByRole('button', { name: 'Lưu dự thảo' }).click();
  await expect(draft.getByText('Đã lưu mọi thay đổi')).toBeVisible();

  const section = main.getByTestId('resolution');
  await expect(section.getByRole('heading', { name: 'Chi bộ quyết nghị' })).toBeVisible();
  const form = section.getByTestId('decision-form');
  await form.getByLabel('Nội dung quyết nghị').fill(FIRST);
  await form.getByLabel('Người thực hiện').selectOption({ label: PREPARER });
  await form.getByLabel('Thời hạn').fill(`${YEAR}-06-30`);
  await form.getByRole('button', { name: 'Thêm quyết nghị' }).click();
  await expect(section.getByTestId('decision')).toHaveCount(1);
  await form.getByLabel('Nội dung quyết nghị').fill(SECOND);
  await form.getByRole('button', { name: 'Thêm quyết nghị' }).click();
  const decisions = section.getByTestId('decision');
  await expect(decisions).toHaveCount(2);
  await expect(decisions.nth(0)).toContainText(`1. ${FIRST}`);
  await expect(decisions.nth(0)).toContainText(`${PREPARER} · hạn 30/06/${YEAR}`);
  await expect(decisions.nth(1)).toContainText(`2. ${SECOND}`);
  await expect(decisions.nth(1)).toContainText('Toàn thể chi bộ');
  await expect(decisions.nth(1).getByTestId('decision-state')).toHaveText('Chưa biểu quyết');

  // Draft 1 to members, draft 2 approved, the meeting under way: through the API (their own specs walk them).
  let prep = await call<TopicPreparation>(page, 'POST', `/topics/${topicId}/submit`);
  await call(secretary, 'POST', `/topics/${topicId}/approve`, {
    commentDueOn: new Date(Date.now() + 7 * 86_400_000).toISOString().slice(0, 10),
  });
  await call(secretary, 'POST', `/topics/${topicId}/close-comments`);
  prep = await call<TopicPreparation>(page, 'POST', `/topics/${topicId}/start-draft2`);
  prep = await call<TopicPreparation>(page, 'POST', `/topics/${topicId}/versions`, {
    kind: 'draft',
    html: '<h3>1. Tình hình</h3><p>Thời gian chờ nhập viện còn dài.</p><h3>5. Tổ chức thực hiện</h3><p>Chi ủy đôn đốc.</p>',
    baseVersionId: lastDraft(prep),
  });
  await call(page, 'POST', `/topics/${topicId}/submit`);
  await call(secretary, 'POST', `/topics/${topicId}/approve`, {});
  const meeting = await call<Meeting>(secretary, 'POST', `/orgs/${cellId}/meetings`, {
    topicId,
    kind: 'thematic',
    heldOn: `${YEAR}-03-20`,
    startsAt: '08:00',
    place: 'Phòng giao ban Khoa Nội',
  });
  await call(secretary, 'POST', `/meetings/${meeting.id}/start`);
  const roll = (await call<Meeting>(secretary, 'GET', `/meetings/${meeting.id}`)).attendance.filter(
    (a) => a.memberStatus === 'official' || a.memberStatus === 'probationary',
  );
  for (const a of roll)
    await call(secretary, 'PUT', `/meetings/${meeting.id}/attendance/${a.personId}`, { state: 'present' });
  const officials = roll.filter((a) => a.memberStatus === 'official').length;

  // At the meeting the console lists the numbered decisions; the cell votes on each.
  const smain = secretary.getByRole('main');
  await secretary.goto(`/meetings/${meeting.id}`);
  const toVote = smain.getByTestId('meeting-decision');
  await expect(toVote).toHaveCount(2);
  await expect(toVote.nth(0)).toContainText(`1. ${FIRST}`);
  const vote = async (n: number, forVotes: number) => {
    await toVote
      .nth(n - 1)
      .getByRole('button', { name: `Biểu quyết quyết nghị ${n}` })
      .click();
    const voteForm = smain.getByTestId('vote-form');
    await expect(voteForm.getByLabel('Nội dung biểu quyết')).toHaveValue(
      `Quyết nghị ${n}: ${n === 1 ? FIRST : SECOND}`,
    );
    await voteForm.getByLabel('Tán thành', { exact: true }).fill(String(forVotes));
    await voteForm.getByLabel('Không tán thành', { exact: true }).fill(String(officials - forVotes));
    await voteForm.getByRole('button', { name: 'Ghi kết quả biểu quyết' }).click();
    await expect(voteForm).toHaveCount(0);
  };
  await vote(1, officials);
  await expect(toVote.nth(0).getByTestId('decision-state')).toHaveText('Đã thông qua');
  // The adopted decision is a task of the meeting at once, as voted: no re-typing.
  const tasks = smain.getByTestId('tasks');
  await expect(tasks.getByTestId('task').filter({ hasText: FIRST })).toContainText(PREPARER);
  await vote(2, 1);
  await expect(toVote.nth(1).getByTestId('decision-state')).toHaveText('Không thông qua');
  await expect(tasks.getByTestId('task')).toHaveCount(1);
  await expect(toVote.nth(0).getByRole('button', { name: 'Biểu quyết quyết nghị 1' })).toHaveCount(0);
  await call(secretary, 'POST', `/meetings/${meeting.id}/end`);

  // The preparer completes the text — a discussion-questions section left in by mistake — and sends it up.
  prep = await call<TopicPreparation>(page, 'GET', `/topics/${topicId}`);
  await call(page, 'POST', `/topics/${topicId}/versions`, {
    kind: 'draft',
    html: [
      '<h3>1. Tình hình</h3><p>Thời gian chờ nhập viện còn dài vào các tháng cao điểm.</p>',
      `<h3>4. Câu hỏi gợi ý thảo luận</h3><p>${QUESTION}</p>`,
      '<h3>5. Tổ chức thực hiện</h3><p>Chi ủy đôn đốc, kiểm tra hằng tháng.</p>',
    ].join(''),
    baseVersionId: lastDraft(prep),
  });
  await call(page, 'POST', `/topics/${topicId}/finalise`);

  // Before the final approval, the topic page says what is missing.
  await secretary.goto(`/topics/${topicId}`);
  const state = smain.getByTestId('resolution-state');
  // A meeting started early is held on the day it started.
  const heldOn = (await call<Meeting>(secretary, 'GET', `/meetings/${meeting.id}`)).heldOn;
  await expect(state.getByTestId('resolution-vote')).toHaveText(
    `Biểu quyết tại buổi sinh hoạt ngày ${heldOn.split('-').reverse().join('/')}: ${officials}/${officials} đảng viên tán thành.`,
  );
  await expect(state.getByTestId('resolution-missing')).toHaveText(
    'Chưa ban hành được: chi ủy chưa duyệt lần cuối bản hoàn chỉnh.',
  );
  const states = smain.getByTestId('resolution').getByTestId('decision-state');
  await expect(states).toHaveText(['Đã thông qua', 'Không thông qua']);

  const committee = await device(browser, { viewport: { width: 1280, height: 900 } });
  await signIn(committee, 'chiuy.noi');
  await call(committee, 'POST', `/topics/${topicId}/approve`, {});

  await secretary.reload();
  await expect(state.getByTestId('resolution-approval')).toContainText('Chi ủy đã duyệt lần cuối ngày');
  await expect(state.getByTestId('resolution-missing')).toHaveCount(0);
  await smain.getByRole('button', { name: 'Ban hành Nghị quyết' }).click();
  const issuing = secretary.getByRole('dialog', { name: 'Ban hành nghị quyết' });
  await issuing.getByRole('button', { name: 'Ban hành nghị quyết' }).click();
  await expect(issuing).toBeHidden();
  await expect(smain.getByTestId('topic-status')).toHaveText('Đã hoàn chỉnh và ban hành');
  const issued = await call<ResolutionState>(secretary, 'GET', `/topics/${topicId}/resolution`);
  expect(issued.missing).toBe('ALREADY_ISSUED');

  // The resolution as printed: "CHI BỘ QUYẾT NGHỊ:" with the adopted decision numbered, who and by when; the
  // failed decision and the discussion questions are not in it.
  await secretary.goto(`/api/topics/${topicId}/document?format=html`);
  const body = secretary.locator('body');
  await expect(body).toContainText('NGHỊ QUYẾT');
  await expect(body).toContainText('CHI BỘ QUYẾT NGHỊ:');
  await expect(body).toContainText(
    `1. ${FIRST}. Người thực hiện: đồng chí ${PREPARER}; thời hạn: 30/06/${YEAR}.`,
  );
  await expect(body).toContainText('Chi ủy đôn đốc, kiểm tra hằng tháng.');
  await expect(body).not.toContainText(SECOND);
  await expect(body).not.toContainText('Câu hỏi gợi ý thảo luận');
  await expect(body).not.toContainText(QUESTION);
  const text = (await body.innerText()).replace(/\s+/g, ' ');
  expect(text.indexOf('Thời gian chờ nhập viện')).toBeLessThan(text.indexOf('CHI BỘ QUYẾT NGHỊ:'));
  expect(text.indexOf(`1. ${FIRST}`)).toBeLessThan(text.indexOf('5. Tổ chức thực hiện'));

  await committee.context().close();
  await secretary.context().close();
  await page.context().close();
});
