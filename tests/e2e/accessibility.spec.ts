import AxeBuilder from '@axe-core/playwright';
import { type Browser, expect, type Page, test } from '@playwright/test';
import type { Me, MinuteBook } from '../../web/src/api/models.ts';
import { call, dayFromToday, ownMamnonDraft, signIn, watchedDevices } from '../support/e2e-session.ts';

// Issue 18, "Accessibility and readability": every main screen, as the demo user who uses it, has no serious or
// critical violation of WCAG 2.1 A/AA as axe-core checks it. One sign-in per user; each screen is visited in turn
// on the same page, and every screen's findings are gathered so that one run names them all.
const device = watchedDevices();
const TAGS = ['wcag2a', 'wcag2aa', 'wcag21aa'];

interface Finding {
  screen: string;
  rule: string;
  impact: string;
  targets: string[];
}

async function audit(page: Page, screen: string, findings: Finding[]) {
  // Wait for the screen's data: no spinner left, the main region holds a heading.
  await expect(page.getByRole('main').getByRole('heading').first()).toBeVisible({ timeout: 20_000 });
  await expect(page.locator('[role="status"][aria-busy="true"]')).toHaveCount(0, { timeout: 15_000 });
  const result = await new AxeBuilder({ page }).withTags(TAGS).analyze();
  for (const v of result.violations) {
    if (v.impact === 'serious' || v.impact === 'critical') {
      findings.push({
        screen,
        rule: `${v.id}: ${v.help}`,
        impact: v.impact,
        targets: v.nodes.slice(0, 5).map((n) => `${n.target.join(' ')} ${n.failureSummary ?? ''}`),
      });
    }
  }
}

async function user(browser: Browser, username: string): Promise<{ page: Page; me: Me }> {
  const page = await device(browser, { viewport: { width: 1280, height: 900 } });
  await signIn(page, username);
  return { page, me: await call<Me>(page, 'GET', '/auth/me') };
}

const unitOf = (me: Me, kind: 'cell' | 'committee') =>
  me.units.find((u) => u.unitKind === kind)?.unitId ?? '';

test('every main screen passes axe (WCAG 2.1 A/AA) with no serious or critical violation', async ({
  browser,
}) => {
  test.setTimeout(480_000);
  const findings: Finding[] = [];

  // Signed out: the login page.
  const anonymous = await device(browser, { viewport: { width: 1280, height: 900 } });
  await anonymous.goto('/login');
  await expect(anonymous.getByRole('heading', { name: 'Đăng nhập' })).toBeVisible();
  const login = await new AxeBuilder({ page: anonymous }).withTags(TAGS).analyze();
  for (const v of login.violations.filter((x) => x.impact === 'serious' || x.impact === 'critical')) {
    findings.push({
      screen: 'login',
      rule: v.id,
      impact: v.impact ?? '',
      targets: v.nodes.map((n) => n.html),
    });
  }

  // A cell's secretary: home (to-do), notifications, plan, topic, minutes and signing, reports, members,
  // year-end review, commendations, search, account.
  const { page: secretary, me: secretaryMe } = await user(browser, 'bithu.mamnon');
  const cell = unitOf(secretaryMe, 'cell');
  await audit(secretary, 'home', findings);
  await secretary.getByRole('button', { name: /Thông báo/ }).click();
  await expect(secretary.getByRole('dialog')).toBeVisible();
  await audit(secretary, 'notifications (bell)', findings);
  await secretary.keyboard.press('Escape');
  await secretary.goto('/settings/notifications');
  await audit(secretary, 'notification settings', findings);
  await secretary.goto('/plans');
  await audit(secretary, 'plans', findings);
  await secretary.getByRole('main').getByRole('link', { name: 'Mở kế hoạch' }).first().click();
  await audit(secretary, 'plan', findings);
  await secretary.goto('/my-work');
  await audit(secretary, 'my work', findings);
  const book = await call<MinuteBook>(secretary, 'GET', `/orgs/${cell}/meetings?year=2026`);
  const ended = book.meetings.filter((m) => m.status === 'ended');
  const toSign = ended.find((m) => !m.minutesLocked) ?? ended[0];
  expect(toSign, 'the demo cell has an ended meeting').toBeDefined();
  await secretary.goto(`/meetings/${toSign?.id}`);
  await audit(secretary, 'minutes and signing', findings);
  const withTopic = ended.find((m) => m.topicId);
  await secretary.goto(`/topics/${withTopic?.topicId}`);
  await audit(secretary, 'topic with its resolution', findings);
  for (const tab of ['members', 'meetings', 'plans', 'year-review', 'commendations', 'numbering']) {
    await secretary.goto(`/units/${cell}?tab=${tab}`);
    await audit(secretary, `cell: ${tab}`, findings);
  }
  await secretary.goto(`/units/${cell}?tab=members`);
  await secretary
    .getByRole('main')
    .getByRole('link', { name: secretaryMe.person?.fullName ?? '' })
    .first()
    .click();
  await audit(secretary, 'member', findings);
  await secretary.goto('/search?q=dang vien');
  await audit(secretary, 'search', findings);
  await secretary.goto('/account/password');
  await audit(secretary, 'account', findings);

  // A member: the draft and its comments.
  // The spec's own draft (plan year 2047): opening the demo's quarter 4 draft would mark it read, and
  // preparation.spec counts its readers.
  const draftTitle = 'Rèn luyện phong cách làm việc khoa học (kiểm tra truy cập)';
  const draftId = await ownMamnonDraft(
    () => device(browser, { viewport: { width: 1280, height: 900 } }),
    2047,
    draftTitle,
  );
  const { page: member } = await user(browser, 'dangvien.mamnon');
  await member.goto(`/topics/${draftId}`);
  await expect(member.getByRole('heading', { name: draftTitle, level: 2 })).toBeVisible();
  await audit(member, 'draft and comments', findings);

  // The ward's officer: the committee overview, oversight, quality, commendations, reports received.
  const { page: officer, me: officerMe } = await user(browser, 'canbo.phuong');
  const ward = unitOf(officerMe, 'committee');
  await officer.goto(`/oversight/${ward}`);
  await audit(officer, 'oversight', findings);
  for (const tab of ['roles', 'plans', 'quality', 'received', 'commendations', 'report', 'support']) {
    await officer.goto(`/units/${ward}?tab=${tab}`);
    await audit(officer, `committee: ${tab}`, findings);
  }
  await officer.goto('/orgs');
  await audit(officer, 'organisation tree', findings);

  // The ward's inspector: inspections.
  const { page: inspector, me: inspectorMe } = await user(browser, 'kiemtra.phuong');
  await inspector.goto(`/units/${unitOf(inspectorMe, 'committee')}?tab=inspections`);
  await audit(inspector, 'inspections', findings);

  // A cell's secretary running a meeting: the console.
  const { page: chair, me: chairMe } = await user(browser, 'bithu.khupho3');
  const running = await call<{ id: string }>(chair, 'POST', `/orgs/${unitOf(chairMe, 'cell')}/meetings`, {
    kind: 'regular',
    heldOn: dayFromToday(0),
    startsAt: '19:30',
    place: 'Nhà văn hóa Khu phố 3',
  });
  await call(chair, 'POST', `/meetings/${running.id}/start`);
  await chair.goto(`/meetings/${running.id}`);
  await audit(chair, 'meeting console', findings);

  expect(findings, JSON.stringify(findings, null, 2)).toEqual([]);
});
