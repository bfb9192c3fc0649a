import { expect, type Page, test } from '@playwright/test';
import { dayFromToday, signIn, watchedDevices } from '../support/e2e-session.ts';

const device = watchedDevices();

// Demo data: Chi bộ Khoa Nội and its secretary bithu.noi hold the cell's regular monthly meeting (seed 000: a
// thematic meeting does not replace it), with its Hồ Chí Minh study (seed 002: at least 30 minutes) and what
// the cell chooses to put into practice, evaluated at the next meeting.
const CELL = 'Chi bộ Khoa Nội';
const PLACE = 'Phòng giao ban Khoa Nội';
const STUDY = 'Học tập và làm theo tư tưởng, đạo đức, phong cách Hồ Chí Minh';
const COMMITMENT = 'Đi làm đúng giờ, tận tụy với người bệnh';
const REVIEW = 'Cả khoa thực hiện tốt, không còn đi muộn';

async function scheduleRegular(page: Page, heldOn: string) {
  const main = page.getByRole('main');
  await page.goto('/');
  await main.getByRole('link', { name: CELL }).first().click();
  await expect(page.getByRole('heading', { name: CELL, level: 2 })).toBeVisible();
  await page.getByRole('tab', { name: 'Sinh hoạt' }).click();
  await main.getByRole('button', { name: 'Lên lịch sinh hoạt' }).click();
  const dialog = page.getByRole('dialog', { name: 'Lên lịch sinh hoạt' });
  await dialog.getByRole('radio', { name: 'Sinh hoạt thường kỳ', exact: true }).check();
  await dialog.getByLabel('Ngày sinh hoạt').fill(heldOn.split('-').reverse().join('/'));
  await dialog.getByLabel('Giờ bắt đầu').fill('07:30');
  await dialog.getByLabel('Địa điểm').fill(PLACE);
  await dialog.getByRole('button', { name: 'Lên lịch', exact: true }).click();
  await expect(main.getByTestId('meeting-status')).toHaveText('Đã lên lịch');
  // Seed 002: every regular meeting evaluates last month's practice and studies Hồ Chí Minh's example.
  await expect(main.getByTestId('agenda')).toContainText(
    'Đánh giá kết quả học tập, làm theo của tập thể và cá nhân',
  );
  await expect(main.getByTestId('agenda')).toContainText(STUDY);
}

async function start(page: Page) {
  const main = page.getByRole('main');
  await main.getByRole('button', { name: 'Bắt đầu', exact: true }).click();
  const dialog = page.getByRole('dialog', { name: 'Bắt đầu buổi sinh hoạt' });
  await dialog.getByRole('button', { name: 'Bắt đầu', exact: true }).click();
  await expect(dialog).toBeHidden();
  await expect(main.getByTestId('meeting-status')).toHaveText('Đang diễn ra');
}

async function end(page: Page) {
  await page.getByRole('main').getByRole('button', { name: 'Kết thúc buổi sinh hoạt' }).click();
  await page
    .getByRole('dialog', { name: 'Kết thúc buổi sinh hoạt' })
    .getByRole('button', { name: 'Kết thúc buổi sinh hoạt' })
    .click();
  await expect(page.getByRole('main').getByTestId('meeting-status')).toHaveText('Đã kết thúc');
}

test('the secretary holds the regular meeting with its Hồ Chí Minh study; the commitment is evaluated next month', async ({
  browser,
}) => {
  test.setTimeout(120_000);
  const page = await device(browser, { viewport: { width: 1024, height: 800 } });
  const main = page.getByRole('main');
  await signIn(page, 'bithu.noi');

  // Last month's meeting (a meeting held in the past keeps its date).
  await scheduleRegular(page, dayFromToday(-30));
  await start(page);
  // The study is clocked: it ends far short of 30 minutes, and the console says so.
  await main.getByRole('button', { name: `Bắt đầu: ${STUDY}` }).click();
  await main.getByRole('button', { name: `Kết thúc: ${STUDY}` }).click();
  await expect(main.getByTestId('study-time-warning')).toContainText('chưa đủ 30 phút');
  // What the cell chooses to put into practice.
  const practice = main.getByTestId('practice');
  await practice.getByLabel('Nội dung làm theo').fill(COMMITMENT);
  await practice.getByRole('button', { name: 'Ghi nội dung làm theo' }).click();
  await expect(practice.getByTestId('commitment')).toContainText(`${COMMITMENT} · Tập thể chi bộ`);
  await end(page);
  // The minutes record the shortfall and the commitment, not only the screen.
  await expect(main.getByTestId('study-time-warning')).toBeVisible();
  await main.getByRole('button', { name: 'Tạo biên bản từ diễn biến' }).click();
  const text = main.getByLabel('Nội dung biên bản');
  await expect(text).toHaveValue(/tổ chức sinh hoạt chi bộ thường kỳ\./);
  await expect(text).toHaveValue(
    /\+ Lưu ý: chưa đủ thời gian tối thiểu 30 phút học tập theo hướng dẫn \(mới 0 phút\)\./,
  );
  await expect(text).toHaveValue(new RegExp(`\\+ Nội dung làm theo: ${COMMITMENT} \\(tập thể chi bộ\\)\\.`));

  // This month's meeting: the commitment is on its agenda for evaluation, found achieved and closed.
  await scheduleRegular(page, dayFromToday(3));
  await start(page);
  const carried = main.getByTestId('carried-commitment').filter({ hasText: COMMITMENT });
  await expect(carried).toBeVisible();
  await carried.getByLabel('Đánh giá tình hình, kết quả làm theo').fill(REVIEW);
  await carried.getByLabel('Đã đạt kết quả, kết thúc nội dung này').check();
  await carried.getByRole('button', { name: 'Ghi đánh giá' }).click();
  await expect(carried).toContainText(`${REVIEW} — Đã đạt kết quả`);
  await expect(carried.getByRole('button', { name: 'Ghi đánh giá' })).toHaveCount(0);
  await end(page);
  await main.getByRole('button', { name: 'Tạo biên bản từ diễn biến' }).click();
  await expect(main.getByLabel('Nội dung biên bản')).toHaveValue(
    new RegExp(
      `Đánh giá việc làm theo “${COMMITMENT}” \\(tập thể chi bộ\\): ${REVIEW} — đã đạt kết quả, kết thúc\\.`,
    ),
  );
});
