import { expect, test } from '@playwright/test';
import type { Me } from '../../web/src/api/models.ts';
import { pdfPages } from '../support/document-text.ts';
import { call, signIn, watchedDevices } from '../support/e2e-session.ts';

// Issue 17: who signs a committee's documents. The water company's committee (canbo.capnuoc, its officer; no
// other spec uses it) sets its signer on the tab "Số văn bản, người ký"; a guidance letter recorded afterwards
// names the signer under "T/M BAN THƯỜNG VỤ / KT. BÍ THƯ / PHÓ BÍ THƯ" in the print view and the PDF.
const COMMITTEE = 'Đảng ủy Công ty Cổ phần Cấp nước Mỹ Hòa';
const YEAR = 2037;
const NAME = 'Phạm Văn Hùng';

const device = watchedDevices();

test('a committee’s officer sets the signer; the guidance letter issued after it names the signer', async ({
  browser,
}) => {
  test.setTimeout(90_000);
  const officer = await device(browser, { viewport: { width: 1280, height: 900 } });
  await signIn(officer, 'canbo.capnuoc');
  const me = await call<Me>(officer, 'GET', '/auth/me');
  const committeeId = me.units.find((u) => u.unitName === COMMITTEE)?.unitId ?? '';
  expect(committeeId).not.toBe('');

  await officer.goto(`/units/${committeeId}`);
  await officer.getByRole('tab', { name: 'Số văn bản, người ký' }).click();
  const panel = officer.getByTestId('document-signer');
  await expect(panel).toContainText('Người ký văn bản của đảng ủy');
  const block = panel.getByTestId('signature-block');
  await expect(block).toContainText('T/M ĐẢNG ỦY');
  await expect(block).toContainText('(để trống, ghi tên khi ký)');

  await panel.getByLabel('Dòng thẩm quyền (T/M …)').click();
  await officer.getByRole('option', { name: 'T/M BAN THƯỜNG VỤ' }).click();
  await panel.getByLabel('Chức vụ người ký').click();
  await officer.getByRole('option', { name: 'KT. BÍ THƯ / PHÓ BÍ THƯ (ký thay)' }).click();
  // A blank name is refused with the field's message.
  await panel.getByRole('button', { name: 'Lưu người ký' }).click();
  await expect(panel).toContainText('Không được để trống');
  await panel.getByLabel('Họ và tên người ký').fill(NAME);
  await panel.getByRole('button', { name: 'Lưu người ký' }).click();
  await expect(officer.getByText('Đã lưu người ký văn bản')).toBeVisible();
  await expect(block).toHaveText(/T\/M BAN THƯỜNG VỤ\s*KT\. BÍ THƯ\s*PHÓ BÍ THƯ\s*Phạm Văn Hùng/);

  const guidance = await call<{ id: string }>(officer, 'POST', `/orgs/${committeeId}/guidance`, {
    year: YEAR,
    referenceNumber: '07-CV/ĐU',
    issuedOn: `${YEAR}-01-04`,
    title: `Về việc xây dựng kế hoạch sinh hoạt chuyên đề năm ${YEAR}`,
    documents: ['Hướng dẫn số 12-HD/BTCTW'],
    topicGroups: ['professional_quality'],
    planDeadline: `${YEAR}-01-31`,
  });

  // The print view: the signature block with the name under the lines set.
  await officer.goto(`/api/guidance/${guidance.id}/document?format=html`);
  const by = officer.locator('.by');
  await expect(by).toHaveText(/T\/M BAN THƯỜNG VỤ\s*KT\. BÍ THƯ\s*PHÓ BÍ THƯ\s*Phạm Văn Hùng/);

  // The PDF as downloaded: the same lines and the name.
  const pdf = await officer.request.get(`/api/guidance/${guidance.id}/document?format=pdf`);
  expect(pdf.ok()).toBe(true);
  const { pages } = await pdfPages(new Uint8Array(await pdf.body()));
  const text = pages
    .map((p) => p.text)
    .join('\n')
    .replace(/\s+/g, ' ');
  expect(text).toContain(`T/M BAN THƯỜNG VỤ KT. BÍ THƯ PHÓ BÍ THƯ ${NAME}`);
});
