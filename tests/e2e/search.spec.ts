import { expect, test } from '@playwright/test';
import { signIn, watchedDevices } from '../support/e2e-session.ts';

// Issue 18, one search box: a member of Chi bộ Trường Mầm non Mỹ Hòa types words of the draft sent to her
// without tones in the header's box and finds the passage marked, opening the topic; on a phone the secretary of
// another cell (Khu phố 3) searches the same words from the results page and finds nothing of Mầm non.
const device = watchedDevices();
const WORDS = 'giao vien tre con cham';

test('a member finds a sentence of her cell’s draft without tones, marked; another cell finds nothing of it', async ({
  browser,
}) => {
  const member = await device(browser, { locale: 'vi-VN', viewport: { width: 1280, height: 900 } });
  await signIn(member, 'dangvien.mamnon');
  const box = member.getByRole('search', { name: 'Tìm kiếm' }).getByRole('textbox', { name: 'Tìm kiếm' });
  await box.fill(WORDS);
  await box.press('Enter');
  await expect(member).toHaveURL(/\/search\?q=giao\+vien|\/search\?q=giao%20vien/);
  await expect(member.getByRole('heading', { name: 'Tìm kiếm', level: 2 })).toBeVisible();
  const hit = member.getByTestId('search-hit').filter({ hasText: 'Dự thảo' }).first();
  await expect(hit).toContainText('Chi bộ Trường Mầm non Mỹ Hòa');
  await expect(hit).toContainText('giáo viên trẻ còn chậm');
  // Each word found is marked as written, tones and all ("con" also starts "Công": words are matched by their start).
  for (const word of ['giáo', 'viên', 'trẻ', 'còn', 'chậm'])
    await expect(
      hit
        .locator('mark')
        .filter({ hasText: new RegExp(`^${word}$`) })
        .first(),
    ).toBeVisible();
  await hit.getByRole('link').click();
  await expect(member).toHaveURL(/\/topics\//);

  const phone = await device(browser, {
    locale: 'vi-VN',
    viewport: { width: 360, height: 740 },
    isMobile: true,
  });
  await signIn(phone, 'bithu.khupho3');
  await phone.getByRole('link', { name: 'Tìm kiếm' }).click();
  await expect(phone).toHaveURL(/\/search$/);
  const field = phone.getByRole('main').getByRole('textbox', { name: 'Tìm kiếm' });
  await field.fill(WORDS);
  await field.press('Enter');
  await expect(phone.getByText(`Không tìm thấy kết quả cho “${WORDS}”.`)).toBeVisible();
  await expect(phone.getByTestId('search-hit')).toHaveCount(0);
  // The page fits the phone's width: nothing scrolls sideways.
  const overflow = await phone.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
  expect(overflow).toBeLessThanOrEqual(0);
});
