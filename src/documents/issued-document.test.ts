import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { docxText, pdfText } from '../../tests/support/document-text.ts';
import { ISSUED_DOCUMENT_VERSION, issuedDocumentJson, parseIssuedDocument } from './issued-document.ts';
import { renderDocx } from './render-docx.ts';
import { renderHtml } from './render-html.ts';
import { renderPdf } from './render-pdf.ts';

/** Reports as the app stored them when they were issued (version 1), kept byte for byte. */
const fixture = (name: string) =>
  fs.readFileSync(path.join(import.meta.dirname, '../../tests/fixtures/issued-documents', name), 'utf8');

/** Whitespace as the renderers break lines is not what is checked: the words are. */
const words = (text: string) => text.replace(/\s+/g, ' ');

// The first PDF render loads the fonts: seconds on a busy machine.
describe('an issued document stored as version 1', { timeout: 30_000 }, () => {
  const review = fixture('review-v1.json');
  const meetingReport = fixture('meeting-report-v1.json');

  it('reads as the current model, without its version', () => {
    const doc = parseIssuedDocument(review);
    expect(JSON.parse(review).version).toBe(1);
    expect(doc).not.toHaveProperty('version');
    expect(doc.header.number).toBe('Số 01-BC/CB');
    expect(doc.body.some((b) => b.kind === 'table')).toBe(true);
  });

  it('renders to Word, PDF and the print view with its number, table and signature', async () => {
    const doc = parseIssuedDocument(review);
    const docx = words(docxText(await renderDocx(doc)));
    const pdf = words(await pdfText(await renderPdf(doc)));
    const html = renderHtml(doc);
    for (const text of [docx, pdf, html]) {
      expect(text).toContain('Số 01-BC/CB');
      expect(text).toContain('Chi bộ Trường Mầm non Mỹ Hòa'.toUpperCase());
      expect(text).toContain('Rà soát, sửa chữa thiết bị đồ chơi ngoài trời');
      expect(text).toContain('Trần Ngọc Thảo');
    }
    expect(docx).toContain('Sơ kết việc thực hiện Nghị quyết số 01-NQ/CB');
  });

  it('renders a meeting report issued before the version was recorded, as version 1', async () => {
    const { version: _v1, ...legacy } = JSON.parse(meetingReport);
    const doc = parseIssuedDocument(JSON.stringify(legacy));
    const docx = words(docxText(await renderDocx(doc)));
    expect(docx).toContain('Số 02-BC/CB');
    expect(docx).toContain('Đảng viên có mặt 7/8 (88%); vắng có lý do 1; vắng không lý do 0.');
    expect(renderHtml(doc)).toContain('III. KẾT QUẢ');
  });

  it('is stored with the current version, and a stored document reads back unchanged', () => {
    const doc = parseIssuedDocument(meetingReport);
    const stored = issuedDocumentJson(doc);
    expect(JSON.parse(stored).version).toBe(ISSUED_DOCUMENT_VERSION);
    expect(parseIssuedDocument(stored)).toEqual(doc);
  });

  it('refuses a document that is not the model (a version it does not know, a missing part)', () => {
    expect(() => parseIssuedDocument(JSON.stringify({ ...JSON.parse(review), version: 2 }))).toThrow();
    const { body: _body, ...bodiless } = JSON.parse(review);
    expect(() => parseIssuedDocument(JSON.stringify(bodiless))).toThrow();
  });
});
