import { expect, test } from '@playwright/test';
import type { Me, Meeting, TopicPreparation } from '../../web/src/api/models.ts';
import { call, dayFromToday, signIn, topicWithDraftSent, watchedDevices } from '../support/e2e-session.ts';

// Issue 16, seed 001: "sinh hoạt chuyên đề mẫu". The ward's officer chooses Chi bộ Khoa Nội's thematic meeting
// as a model and invites Chi bộ Trường Mầm non Mỹ Hòa; its secretary finds the invitation on her home and opens
// it; after the meeting the officer records the lessons drawn and the topic is in the library with them.
//
// Demo data: Đảng ủy phường Mỹ Hòa (canbo.phuong, officer) → Đảng ủy Bệnh viện → Chi bộ Khoa Nội (bithu.noi,
// secretary; dangvien.noi prepares); Chi bộ Trường Mầm non Mỹ Hòa (bithu.mamnon) directly under the ward.
const YEAR = 2035;
const CELL = 'Chi bộ Khoa Nội';
const INVITED = 'Chi bộ Trường Mầm non Mỹ Hòa';
const PREPARER = 'Hoàng Văn Long'; // dangvien.noi
const TOPIC = 'Học tập và làm theo tư tưởng Hồ Chí Minh về tinh thần phục vụ người bệnh';
const PLACE = 'Hội trường Bệnh viện (tầng 1)';
const PURPOSE = 'Để các chi bộ học tập cách chuẩn bị dự thảo và điều hành thảo luận.';
const LESSONS = 'Dự thảo gửi sớm; mỗi đảng viên phát biểu gắn với nhiệm vụ của mình.';

const device = watchedDevices();

