import { expect, test } from '@playwright/test';
import type { Me, Plan } from '../../web/src/api/models.ts';
import { call, signIn, watchedDevices } from '../support/e2e-session.ts';

// Issue 14: a member sees the bell count rise live when the secretary distributes a draft, and the
// notification opens the topic. Demo data: Chi bộ Khoa Nội (bithu.noi, secretary; chiuy.noi prepares;
// dangvien.noi reads). Other specs use its 2026–2029 and 2031 plans: this one makes its own 2030 plan through the API.
const YEAR = 2030;
const CELL = 'Chi bộ Khoa Nội';
const TOPIC = 'Nâng cao tinh thần thái độ phục vụ người bệnh tại Khoa Nội';

const device = watchedDevices();

const today = () => new Intl.DateTimeFormat('en-CA', { timeZone: 'Asia/Ho_Chi_Minh' }).format(new Date());

test('the secretary distributes a draft: the member’s bell rises live and opens the topic', async ({
  browser,
}) => {
  // The preparer: draft 1 of the quarter 1 topic of a new plan, saved and submitted.
  const preparer = await device(browser, { viewport: { width: 1024, height: 800 } });
  await signIn(preparer, 'chiuy.noi');
  const preparerMe = await call<Me>(preparer, 'GET', '/auth/me');
  const preparerId = preparerMe.person?.id ?? '';

  const secretary = await device(browser, { viewport: { width: 1280, height: 800 } });
  await signIn(secretary, 'bithu.noi');
  const cell =
    (await call<Me>(secretary, 'GET', '/auth/me')).units.find((u) => u.unitName === CELL)?.unitId ?? '';
  let plan = await call<Plan>(secretary, 'POST', `/orgs/${cell}/plans`, { year: YEAR });
  plan = await call<Plan>(secretary, 'PUT', `/plans/${plan.id}`, {
    legalBases: ['Hướng dẫn số 12-HD/BTCTW ngày 06/7/2018 của Ban Tổ chức Trung ương'],
    purpose: 'Nâng cao chất lượng sinh hoạt chi bộ.',
    topics: [1, 2, 3, 4].map((quarter) => ({
      title: quarter === 1 ? TOPIC : `Chuyên đề quý ${quarter} năm ${YEAR}`,
      kind: quarter === 2 ? 'ho_chi_minh' : 'other',
      quarter,
      preparerIds: [preparerId],
    })),
    expectedUpdatedAt: plan.updatedAt,
  });
  plan = await call<Plan>(secretary, 'POST', `/plans/${plan.id}/adopt`, { adoptedOn: today() });
  const topicId = plan.topics.find((t) => t.title === TOPIC)?.id ?? '';
  await call(preparer, 'POST', `/topics/${topicId}/versions`, {
    kind: 'draft',
    html: '<p>Thái độ phục vụ người bệnh của một số nhân viên còn chưa niềm nở.</p>',
    baseVersionId: null,
  });
  await call(preparer, 'POST', `/topics/${topicId}/submit`);
  await preparer.context().close();

  // The member is on the home page; the bell shows what is unread now.
  const member = await device(browser, { viewport: { width: 1280, height: 800 } });
  await signIn(member, 'dangvien.noi');
  const bell = member.getByTestId('notification-bell');
  await expect(bell).toBeVisible();
  const before = (await call<{ unread: number }>(member, 'GET', '/notifications')).unread;
  await expect(bell).toHaveAccessibleName(`Thông báo (${before} chưa đọc)`);

  // The secretary approves draft 1 on the topic's page: it goes to the members.
  await secretary.goto(`/topics/${topicId}`);
  const main = secretary.getByRole('main');
  await main.getByRole('button', { name: 'Thông qua dự thảo' }).click();
  const dialog = secretary.getByRole('dialog', { name: 'Thông qua dự thảo' });
  await dialog.getByRole('button', { name: 'Thông qua dự thảo' }).click();
  await expect(dialog).toBeHidden();
  await expect(main.getByTestId('topic-status')).toHaveText('Đang lấy ý kiến đảng viên');

  // Without a reload, the member's bell counts one more.
  await expect(bell).toHaveAccessibleName(`Thông báo (${before + 1} chưa đọc)`);
  await expect(member.getByTestId('notification-count')).toContainText(String(before + 1));

  // The list names the draft, unread; "Đánh dấu đã đọc tất cả" empties the count.
  await bell.click();
  const drawer = member.getByRole('dialog', { name: 'Thông báo' });
  const item = drawer.getByTestId('notification-item').first();
  await expect(item).toContainText(`Dự thảo chuyên đề “${TOPIC}” đã được gửi để đồng chí nghiên cứu, góp ý`);
  await expect(item).toContainText('Hạn góp ý:');
  await expect(item).toContainText(CELL);
  await expect(item).toHaveAttribute('data-unread', 'true');
  await drawer.getByRole('button', { name: 'Đánh dấu đã đọc tất cả' }).click();
  await expect(bell).toHaveAccessibleName('Thông báo (0 chưa đọc)');
  await expect(drawer.locator('[data-unread="true"]')).toHaveCount(0);

  // Opening it lands on the topic's page.
  await item.click();
  await expect(member).toHaveURL(new RegExp(`/topics/${topicId}$`));
  await expect(member.getByRole('heading', { name: TOPIC, level: 2 })).toBeVisible();

  // The settings page says e-mail is off on this server, and gives a private calendar address.
  await bell.click();
  await drawer.getByRole('link', { name: 'Cài đặt thông báo và lịch' }).click();
  await expect(member.getByRole('heading', { name: 'Cài đặt thông báo', level: 2 })).toBeVisible();
  await expect(member.getByTestId('email-off')).toContainText('chưa cấu hình máy chủ thư điện tử');
  // Web push waits for the server's keys (npm run cli -- vapid), which this server has not made.
  await expect(member.getByTestId('push-off')).toHaveText('Máy chủ chưa bật thông báo đẩy.');
  await member.getByRole('button', { name: 'Tạo địa chỉ lịch' }).click();
  const url = (await member.getByTestId('calendar-url').textContent()) ?? '';
  expect(url).toMatch(/\/api\/calendar\/[A-Za-z0-9_-]+\.ics$/);
  const feed = await member.request.get(url);
  expect(feed.status()).toBe(200);
  expect(await feed.text()).toContain('BEGIN:VCALENDAR');
  await member.getByRole('button', { name: 'Thu hồi địa chỉ lịch' }).click();
  await expect(member.getByTestId('calendar-status')).toHaveText('Chưa tạo địa chỉ lịch.');
  expect((await member.request.get(url)).status()).toBe(404);
});
