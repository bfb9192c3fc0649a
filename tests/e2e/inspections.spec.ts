import { expect, test } from '@playwright/test';
import { dayFromToday, signIn, watchedDevices } from '../support/e2e-session.ts';

// Issue 16, inspection and supervision (seed 002: the committee "thường xuyên kiểm tra, nhắc nhở các chi bộ").
// Demo data (src/seed/demo.ts): the ward's inspector (kiemtra.phuong) plans an inspection of Chi bộ Khu phố 3,
// directly under the ward, records the visit and issues the numbered conclusion with one request; the cell's
// secretary (bithu.khupho3) finds the request on her home and answers it; the inspector closes it, and with it
// the inspection.
const WARD = 'Đảng ủy phường Mỹ Hòa';
const CELL = 'Chi bộ Khu phố 3';
const CONTENT = 'Việc thực hiện quy định về sinh hoạt chuyên đề năm 2026';
const FINDINGS =
  'Chi bộ xây dựng kế hoạch sinh hoạt chuyên đề đầy đủ; biên bản quý II chưa ghi ý kiến thảo luận.';
const CONCLUSION = 'Chi bộ thực hiện cơ bản đúng quy định; cần khắc phục việc ghi biên bản sinh hoạt.';
const REQUEST = 'Bổ sung đầy đủ ý kiến thảo luận vào biên bản sinh hoạt quý II';
const ANSWER = 'Chi bộ đã bổ sung biên bản quý II và đọc lại tại buổi sinh hoạt tháng 12.';

const device = watchedDevices();
const shown = (iso: string) => iso.split('-').reverse().join('/');

test('the ward’s inspector plans, visits and concludes; the cell’s secretary answers the request', async ({
  browser,
}) => {
  const options = { locale: 'vi-VN' };
  const inspector = await device(browser, options);
  const secretary = await device(browser, options);

  // The inspector plans the inspection from the ward's tab.
  await signIn(inspector, 'kiemtra.phuong');
  await inspector.goto('/orgs');
  await inspector.getByRole('main').getByRole('link', { name: WARD, exact: true }).click();
  await expect(inspector.getByRole('heading', { name: WARD, level: 2 })).toBeVisible();
  await inspector.getByRole('tab', { name: 'Kiểm tra, giám sát' }).click();
  await inspector.getByRole('button', { name: 'Lập kế hoạch kiểm tra, giám sát' }).click();
  await inspector.getByRole('combobox', { name: 'Chi bộ', exact: true }).selectOption({ label: CELL });
  await inspector.getByRole('textbox', { name: 'Nội dung', exact: true }).fill(CONTENT);
  await inspector.getByRole('combobox', { name: 'Thành viên đoàn' }).click();
  await inspector.getByRole('listbox').getByRole('option').first().click();
  await inspector.keyboard.press('Escape');
  await inspector.getByRole('button', { name: 'Lưu kế hoạch' }).click();
  await expect(inspector).toHaveURL(/\/inspections\/[\w-]+$/);
  await expect(inspector.getByRole('heading', { name: `Kiểm tra ${CELL}`, level: 2 })).toBeVisible();
  await expect(inspector.getByTestId('inspection-status')).toHaveText('Kế hoạch');

  // The visit: who went (the team, filled in), the findings and the assessment.
  await inspector.getByRole('button', { name: 'Ghi kết quả làm việc' }).click();
  await inspector.getByLabel('Kết quả kiểm tra, giám sát').fill(FINDINGS);
  await inspector.getByLabel('Đánh giá').fill('Chi bộ thực hiện cơ bản đúng quy định.');
  await inspector.getByRole('button', { name: 'Lưu' }).click();
  await expect(inspector.getByTestId('inspection-visit')).toContainText(FINDINGS);
  await expect(inspector.getByTestId('inspection-visit')).toContainText(shown(dayFromToday(0)));
  await expect(inspector.getByTestId('inspection-status')).toHaveText('Đã làm việc');

  // The conclusion with one request, issued as the ward's numbered notice.
  await inspector.getByRole('button', { name: 'Ban hành thông báo kết luận' }).click();
  await inspector.getByRole('textbox', { name: 'Kết luận', exact: true }).fill(CONCLUSION);
  await inspector.getByLabel('Nội dung yêu cầu').fill(REQUEST);
  await expect(inspector.getByLabel('Thời hạn')).toHaveValue(shown(dayFromToday(30)));
  await inspector.getByRole('button', { name: 'Ban hành', exact: true }).click();
  await expect(inspector.getByTestId('conclusion-number')).toHaveText(
    new RegExp(`^Số \\d+-TB/ĐU, ngày ${shown(dayFromToday(0))}$`),
  );
  await expect(inspector.getByTestId('inspection-status')).toHaveText('Đã kết luận');
  const request = inspector.getByTestId('inspection-request');
  await expect(request).toContainText(REQUEST);
  await expect(request.getByTestId('request-status')).toHaveText('Chưa báo cáo');
  await expect(inspector.getByTestId('inspection-conclusion').getByRole('link').first()).toHaveAttribute(
    'href',
    /\/conclusion\/document\?format=docx/,
  );

  // The secretary finds the request on her home, opens it and answers.
  await signIn(secretary, 'bithu.khupho3');
  const todo = secretary.locator('[data-testid="inbox-item"][data-kind="inspection_request"]');
  await expect(todo).toContainText(REQUEST);
  await todo.getByRole('link').click();
  await expect(secretary).toHaveURL(/\/inspections\/[\w-]+$/);
  await expect(secretary.getByTestId('inspection-conclusion')).toContainText(CONCLUSION);
  await secretary.getByRole('button', { name: 'Báo cáo thực hiện' }).click();
  await secretary.getByLabel('Kết quả thực hiện').fill(ANSWER);
  await secretary.getByRole('button', { name: 'Gửi báo cáo' }).click();
  const answered = secretary.getByTestId('inspection-request');
  await expect(answered.getByTestId('request-status')).toHaveText('Chi bộ đã báo cáo');
  await expect(answered.getByTestId('request-answer')).toContainText(ANSWER);
  // Her cell's page lists the inspection.
  await secretary.getByRole('link', { name: `Kiểm tra, giám sát của ${CELL}` }).click();
  await expect(secretary.getByTestId('inspection-card')).toContainText(CONTENT);

  // The inspector closes the request, and with it the inspection.
  await inspector.reload();
  await expect(request.getByTestId('request-answer')).toContainText(ANSWER);
  await request.getByRole('button', { name: 'Kết thúc yêu cầu' }).click();
  await expect(request.getByTestId('request-status')).toHaveText('Đã xong');
  await expect(inspector.getByTestId('inspection-status')).toHaveText('Đã kết thúc');
});

