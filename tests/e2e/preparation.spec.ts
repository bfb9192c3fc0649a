import type { Page } from '@playwright/test';
import { signIn } from '../support/e2e-session.ts';
import { expect, test } from '../support/page-errors.ts';

test.beforeEach(async ({ page }) => {
  // This device chose Vietnamese: an account switched to English by another spec keeps this UI Vietnamese.
  await page.addInitScript(() => window.localStorage.setItem('chuyende.locale', 'vi'));
});

// Each step takes the topic where the one before left it: run them in order.
test.describe.configure({ mode: 'serial' });

// Demo data: in Chi bộ Trường Mầm non Mỹ Hòa (plan 2026 acknowledged) the Q4 topic is prepared by
// baocao.mamnon; draft 1 was approved by bithu.mamnon and sent to members, who comment for a week.
const TOPIC = 'Công tác phát triển đảng viên mới trong chi bộ';
const SENTENCE = 'Công tác tạo nguồn phát triển đảng viên trong giáo viên trẻ còn chậm.';
const COMMENT = 'Đề nghị nêu rõ số giáo viên trẻ là quần chúng ưu tú và nguyên nhân cụ thể.';
const ADDED = 'Năm học 2025–2026, trường có 9 giáo viên trẻ nhưng chưa có quần chúng nào được giới thiệu.';
/** Members of the cell the draft went to: eight members less the preparer. */
const READERS = 7;
let memberName = '';

/** The topic's own page, found the way each user would: from "Việc của tôi". */
async function openFromMyWork(page: Page) {
  await page.getByRole('link', { name: 'Việc của tôi' }).click();
  await page.getByRole('main').getByRole('link', { name: TOPIC }).first().click();
  await expect(page.getByRole('heading', { name: TOPIC, level: 2 })).toBeVisible();
}

/** …or from the cell's plan, where every topic of an adopted plan links to its page with its status. */
async function openFromPlan(page: Page, status: string) {
  await page.getByRole('link', { name: 'Kế hoạch', exact: true }).click();
  await page.getByRole('main').getByRole('link', { name: 'Mở kế hoạch' }).click();
  const card = page.getByTestId('plan-topic').filter({ hasText: TOPIC });
  await expect(card.getByTestId('topic-preparation-status')).toHaveText(status);
  await card.getByRole('link', { name: 'Xem chuyên đề' }).click();
  await expect(page.getByRole('heading', { name: TOPIC, level: 2 })).toBeVisible();
}

test.describe('a member on a phone', () => {
  test.use({ viewport: { width: 360, height: 740 }, hasTouch: true });

  test('selects a sentence of draft 1 and comments on it', async ({ page }) => {
    const main = page.getByRole('main');
    await signIn(page, 'dangvien.mamnon');
    const me = await page.request.get('/api/auth/me');
    memberName = ((await me.json()) as { person: { fullName: string } }).person.fullName;

    // The draft waits in "Việc của tôi", unread.
    await page.getByRole('button', { name: 'Mở hoặc đóng menu' }).click();
    await page.getByRole('link', { name: 'Việc của tôi' }).click();
    const reading = main.getByTestId('my-reading').filter({ hasText: TOPIC });
    await expect(reading).toContainText('Chưa đọc');
    await reading.getByRole('link', { name: TOPIC }).click();
    await expect(page.getByRole('heading', { name: TOPIC, level: 2 })).toBeVisible();

    await expect(main.getByTestId('topic-status')).toHaveText('Đang lấy ý kiến đảng viên');
    await expect(main.getByText('Mời đồng chí góp ý dự thảo')).toBeVisible();
    const text = main.getByTestId('draft-text');
    await expect(text).toContainText(SENTENCE);
    // Members do not see who has read the draft, nor the outline.
    await expect(main.getByTestId('readers')).toHaveCount(0);
    await expect(main.getByTestId('outline')).toHaveCount(0);
    // Nothing on the page is wider than the phone.
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(360);

    // Select the sentence as a finger would (a range over the text node), then tell the page.
    await text.evaluate((container, sentence) => {
      const walker = document.createTreeWalker(container, NodeFilter.SHOW_TEXT);
      for (let node = walker.nextNode(); node; node = walker.nextNode()) {
        const at = (node.textContent ?? '').indexOf(sentence);
        if (at < 0) continue;
        const range = document.createRange();
        range.setStart(node, at);
        range.setEnd(node, at + sentence.length);
        const selection = document.getSelection();
        selection?.removeAllRanges();
        selection?.addRange(range);
        container.dispatchEvent(new TouchEvent('touchend', { bubbles: true }));
        return;
      }
      throw new Error('sentence not found in the draft');
    }, SENTENCE);
    const bar = main.getByTestId('selection-bar');
    await expect(bar).toContainText(SENTENCE);
    await bar.getByRole('button', { name: 'Góp ý đoạn này' }).click();

    const dialog = page.getByRole('dialog', { name: 'Góp ý vào đoạn đã chọn' });
    await expect(dialog.locator('blockquote')).toHaveText(SENTENCE);
    await dialog.getByLabel('Nội dung góp ý').fill(COMMENT);
    await dialog.getByRole('button', { name: 'Gửi góp ý' }).click();
    await expect(dialog).toBeHidden();

    const comment = main.getByTestId('comment').filter({ hasText: COMMENT });
    await expect(comment).toBeVisible();
    await expect(comment.locator('blockquote')).toHaveText(SENTENCE);
    await expect(comment).toContainText(memberName);
    // The passage is marked in the text (CSS Custom Highlight API).
    expect(await page.evaluate(() => CSS.highlights.get('topic-comment')?.size)).toBe(1);
    expect(
      await page.evaluate(() => {
        const [range] = CSS.highlights.get('topic-comment') ?? [];
        return range instanceof Range ? range.toString() : null;
      }),
    ).toBe(SENTENCE);

    // Back in "Việc của tôi" the draft is read and commented.
    await page.getByRole('button', { name: 'Mở hoặc đóng menu' }).click();
    await page.getByRole('link', { name: 'Việc của tôi' }).click();
    await expect(reading).toContainText('Đã góp ý');
    await expect(reading).not.toContainText('Chưa đọc');
  });
});

