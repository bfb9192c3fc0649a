import { describe, expect, it } from 'vitest';
import { vietnameseDate } from '#domain/dates/vietnamese-date.ts';
import { committeeSignature } from '#domain/documents/document-signer.ts';
import { everyKind, longPeriodReport, minutesWithAddenda } from '../../tests/fixtures/document-kinds.ts';
import { docxParts, docxText, pdfPages } from '../../tests/support/document-text.ts';
import { guidanceDocument } from './guidance-document.ts';
import { documentTitle, numberLine, type PartyDocument, placeAndDateLine } from './party-document.ts';
import { renderDocx } from './render-docx.ts';
import { renderHtml } from './render-html.ts';
import { renderPdf } from './render-pdf.ts';

/** Whitespace is where each format breaks lines: the order check compares the words without it. */
const squash = (text: string) => text.replace(/\s+/g, '');
const htmlText = (html: string) =>
  html
    .replace(/<style>[\s\S]*?<\/style>/, '')
    .replace(/<title>[\s\S]*?<\/title>/, '')
    .replace(/<[^>]+>/g, ' ')
    .replace(/&nbsp;/g, ' ')
    .replace(/&amp;/g, '&')
    .replace(/&quot;/g, '"')
    .replace(/&#39;/g, "'");

/**
 * The parts in the order a party office reads them (issue 17): letterhead, number, place and date, kind,
 * summary, body, signatures, then the addenda. Recipients stand beside the signatures (bottom left), after the body.
 */
function parts(doc: PartyDocument, first: string, last: string): string[] {
  return [
    doc.header.issuingBody.toUpperCase(),
    numberLine(doc),
    // A letter (công văn) carries its subject under its number, in place of a kind and summary.
    ...(doc.type ? [] : [doc.header.subject ?? '']),
    placeAndDateLine(doc, vietnameseDate),
    ...(doc.type ? [doc.type.toUpperCase(), doc.summary] : []),
    first,
    last,
    doc.signature.title,
    ...(doc.signature.name ? [doc.signature.name] : []),
    ...(doc.addenda ?? []).flatMap((a) => [a.heading, a.text, a.hash]),
  ];
}

/** Where each part is found, searching on from the previous one; -1 when it is missing or out of order. */
function positions(text: string, wanted: string[]): number[] {
  const found: number[] = [];
  let from = 0;
  for (const part of wanted) {
    const at = text.indexOf(squash(part), from);
    found.push(at);
    if (at >= 0) from = at + squash(part).length;
  }
  return found;
}

const expectInOrder = (text: string, doc: PartyDocument, first: string, last: string) => {
  const wanted = parts(doc, first, last);
  const at = positions(squash(text), wanted);
  expect(
    wanted.filter((_, i) => (at[i] ?? -1) < 0),
    'parts missing or out of order',
  ).toEqual([]);
  const lastAt = at[wanted.indexOf(last)] ?? 0;
  for (const r of doc.recipients) expect(squash(text).indexOf(squash(r), lastAt)).toBeGreaterThan(lastAt);
};

// Rendering every kind in three formats: the first PDF loads the fonts, seconds on a busy machine.
describe('every kind of document, read back (issue 17)', { timeout: 120_000 }, () => {
  for (const { kind, doc, first, last } of everyKind()) {
    it(`${kind}: Word and PDF and the print view keep the parts in order; pages numbered from 2`, async () => {
      const docx = await renderDocx(doc);
      expectInOrder(docxText(docx), doc, first, last);
      const { document, headers } = docxParts(docx);
      // Numbered from page 2: a first-page header of its own (empty), the others with a PAGE field.
      expect(document).toContain('<w:titlePg/>');
      expect(document).toMatch(/<w:headerReference w:type="first"/);
      expect(Object.values(headers).filter((h) => /PAGE/.test(h))).toHaveLength(1);
      expect(Object.values(headers).some((h) => !/PAGE/.test(h) && !/<w:t[ >]/.test(h))).toBe(true);
      // Margins 25/20/35/15 mm (decision 008), in twips.
      expect(document).toMatch(/<w:pgMar w:top="1417" w:right="850" w:bottom="1134" w:left="1984"/);
      // The signature row never splits and is kept with what precedes it.
      expect(document).toContain('<w:cantSplit/>');

      const pdfFile = await renderPdf(doc);
      const pdf = await pdfPages(pdfFile);
      expectInOrder(pdf.pages.map((p) => p.text).join('\n'), doc, first, last);
      expect(pdf.pages[0]?.topMargin).toEqual([]);
      expect(pdf.pages.slice(1).map((p) => p.topMargin)).toEqual(
        pdf.pages.slice(1).map((_, i) => [String(i + 2)]),
      );
      expect(pdf.title).toBe(documentTitle(doc));
      expect(Buffer.from(pdfFile).toString('latin1')).toContain('/Lang (vi)');

      const html = renderHtml(doc);
      expectInOrder(htmlText(html), doc, first, last);
      expect(html).toContain('<html lang="vi">');
      expect(html).toMatch(
        /@page \{ size: A4; margin: 25mm 15mm 20mm 35mm; @top-center \{ content: counter\(page\)/,
      );
      expect(html).toContain('@page :first { @top-center { content: none; } }');
    });
  }

  it('the minutes with two addenda: each after the signatures, under its own heading, with its own code', async () => {
    const doc = minutesWithAddenda();
    expect(doc.addenda?.map((a) => a.heading)).toEqual([
      'Bổ sung ngày 20/10/2026, đồng chí Lê Văn Tuấn',
      'Bổ sung ngày 22/10/2026, đồng chí Nguyễn Thị Lan',
    ]);
    expect(doc.addenda?.[0]?.hash).toMatch(/^[0-9a-f]{64}$/);
    expect(doc.addenda?.[0]?.hash).not.toBe(doc.addenda?.[1]?.hash);
    // The signed text's check code stays in the body, above the signatures; no addendum is inside the body.
    expect(JSON.stringify(doc.body)).not.toContain('Bổ sung');
    for (const text of [
      docxText(await renderDocx(doc)),
      (await pdfPages(await renderPdf(doc))).pages.map((p) => p.text).join('\n'),
      htmlText(renderHtml(doc)),
    ]) {
      const s = squash(text);
      const signedCode = s.indexOf(squash(`(SHA-256): ${'a'.repeat(64)}`));
      const signers = s.indexOf('THƯKÝ');
      const chair = s.indexOf('CHỦTRÌ');
      const firstAddendum = s.indexOf(squash(doc.addenda?.[0]?.heading ?? '?'));
      const secondAddendum = s.indexOf(squash(doc.addenda?.[1]?.heading ?? '?'));
      expect(signedCode).toBeGreaterThan(0);
      expect(signedCode).toBeLessThan(signers);
      expect(chair).toBeLessThan(firstAddendum);
      expect(firstAddendum).toBeLessThan(secondAddendum);
      expect(s.indexOf(squash(doc.addenda?.[1]?.hash ?? '?'))).toBeGreaterThan(secondAddendum);
    }
  });

  it('a report of three pages and more: every page after the first numbered, the signatures not alone', async () => {
    const doc = longPeriodReport(null);
    const { pages } = await pdfPages(await renderPdf(doc));
    expect(pages.length).toBeGreaterThanOrEqual(3);
    expect(pages[0]?.topMargin).toEqual([]);
    expect(pages.slice(1).map((p) => p.topMargin)).toEqual(pages.slice(1).map((_, i) => [String(i + 2)]));
    const signed = pages.find((p) => p.text.includes('BÍ THƯ'));
    const bodyLines = signed?.text.split('\n').filter((l) => l.trim() !== '' && !/^\d+$/.test(l.trim()));
    // More on the signature's page than the signature block and the recipients (8 lines with the name).
    expect(bodyLines?.length ?? 0).toBeGreaterThan(12);
  });

  it('keeps headings with the next paragraph in Word (keepNext)', async () => {
    const { document } = docxParts(await renderDocx(minutesWithAddenda()));
    const heading = document.split('</w:p>').find((p) => p.includes('III. DIỄN BIẾN'));
    expect(heading).toContain('<w:keepNext/>');
  });
});

describe('an unissued document, in every format (issue 17: one draft rule)', { timeout: 60_000 }, () => {
  const drafts: [string, PartyDocument][] = [
    ['minutes', minutesWithAddenda(false)],
    ['annual report', longPeriodReport(null)],
  ];
  for (const [kind, doc] of drafts) {
    it(`${kind}: blank number and date for handwriting, and "DỰ THẢO"`, async () => {
      expect(numberLine(doc)).toMatch(/^Số {7}-(BB|BC)\/CB$/);
      const date = `${doc.header.place}, ngày    tháng    năm 20…`;
      const docx = docxText(await renderDocx(doc));
      expect(docx).toContain(numberLine(doc));
      expect(docx).toContain(date);
      expect(docx).toContain('DỰ THẢO');
      const pdf = (await pdfPages(await renderPdf(doc))).pages[0]?.text ?? '';
      expect(squash(pdf)).toContain(squash(date));
      expect(pdf).toContain('DỰ THẢO');
      expect(pdf).not.toMatch(/ngày \d/);
      const html = renderHtml(doc);
      expect(html).toContain(`<p class="number blank">${numberLine(doc)}</p>`);
      expect(html).toContain(`<i>${date}</i>`);
      expect(html).toContain('<p class="draft-mark">DỰ THẢO</p>');
      expect(html).toMatch(/\.head \.blank \{ white-space: pre-wrap; \}/);
    });
  }
});

describe('the signer of a committee’s documents, read back (issue 17)', { timeout: 60_000 }, () => {
  const letter = (signer: ReturnType<typeof committeeSignature>) =>
    guidanceDocument({
      referenceNumber: '30-CV/ĐU',
      issuedOn: '2027-01-06',
      title: 'Về việc xây dựng kế hoạch sinh hoạt chuyên đề năm 2027',
      theme: null,
      documents: [],
      topicGroups: [],
      planDeadline: '2027-01-31',
      content: null,
      year: 2027,
      committee: { name: 'Đảng ủy phường Bến Thành', place: 'Phường Bến Thành' },
      parent: null,
      signer,
    });
  const signerLines = (text: string) => {
    const lines = text.split('\n').map((l) => l.trim());
    const from = lines.indexOf('T/M BAN THƯỜNG VỤ');
    return lines.slice(from, from + 7).filter((l) => l !== '');
  };

  it('names the signer under T/M … and KT. BÍ THƯ / PHÓ BÍ THƯ in Word, PDF and the print view', async () => {
    const doc = letter(
      committeeSignature({
        authority: 'T/M BAN THƯỜNG VỤ',
        title: 'KT. BÍ THƯ',
        name: 'Lê Thị Hoa',
        setAt: '2027-01-01T00:00:00Z',
      }),
    );
    const expected = ['T/M BAN THƯỜNG VỤ', 'KT. BÍ THƯ', 'PHÓ BÍ THƯ', 'Lê Thị Hoa'];
    expect(signerLines(docxText(await renderDocx(doc)))).toEqual(expected);
    const pdf = (await pdfPages(await renderPdf(doc))).pages.map((p) => p.text).join('\n');
    expect(squash(pdf)).toContain(squash(expected.join('')));
    expect(squash(htmlText(renderHtml(doc)))).toContain(squash(expected.join('')));
  });

  it('without a setting keeps T/M ĐẢNG ỦY, BÍ THƯ and no name (the line for the handwritten one)', async () => {
    const doc = letter(committeeSignature(null));
    const text = docxText(await renderDocx(doc));
    const lines = text.split('\n');
    const at = lines.indexOf('BÍ THƯ');
    expect(lines[at - 1]).toBe('T/M ĐẢNG ỦY');
    expect(lines.slice(at + 1, at + 5)).toEqual(['', '', '', '']);
    const pdf = (await pdfPages(await renderPdf(doc))).pages.map((p) => p.text).join('\n');
    expect(squash(pdf)).toMatch(/T\/MĐẢNGỦYBÍTHƯ$/);
  });
});
