import { vietnameseDate } from '#domain/dates/vietnamese-date.ts';
import {
  type Block,
  DRAFT_MARK,
  documentTitle,
  isDraft,
  numberLine,
  type PartyDocument,
  placeAndDateLine,
} from './party-document.ts';

const escapeHtml = (text: string) =>
  text
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;')
    .replace(/'/g, '&#39;');

// Tinos is served by the app (see documents/routes.ts), so the print view looks like the PDF offline too.
const STYLE = `
@font-face { font-family: Tinos; src: url(/api/document-fonts/normal.ttf); }
@font-face { font-family: Tinos; font-weight: bold; src: url(/api/document-fonts/bold.ttf); }
@font-face { font-family: Tinos; font-style: italic; src: url(/api/document-fonts/italics.ttf); }
@font-face { font-family: Tinos; font-weight: bold; font-style: italic; src: url(/api/document-fonts/bolditalics.ttf); }
@page { size: A4; margin: 25mm 15mm 20mm 35mm; @top-center { content: counter(page); font-family: Tinos, 'Times New Roman', serif; font-size: 13pt; } }
@page :first { @top-center { content: none; } }
body { font-family: Tinos, 'Times New Roman', serif; font-size: 14pt; line-height: 1.3; margin: 0 auto; max-width: 16cm; padding: 1cm 0; color: #000; background: #fff; }
@media print { body { padding: 0; } }
.head { display: grid; grid-template-columns: 45% 55%; text-align: center; }
.head p { margin: 0; }
.head .blank { white-space: pre-wrap; }
.draft-mark { font-weight: bold; margin-top: 6pt !important; }
.subject { font-size: 12pt; margin-top: 2pt; }
.party { font-weight: bold; font-size: 15pt; text-decoration: underline; }
.type { text-align: center; font-weight: bold; font-size: 16pt; margin: 24pt 0 0; }
.summary { text-align: center; font-weight: bold; margin: 0 0 12pt; }
p.body { text-indent: 1cm; margin: 0 0 4pt; text-align: justify; }
h2 { font-size: 14pt; margin: 8pt 0 4pt; break-after: avoid; page-break-after: avoid; }
table.grid { width: 100%; border-collapse: collapse; font-size: 12pt; margin: 4pt 0 8pt; }
table.grid th, table.grid td { border: 1px solid #000; padding: 2pt 4pt; vertical-align: top; }
.sign { display: grid; grid-template-columns: 50% 50%; margin-top: 18pt; break-inside: avoid; }
.dotted { border-bottom: 1.5px dotted #000; height: 1.1em; margin: 0 0 6pt; }
.end { break-inside: avoid; page-break-inside: avoid; }
.addendum { margin-top: 18pt; } .addendum h2 { margin-top: 0; } .addendum .hash { font-style: italic; font-size: 11pt; }
.sign .to { font-size: 11pt; } .sign .to p { margin: 0; } .sign .to .label { font-size: 12pt; font-weight: bold; font-style: italic; }
.sign .by { text-align: center; font-weight: bold; } .sign .by p { margin: 0; } .sign .by .space { height: 3.5em; }
`;

/** The print view: the same document as HTML, laid out on A4 for the browser's own print dialog. */
export function renderHtml(doc: PartyDocument): string {
  const { header } = doc;
  const draft = isDraft(doc);
  const date = placeAndDateLine(doc, vietnameseDate);
  // The body's last paragraph and the signatures are one unbreakable block: the signatures never stand alone.
  const last = doc.body.at(-1)?.kind !== 'table' ? doc.body.at(-1) : undefined;
  const body = last ? doc.body.slice(0, -1) : doc.body;
  const addenda = (doc.addenda ?? [])
    .map(
      (a) =>
        `<section class="addendum"><h2>${escapeHtml(a.heading)}</h2><p class="body">${escapeHtml(a.text)}</p><p class="hash">Mã kiểm tra phần bổ sung (SHA-256): ${escapeHtml(a.hash)}</p></section>`,
    )
    .join('\n');
  return `<!doctype html>
<html lang="vi"><head><meta charset="utf-8"><title>${escapeHtml(documentTitle(doc))}</title>
<meta name="viewport" content="width=device-width, initial-scale=1"><style>${STYLE}</style></head>
<body${draft ? ' data-draft="true"' : ''}>
<div class="head">
  <div>${header.parentBody ? `<p>${escapeHtml(header.parentBody.toUpperCase())}</p>` : ''}<p><b>${escapeHtml(header.issuingBody.toUpperCase())}</b></p><p>*</p><p class="number blank">${escapeHtml(numberLine(doc))}</p>${header.subject ? `<p class="subject">${escapeHtml(header.subject)}</p>` : ''}</div>
  <div><p class="party">ĐẢNG CỘNG SẢN VIỆT NAM</p><p>&nbsp;</p><p class="date blank"><i>${escapeHtml(date)}</i></p>${draft ? `<p class="draft-mark">${DRAFT_MARK}</p>` : ''}</div>
</div>
${doc.type ? `<p class="type">${escapeHtml(doc.type.toUpperCase())}</p>\n<p class="summary">${escapeHtml(doc.summary)}</p>` : '<p>&nbsp;</p>'}
${body.map(block).join('\n')}
<div class="end">
${last ? block(last) : ''}
<div class="sign">
  ${
    doc.cosigner
      ? `<div class="by"><p>${escapeHtml(doc.cosigner.title)}</p><div class="space"></div><p>${escapeHtml(doc.cosigner.name ?? '')}</p></div>`
      : `<div class="to"><p class="label">Nơi nhận:</p>${doc.recipients.map((r) => `<p>${escapeHtml(r)}</p>`).join('')}</div>`
  }
  <div class="by">${doc.signature.authority ? `<p>${escapeHtml(doc.signature.authority)}</p>` : ''}${doc.signature.title
    .split('\n')
    .map((l) => `<p>${escapeHtml(l)}</p>`)
    .join('')}<div class="space"></div><p>${escapeHtml(doc.signature.name ?? '')}</p></div>
</div>
</div>
${addenda}
</body></html>`;
}

function block(b: Block): string {
  switch (b.kind) {
    case 'heading':
      return `<h2>${escapeHtml(b.text)}</h2>`;
    case 'dotted':
      return '<p class="dotted"></p>';
    case 'paragraph': {
      const text = escapeHtml(b.text);
      const styled = b.bold ? `<b>${text}</b>` : b.italics ? `<i>${text}</i>` : text;
      return `<p class="body"${b.align === 'center' ? ' style="text-align:center;text-indent:0"' : ''}>${styled}</p>`;
    }
    case 'table': {
      const total = b.widths.reduce((a, w) => a + w, 0);
      const cols = b.widths.map((w) => `<col style="width:${((w / total) * 100).toFixed(1)}%">`).join('');
      const head = `<tr>${b.header.map((h) => `<th>${escapeHtml(h)}</th>`).join('')}</tr>`;
      const rows = b.rows
        .map((row) =>
          row.spanning
            ? `<tr><td colspan="${b.header.length}"><b>${escapeHtml(row.cells[0] ?? '')}</b></td></tr>`
            : `<tr>${row.cells.map((c) => `<td>${escapeHtml(c)}</td>`).join('')}</tr>`,
        )
        .join('');
      return `<table class="grid"><colgroup>${cols}</colgroup><thead>${head}</thead><tbody>${rows}</tbody></table>`;
    }
  }
}