test('the officer designates a model meeting and invites; the invited secretary sees it; the lessons reach the library', async ({
  browser,
}) => {
  test.setTimeout(150_000);
  const secretary = await device(browser, { viewport: { width: 1280, height: 900 } });
  const preparer = await device(browser, { viewport: { width: 1024, height: 800 } });
  const officer = await device(browser, { viewport: { width: 1280, height: 900 } });
  const invited = await device(browser, { viewport: { width: 390, height: 844 }, isMobile: true });
  await signIn(secretary, 'bithu.noi');
  await signIn(preparer, 'dangvien.noi');
  await signIn(officer, 'canbo.phuong');
  await signIn(invited, 'bithu.mamnon');
  const me = await call<Me>(secretary, 'GET', '/auth/me');
  const cellId = me.units.find((u) => u.unitName === CELL)?.unitId ?? '';
  const invitedCellId =
    (await call<Me>(invited, 'GET', '/auth/me')).units.find((u) => u.unitName === INVITED)?.unitId ?? '';
  expect(cellId).not.toBe('');
  expect(invitedCellId).not.toBe('');

  // The topic's draft went to members, draft 2 approved; the meeting is today (through the API: their own specs).
  const topicId = await topicWithDraftSent(secretary, preparer, {
    cellId,
    year: YEAR,
    title: TOPIC,
    preparerName: PREPARER,
    draftHtml: '<p>Thực trạng thái độ phục vụ người bệnh tại khoa và giải pháp của chi bộ.</p>',
    commentDueOn: dayFromToday(1),
  });
  await call(secretary, 'POST', `/topics/${topicId}/close-comments`);
  const draft1 = await call<TopicPreparation>(preparer, 'POST', `/topics/${topicId}/start-draft2`);
  await call(preparer, 'POST', `/topics/${topicId}/versions`, {
    kind: 'draft',
    html: '<p>Dự thảo lần 2: tiếp thu ý kiến của đảng viên.</p>',
    baseVersionId: draft1.versions.filter((v) => v.kind === 'draft').at(-1)?.id ?? null,
  });
  await call(preparer, 'POST', `/topics/${topicId}/submit`);
  await call(secretary, 'POST', `/topics/${topicId}/approve`, {});
  const meeting = await call<Meeting>(secretary, 'POST', `/orgs/${cellId}/meetings`, {
    topicId,
    kind: 'thematic',
    heldOn: dayFromToday(0),
    startsAt: '23:00',
    place: PLACE,
  });

  // The officer opens the meeting page and chooses it as a model, inviting one cell.
  await officer.goto(`/meetings/${meeting.id}`);
  const main = officer.getByRole('main');
  await main.getByRole('button', { name: 'Chọn làm sinh hoạt mẫu' }).click();
  const dialog = officer.getByRole('dialog', { name: 'Chọn làm sinh hoạt mẫu' });
  await dialog.getByLabel('Mục đích').fill(PURPOSE);
  await dialog.getByLabel('Mời bí thư tất cả các chi bộ khác trong đảng bộ').uncheck();
  // The cell is searched on the server as the officer types, tones left out (issue 20).
  await dialog.getByRole('combobox', { name: 'Thêm chi bộ' }).fill('mam non');
  await officer.getByRole('option', { name: new RegExp(`^${INVITED}`) }).click();
  await expect(dialog.getByText(`${INVITED} — Đảng ủy phường Mỹ Hòa`)).toBeVisible();
  await dialog.getByRole('button', { name: 'Chọn và gửi lời mời' }).click();
  await expect(dialog).toBeHidden();
  await expect(main.getByTestId('model-meeting-badge')).toHaveText('Sinh hoạt chuyên đề mẫu');

  // The invited secretary finds it on her home ("Việc cần làm") and opens the invitation.
  await invited.goto('/');
  const item = invited
    .getByRole('main')
    .getByRole('link', { name: new RegExp(`Dự sinh hoạt chuyên đề mẫu của ${CELL}`) });
  await expect(item).toBeVisible();
  await item.click();
  await expect(invited).toHaveURL(new RegExp(`/model-meetings/${meeting.id}$`));
  const page = invited.getByRole('main');
  await expect(page.getByRole('heading', { name: TOPIC })).toBeVisible();
  await expect(page.getByTestId('model-meeting-when')).toContainText(PLACE);
  await expect(page.getByTestId('model-meeting-when')).toContainText(
    dayFromToday(0).split('-').reverse().join('/'),
  );
  await expect(page).toContainText(PURPOSE);
  await page.getByRole('button', { name: 'Đăng ký dự' }).click();
  await expect(page.getByTestId('model-meeting-observers')).toContainText(INVITED);
  // She reads the invitation, not the host cell's record.
  await expect(page.getByRole('link', { name: 'Mở trang buổi sinh hoạt' })).toHaveCount(0);

  // The meeting is held (its console has its own specs); the topic is presented.
  await call(secretary, 'POST', `/meetings/${meeting.id}/start`);
  await call(secretary, 'POST', `/meetings/${meeting.id}/end`);
  expect((await call<TopicPreparation>(secretary, 'GET', `/topics/${topicId}`)).status).toBe('presented');

  // The officer records the lessons drawn on the model meeting's page.
  await officer.goto(`/model-meetings/${meeting.id}`);
  await main.getByLabel('Những kinh nghiệm rút ra').fill(LESSONS);
  await main.getByRole('button', { name: 'Lưu và đưa vào thư viện' }).click();
  await expect(main.getByTestId('model-meeting-lessons')).toHaveText(LESSONS);
  await expect(main).toContainText('Chuyên đề đã vào thư viện chuyên đề mẫu của Đảng ủy phường Mỹ Hòa');

  // The invited cell's library shows the topic with its lessons.
  await invited.goto(`/units/${invitedCellId}?tab=plans`);
  const model = invited.getByRole('main').getByTestId('library-model').filter({ hasText: TOPIC });
  await expect(model).toBeVisible();
  await expect(model.getByTestId('library-lessons')).toContainText(LESSONS);
});