test('the inspector corrects a plan, records the visit’s level against the rubric, and withdraws another plan', async ({
  browser,
}) => {
  const inspector = await device(browser, { locale: 'vi-VN' });
  await signIn(inspector, 'kiemtra.phuong');
  const plan = async (content: string, plannedOn: string) => {
    await inspector.goto('/orgs');
    await inspector.getByRole('main').getByRole('link', { name: WARD, exact: true }).click();
    await inspector.getByRole('tab', { name: 'Kiểm tra, giám sát' }).click();
    await inspector.getByRole('button', { name: 'Lập kế hoạch kiểm tra, giám sát' }).click();
    await inspector.getByRole('combobox', { name: 'Chi bộ', exact: true }).selectOption({ label: CELL });
    await inspector.getByRole('textbox', { name: 'Nội dung', exact: true }).fill(content);
    await inspector.getByLabel('Thời gian dự kiến').fill(shown(plannedOn));
    await inspector.getByRole('button', { name: 'Lưu kế hoạch' }).click();
    await expect(inspector).toHaveURL(/\/inspections\/[\w-]+$/);
  };

  // Planned, then corrected: another content and date.
  await plan('Việc lấy ý kiến dự thảo', dayFromToday(20));
  const planCard = inspector.getByTestId('inspection-plan');
  await planCard.getByRole('button', { name: 'Sửa kế hoạch' }).click();
  await planCard
    .getByRole('textbox', { name: 'Nội dung', exact: true })
    .fill('Việc tiếp thu ý kiến góp ý dự thảo');
  await planCard.getByLabel('Thời gian dự kiến').fill(shown(dayFromToday(22)));
  await planCard.getByRole('button', { name: 'Lưu' }).click();
  await expect(planCard).toContainText('Việc tiếp thu ý kiến góp ý dự thảo');
  await expect(planCard).toContainText(shown(dayFromToday(22)));

  // The visit, assessed against the rubric: the team picks "Khá".
  await inspector.getByRole('button', { name: 'Ghi kết quả làm việc' }).click();
  await inspector.getByRole('combobox', { name: 'Người tham gia' }).click();
  await inspector.getByRole('listbox').getByRole('option').first().click();
  await inspector.keyboard.press('Escape');
  await inspector.getByLabel('Kết quả kiểm tra, giám sát').fill(FINDINGS);
  await inspector
    .getByRole('combobox', { name: 'Mức chất lượng sinh hoạt theo tiêu chí' })
    .selectOption({ label: 'Khá' });
  await inspector.getByRole('button', { name: 'Lưu' }).click();
  await expect(inspector.getByTestId('inspection-visit')).toContainText(
    'Mức chất lượng sinh hoạt theo tiêu chí: Khá',
  );
  // Once visited, the plan can still be corrected but no longer withdrawn.
  await expect(planCard.getByRole('button', { name: 'Sửa kế hoạch' })).toBeVisible();
  await expect(planCard.getByRole('button', { name: 'Xóa kế hoạch' })).toHaveCount(0);

  // Another plan, withdrawn before any visit: back on the ward's list, it is gone.
  await plan('Kế hoạch lập nhầm', dayFromToday(23));
  await inspector.getByTestId('inspection-plan').getByRole('button', { name: 'Xóa kế hoạch' }).click();
  await inspector.getByRole('dialog').getByRole('button', { name: 'Xóa kế hoạch' }).click();
  await expect(inspector).toHaveURL(/\/units\/[\w-]+\?tab=inspections$/);
  await expect(inspector.getByText('Đã xóa kế hoạch kiểm tra, giám sát')).toBeVisible();
  await expect(inspector.getByRole('tabpanel')).not.toContainText('Kế hoạch lập nhầm');
  await expect(inspector.getByRole('tabpanel')).toContainText('Việc tiếp thu ý kiến góp ý dự thảo');
});
