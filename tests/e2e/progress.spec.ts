import type { Locator } from '@playwright/test';
import { signIn } from '../support/e2e-session.ts';
import { expect, test } from '../support/page-errors.ts';

const YEAR = 2026;

test.beforeEach(async ({ page }) => {
  // This device chose Vietnamese: an account switched to English by another spec keeps this UI Vietnamese.
  await page.addInitScript(() => window.localStorage.setItem('chuyende.locale', 'vi'));
});

// The rules of src/domain/preparation/step-progress.ts, so that the expectations follow today's date.
// Each topic's five steps fall in months 1, 1, 2, 2, 3 of its quarter (plan-schedule.ts); a step not done
// is overdue once its month has ended, in Việt Nam.
const STEP_MONTH_IN_QUARTER = [1, 1, 2, 2, 3] as const;
const dueMonth = (quarter: number, step: number) => (quarter - 1) * 3 + (STEP_MONTH_IN_QUARTER[step] ?? 3);
const pad = (n: number) => String(n).padStart(2, '0');
/** The last day of a month, YYYY-MM-DD. */
const dueBy = (month: number) =>
  `${YEAR}-${pad(month)}-${pad(new Date(Date.UTC(YEAR, month, 0)).getUTCDate())}`;
const today = () => new Intl.DateTimeFormat('en-CA', { timeZone: 'Asia/Ho_Chi_Minh' }).format(new Date());
const isOverdue = (quarter: number, step: number) => today() > dueBy(dueMonth(quarter, step));

// Demo data: Chi bộ Khoa Ngoại (hospital committee) adopted and submitted its 2026 plan — four topics, one per
// quarter, in that order — and recorded no preparation at all.
const NGOAI = 'Chi bộ Khoa Ngoại';

test('the committee sees which cells are behind, and the plan shows the overdue steps', async ({ page }) => {
  const main = page.getByRole('main');
  const expected = [1, 2, 3, 4].flatMap((q) =>
    [0, 1, 2, 3, 4].filter((k) => isOverdue(q, k)).map((k) => [q, k]),
  );
  // Late November 2026: quarters 1–3 are behind in full.
  expect(expected.length).toBeGreaterThanOrEqual(15);

  await signIn(page, 'canbo.benhvien');
  await page.getByRole('link', { name: 'Kế hoạch', exact: true }).click();
  await main.getByLabel('Năm', { exact: true }).selectOption(String(YEAR));
  const rows = main.getByTestId('cell-row');
  const ngoai = rows.filter({ hasText: NGOAI });
  await expect(ngoai.getByTestId('cell-overdue')).toHaveText(`${expected.length} bước quá hạn`);
  await expect(ngoai.getByTestId('cell-on-schedule')).toHaveCount(0);

  // The officer lists the cells that are behind, and only those.
  const total = await rows.count();
  const behind = await rows.filter({ has: page.getByTestId('cell-overdue') }).count();
  await expect(main.getByTestId('status-counts')).toContainText(`Chi bộ có bước quá hạn: ${behind}`);
  await main.getByLabel('Chỉ hiện chi bộ có bước quá hạn').check();
  await expect(rows).toHaveCount(behind);
  await expect(ngoai).toBeVisible();
  for (const row of await rows.all()) await expect(row).toContainText('bước quá hạn');
  await main.getByLabel('Chỉ hiện chi bộ có bước quá hạn').uncheck();
  await expect(rows).toHaveCount(total);

  // Khoa Ngoại's plan: each step past its month says "Quá hạn"; the others are not yet due.
  await ngoai.getByRole('link', { name: `Xem kế hoạch của ${NGOAI}` }).click();
  await expect(main.getByTestId('plan-status')).toHaveText('Đã gửi cấp ủy');
  const table = main.getByTestId('assignment-table');
  await expect(table.getByRole('columnheader', { name: 'Tiến độ thực hiện' })).toBeVisible();
  const step = (q: number, k: number) => table.getByTestId(`step-${q}-${k + 1}`).getByTestId('step-progress');
  await expect(step(1, 0)).toHaveAttribute('data-state', 'overdue');
  await expect(step(1, 0)).toHaveText('Quá hạn');
  for (const q of [1, 2, 3, 4]) {
    for (const k of [0, 1, 2, 3, 4]) {
      if (isOverdue(q, k)) await expect(step(q, k)).toHaveText('Quá hạn');
      else await expect(step(q, k)).toHaveText('Chưa đến hạn');
    }
  }
  await expect(table.locator('[data-testid="step-progress"][data-state="overdue"]')).toHaveCount(
    expected.length,
  );
  // Each topic's card counts its own.
  const firstTopic = main.getByTestId('plan-topic').first();
  await expect(firstTopic.getByTestId('topic-overdue')).toHaveText('5 bước quá hạn');
});

