import type { Page } from '@playwright/test';
import { signIn } from '../support/e2e-session.ts';
import { expect, test } from '../support/page-errors.ts';

const WARD = 'Đảng ủy phường Mỹ Hòa';
const HOSPITAL = 'Đảng ủy Bệnh viện Đa khoa khu vực Mỹ Hòa';
const NGOAI = 'Chi bộ Khoa Ngoại';

test.beforeEach(async ({ page }) => {
  await page.addInitScript(() => window.localStorage.setItem('chuyende.locale', 'vi'));
});

/** The numbers of the counts per plan state at the top (the first six badges: none yet, then each status). */
async function stateCounts(page: Page) {
  const badges = page.getByRole('main').getByTestId('status-counts').locator('.mantine-Badge-root');
  const texts = (await badges.allInnerTexts()).slice(0, 6);
  expect(texts).toHaveLength(6);
  return texts.map((text) => Number(/: (\d+)$/.exec(text.trim())?.[1] ?? Number.NaN));
}

for (const device of ['desktop', 'phone'] as const) {
  test(`the ward's officer sees the hospital committee rolled up and drills down to its cell (${device})`, async ({
    page,
  }) => {
    if (device === 'phone') await page.setViewportSize({ width: 390, height: 844 });
    const main = page.getByRole('main');
    await signIn(page, 'canbo.phuong');
    if (device === 'phone') await page.goto('/plans?year=2026');
    else {
      await page.getByRole('link', { name: 'Kế hoạch', exact: true }).click();
      await main.getByLabel('Năm', { exact: true }).selectOption('2026');
    }

    // The ward: its own cells, and a row per committee under it with the number of its cells (issue 20).
    const committees = main.getByTestId('committee-row');
    const hospital = committees.filter({ hasText: HOSPITAL });
    await expect(hospital).toHaveCount(1);
    await expect(committees.filter({ hasText: 'Đảng ủy Công ty Cổ phần Cấp nước Mỹ Hòa' })).toHaveCount(1);
    await expect(main.getByTestId('cell-row').filter({ hasText: 'Chi bộ Khu phố 3' })).toHaveCount(1);
    await expect(main.getByTestId('cell-row').filter({ hasText: NGOAI })).toHaveCount(0);
    // The counts at the top are the totals of all rows: its cells and the committees' cells.
    const committeeCells = await Promise.all(
      (await committees.all()).map(async (row) =>
        device === 'phone'
          ? Number(/(\d+) chi bộ/.exec(await row.innerText())?.[1])
          : Number(await row.locator('td').nth(1).innerText()),
      ),
    );
    const ownCells = await main.getByTestId('cell-row').count();
    const totals = await stateCounts(page);
    expect(totals.reduce((a, b) => a + b, 0)).toBe(ownCells + committeeCells.reduce((a, b) => a + b, 0));
    expect(committeeCells.every((n) => n > 0)).toBe(true);

    // The hospital's name opens the hospital's own overview: its cells, one tap from the cell's page.
    await hospital.getByRole('link', { name: HOSPITAL }).click();
    await expect(page).toHaveURL(/\/units\/[\w-]+\?tab=plans&year=2026$/);
    await expect(main.getByRole('heading', { name: HOSPITAL, level: 2 })).toBeVisible();
    await expect(main.getByTestId('committee-row')).toHaveCount(0);
    const ngoai = main.getByTestId('cell-row').filter({ hasText: NGOAI });
    await expect(ngoai).toContainText('Đã gửi cấp ủy');
    await ngoai.getByRole('link', { name: NGOAI, exact: true }).click();
    await expect(main.getByRole('heading', { name: NGOAI, level: 2 })).toBeVisible();
    await page.goBack();
    await page.goBack();
    await expect(main.getByTestId('committee-row').filter({ hasText: HOSPITAL })).toHaveCount(1);
    await expect(page.getByText(WARD).first()).toBeVisible();
  });
}
