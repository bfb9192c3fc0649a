import { expect, test } from '@playwright/test';
import type { Me, Meeting } from '../../web/src/api/models.ts';
import { call, dayFromToday, signIn, watchedDevices } from '../support/e2e-session.ts';

// Issue 15: the committee above attends cells' meetings (seed 000: "đại biểu cấp ủy cấp trên dự"). The ward's
// officer opens the ward's calendar of its cells' meetings, registers for Chi bộ Khoa Nội's meeting; the cell's
// secretary sees who is coming on the meeting page, and at the console marks the delegate present.
//
// Demo data: Đảng ủy phường Mỹ Hòa (canbo.phuong, officer: Khu phố 3's member) → Đảng ủy Bệnh viện → Chi bộ
// Khoa Nội (bithu.noi, secretary). The spec's own regular meeting is held (ended) today, like any other.
const CELL = 'Chi bộ Khoa Nội';
const WARD = 'Đảng ủy phường Mỹ Hòa';
const PLACE = 'Phòng họp giao ban Khoa Nội (tầng 3)';

const device = watchedDevices();

test('the ward officer registers from the calendar; the cell’s secretary sees the delegate and marks them present', async ({
  browser,
}) => {
  test.setTimeout(120_000);
  const secretary = await device(browser, { viewport: { width: 1280, height: 900 } });
  // The officer reads the calendar on a phone.
  const officer = await device(browser, { viewport: { width: 390, height: 844 }, isMobile: true });
  await signIn(secretary, 'bithu.noi');
  await signIn(officer, 'canbo.phuong');
  const me = await call<Me>(secretary, 'GET', '/auth/me');
  const cellId = me.units.find((u) => u.unitName === CELL)?.unitId ?? '';
  expect(cellId).not.toBe('');
  const heldOn = dayFromToday(6);
  const meeting = await call<Meeting>(secretary, 'POST', `/orgs/${cellId}/meetings`, {
    topicId: null,
    kind: 'regular',
    heldOn,
    startsAt: '07:30',
    place: PLACE,
  });
  await call(secretary, 'POST', `/meetings/${meeting.id}/notice`);

  // The officer opens the ward's unit page, then its calendar; the meeting's month is shown.
  const officerMe = await call<Me>(officer, 'GET', '/auth/me');
  const wardId = officerMe.units.find((u) => u.unitName === WARD)?.unitId ?? '';
  expect(wardId).not.toBe('');
  await officer.goto(`/units/${wardId}`);
  await officer.getByRole('main').getByRole('link', { name: 'Lịch sinh hoạt các chi bộ' }).click();
  await expect(officer).toHaveURL(new RegExp(`/committees/${wardId}/calendar$`));
  const page = officer.getByRole('main');
  await expect(page.getByRole('heading', { name: 'Lịch sinh hoạt của các chi bộ' })).toBeVisible();
  if (heldOn.slice(0, 7) !== dayFromToday(0).slice(0, 7))
    await page.getByRole('button', { name: 'Tháng sau' }).click();
  const [y, m] = heldOn.split('-');
  await expect(page.getByTestId('calendar-month')).toHaveText(`Tháng ${Number(m)}/${y}`);
  const day = page.getByTestId('calendar-day').filter({ hasText: heldOn.split('-').reverse().join('/') });
  const card = day.getByTestId('calendar-meeting').filter({ hasText: PLACE });
  await expect(card).toContainText(CELL);
  await expect(card).toContainText('07:30');
  await expect(card).toContainText('Chưa có đại biểu đăng ký dự');
  await card.getByRole('button', { name: 'Đăng ký dự' }).click();
  await expect(card.getByText('Đã đăng ký dự')).toBeVisible();
  await expect(card.getByTestId('calendar-delegates')).toContainText(`Đại biểu dự: `);
  await expect(card.getByTestId('calendar-delegates')).toContainText(WARD);
  await expect(card.getByRole('button', { name: 'Rút đăng ký' })).toBeVisible();
  const officerName =
    (await call<Meeting>(officer, 'GET', `/meetings/${meeting.id}`)).delegates[0]?.fullName ?? '';
  expect(officerName).not.toBe('');

  // The secretary is told, and the meeting page lists who is coming.
  await secretary.goto(`/meetings/${meeting.id}`);
  const delegates = secretary.getByRole('main').getByTestId('delegates');
  await expect(delegates.getByRole('heading', { name: 'Đại biểu cấp ủy cấp trên dự' })).toBeVisible();
  const row = delegates.getByTestId('delegate');
  await expect(row).toHaveCount(1);
  await expect(row).toContainText(officerName);
  await expect(row).toContainText(`Cán bộ · ${WARD}`);

  // At the console the secretary marks the delegate present (not typed in as a free-text guest).
  await call(secretary, 'POST', `/meetings/${meeting.id}/start`);
  await secretary.reload();
  const consoleRow = secretary.getByRole('main').getByTestId('delegates').getByTestId('delegate');
  await expect(consoleRow).toContainText(officerName);
  const present = consoleRow.getByRole('checkbox', { name: 'Có mặt' });
  await expect(present).not.toBeChecked();
  // The box follows the server's answer (a controlled checkbox): click, then wait for it.
  await present.click();
  await expect(present).toBeChecked();
  await expect(secretary.getByRole('main').getByTestId('guest')).toHaveCount(0);
  const after = await call<Meeting>(secretary, 'GET', `/meetings/${meeting.id}`);
  expect(after.delegates.map((d) => [d.fullName, d.present])).toEqual([[officerName, true]]);

  // The meeting ends: its record keeps the delegate for the minutes.
  await call(secretary, 'POST', `/meetings/${meeting.id}/end`);
});