test.describe('the secretary and the preparer', () => {
  test.use({ viewport: { width: 1280, height: 800 } });

  test('the secretary sees who read and commented, and closes comments', async ({ page }) => {
    const main = page.getByRole('main');
    await signIn(page, 'bithu.mamnon');
    await openFromPlan(page, 'Đang lấy ý kiến đảng viên');

    const round = main.getByTestId('readers-draft1');
    // The member has opened it, and so has the secretary now: she received the draft as a member too.
    await expect(round.getByTestId('readers-opened')).toHaveText(`Đã mở 2/${READERS}`);
    await expect(round.getByTestId('readers-commented')).toHaveText(`Đã góp ý 1/${READERS}`);
    await expect(round.getByTestId('readers-not-opened')).not.toContainText(memberName);
    await expect(round.getByTestId('readers-not-commented')).not.toContainText(memberName);
    await expect(main.getByTestId('comment').filter({ hasText: COMMENT })).toContainText(SENTENCE);

    // The window is still open: closing it early is asked first, with who has not read or commented yet.
    await main.getByRole('button', { name: 'Kết thúc lấy ý kiến' }).click();
    const closing = page.getByRole('dialog', { name: 'Kết thúc lấy ý kiến trước hạn?' });
    await expect(closing.getByTestId('close-comments-counts')).toHaveText(
      `Còn ${READERS - 2}/${READERS} đảng viên chưa mở dự thảo và ${READERS - 1}/${READERS} đảng viên chưa góp ý.`,
    );
    await closing.getByRole('button', { name: 'Kết thúc lấy ý kiến' }).click();
    await expect(closing).toBeHidden();
    await expect(main.getByTestId('topic-status')).toHaveText('Đã kết thúc lấy ý kiến');
    await expect(main.getByTestId('topic-event').first()).toContainText('Kết thúc lấy ý kiến');
  });

  test('the preparer writes draft 2, answers the comment and submits it', async ({ page }) => {
    const main = page.getByRole('main');
    await signIn(page, 'baocao.mamnon');
    await openFromMyWork(page);
    await expect(main.getByTestId('topic-status')).toHaveText('Đã kết thúc lấy ý kiến');

    await main.getByRole('button', { name: 'Xây dựng dự thảo lần 2' }).click();
    await expect(main.getByTestId('topic-status')).toHaveText('Đang hoàn chỉnh dự thảo lần 2');
    await expect(main.getByRole('heading', { name: 'Dự thảo lần 2' })).toBeVisible();

    // The editor loads (its own chunk) with draft 1's text; add a sentence after the sentence commented on.
    const draft = main.getByTestId('draft');
    const editor = draft.getByRole('textbox', { name: 'Nội dung dự thảo' });
    const addSentence = async () => {
      // Click at the paragraph's bottom-right corner: the caret goes to the end of its last line. ("End" after a
      // click in the middle would go to the end of whichever wrapped line the click hit.)
      const paragraph = editor.getByText(SENTENCE, { exact: false });
      const box = await paragraph.boundingBox();
      if (!box) throw new Error('the commented paragraph is not on screen');
      await paragraph.click({ position: { x: box.width - 2, y: box.height - 4 } });
      await page.keyboard.press('End');
      await page.keyboard.press('Enter');
      await page.keyboard.type(ADDED);
      await expect(draft.getByText('Có thay đổi chưa lưu')).toBeVisible();
    };
    await expect(editor).toContainText(SENTENCE);
    await addSentence();
    // Unsaved text cannot be submitted.
    await expect(main.getByRole('button', { name: 'Trình thông qua dự thảo' })).toBeDisabled();

    // Meanwhile the draft is saved from another device: this save is refused, and the typed text stays.
    const topicId = new URL(page.url()).pathname.split('/').pop() ?? '';
    const { csrfToken } = (await (await page.request.get('/api/auth/me')).json()) as { csrfToken: string };
    const latest = (await (await page.request.get(`/api/topics/${topicId}`)).json()) as {
      draft: { id: string; html: string };
    };
    const elsewhere = await page.request.post(`/api/topics/${topicId}/versions`, {
      headers: { 'x-csrf-token': csrfToken },
      data: { kind: 'draft', html: latest.draft.html, baseVersionId: latest.draft.id },
    });
    expect(elsewhere.status()).toBe(201);
    await draft.getByRole('button', { name: 'Lưu dự thảo' }).click();
    await expect(draft.getByRole('alert')).toContainText('Văn bản vừa được lưu ở nơi khác');
    await expect(editor).toContainText(ADDED);
    // The preparer loads the newer version and writes the sentence again.
    await draft.getByRole('button', { name: 'Tải lại bản mới nhất' }).click();
    await expect(editor).not.toContainText(ADDED);
    await expect(draft.getByRole('alert')).toHaveCount(0);
    await addSentence();
    await draft.getByRole('button', { name: 'Lưu dự thảo' }).click();
    await expect(draft.getByText('Đã lưu mọi thay đổi')).toBeVisible();
    await expect(draft).toContainText('Bản 4, lưu lúc');

    // What changed since the version saved elsewhere: the added sentence, underlined.
    const versions = main.getByTestId('versions');
    await versions.getByRole('button', { name: 'So sánh' }).click();
    await expect(versions.getByTestId('version-diff').locator('ins')).toContainText(ADDED);

    // The comment is still attached to its passage in draft 2; the preparer accepts it.
    const comment = main.getByTestId('comment').filter({ hasText: COMMENT });
    await expect(comment.locator('blockquote')).toHaveText(SENTENCE);
    await expect(comment).not.toContainText('không còn trong bản hiện tại');
    await comment.getByLabel('Tiếp thu', { exact: true }).check();
    await comment.getByRole('button', { name: 'Lưu tiếp thu, giải trình' }).click();
    await expect(main.getByTestId('disposition-summary')).toContainText('tiếp thu 1');
    await expect(main.getByTestId('disposition-summary')).toContainText('chưa trả lời 0');

    await main.getByRole('button', { name: 'Trình thông qua dự thảo' }).click();
    await expect(main.getByTestId('topic-status')).toHaveText('Dự thảo lần 2 đang chờ thông qua');
  });

  test('the secretary approves draft 2', async ({ page }) => {
    const main = page.getByRole('main');
    await signIn(page, 'bithu.mamnon');
    await openFromPlan(page, 'Dự thảo lần 2 đang chờ thông qua');
    await expect(main.getByTestId('draft-text')).toContainText(ADDED);

    await main.getByRole('button', { name: 'Thông qua dự thảo' }).click();
    const dialog = page.getByRole('dialog', { name: 'Thông qua dự thảo' });
    // Draft 2 is not sent out for comments: no due date is asked.
    await expect(dialog.getByLabel('Hạn đảng viên góp ý')).toHaveCount(0);
    await dialog.getByLabel('Ý kiến (nếu có)').fill('Đồng ý trình bày tại buổi sinh hoạt tháng 12.');
    await dialog.getByRole('button', { name: 'Thông qua dự thảo' }).click();
    await expect(dialog).toBeHidden();
    await expect(main.getByTestId('topic-status')).toHaveText('Dự thảo lần 2 đã được thông qua');
    await expect(main.getByTestId('topic-event').first()).toContainText('Đồng ý trình bày');
    // Draft 2 went to the members; the secretary, one of them, has it open on her screen.
    const round = main.getByTestId('readers-draft2');
    await expect(round.getByTestId('readers-opened')).toHaveText(`Đã mở 1/${READERS}`);
    await expect(round.getByTestId('readers-not-opened')).toContainText(memberName);
  });
});