// Demo data: Chi bộ Trường Mầm non Mỹ Hòa prepared its quarter 1–3 topics in their quarters (demo-preparation.ts):
// outline on the 12th of the quarter's first month and draft 1 approved on its 25th, comments closed on the
// 6th of the second month and draft 2 approved on its 20th, the meeting on the 10th of the third — on time.
const DONE: readonly [monthInQuarter: number, day: number][] = [
  [1, 12],
  [1, 25],
  [2, 6],
  [2, 20],
  [3, 10],
];

test('a cell that kept to its plan sees each step done, dated, on a computer and on a phone', async ({
  page,
}) => {
  const main = page.getByRole('main');
  await signIn(page, 'bithu.mamnon');
  await page.getByRole('link', { name: 'Kế hoạch', exact: true }).click();
  await main.getByLabel('Năm', { exact: true }).selectOption(String(YEAR));
  await main.getByRole('link', { name: 'Mở kế hoạch' }).click();
  await expect(main.getByTestId('plan-status')).toHaveText('Cấp ủy đã tiếp nhận');

  const check = async (scope: Locator) => {
    for (const q of [1, 2, 3]) {
      for (const [k, [monthInQuarter, day]] of DONE.entries()) {
        const month = (q - 1) * 3 + monthInQuarter;
        const late = month > dueMonth(q, k);
        const progress = scope.getByTestId(`step-${q}-${k + 1}`).getByTestId('step-progress');
        await expect(progress).toHaveAttribute('data-state', 'done');
        await expect(progress).toContainText('Đã xong');
        await expect(progress).toContainText(`ngày ${pad(day)}/${pad(month)}/${YEAR}`);
        if (late) await expect(progress).toContainText('trễ hạn');
        else await expect(progress).not.toContainText('trễ hạn');
      }
    }
    // Quarter 4 is still being prepared (its state depends on today and on preparation.spec, which runs
    // first): only the three kept quarters are free of overdue steps.
    for (const q of [1, 2, 3])
      for (const k of [1, 2, 3, 4, 5])
        await expect(scope.getByTestId(`step-${q}-${k}`).getByText('Quá hạn', { exact: true })).toHaveCount(
          0,
        );
  };

  await check(main.getByTestId('assignment-table'));
  for (const q of [1, 2, 3])
    await expect(
      main
        .getByTestId('plan-topic')
        .filter({ hasText: `Chuyên đề ${q}:` })
        .getByTestId('topic-overdue'),
    ).toHaveCount(0);
  // Each topic's name in the table leads to its page, where the next step is taken.
  const topicLinks = main.getByTestId('assignment-table').getByRole('link', { name: /^Chuyên đề 1/ });
  await expect(topicLinks).toHaveAttribute('href', /^\/topics\/[^/]+$/);

  // On a phone the steps stack as cards, each with its progress, and nothing runs off the screen.
  await page.setViewportSize({ width: 360, height: 740 });
  const cards = main.getByTestId('assignment-cards');
  await expect(cards).toBeVisible();
  await expect(main.getByTestId('assignment-table')).toHaveCount(0);
  await check(cards);
  await expect(cards.getByTestId('step-1-1')).toContainText('Tiến độ thực hiện');
  expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(360);
});
