import { describe, expect, it } from 'vitest';
import { type HtmlNode, plainTextMap, plainTextOf } from './rich-text.ts';

const text = (t: string, ref?: unknown): HtmlNode => ({ type: 'text', text: t, ref });
const el = (tag: string, ...children: HtmlNode[]): HtmlNode => ({ type: 'element', tag, children });

describe('plainTextOf', () => {
  it('ends each block with one line break and nothing after the last', () => {
    expect(
      plainTextOf([el('h2', text('1. Thực trạng')), el('p', text('Ưu điểm.')), el('p', text('Hạn chế.'))]),
    ).toBe('1. Thực trạng\nƯu điểm.\nHạn chế.');
  });

  it('keeps inline emphasis inside the line and turns br into a line break', () => {
    expect(
      plainTextOf([
        el('p', text('Tinh thần '), el('strong', text('trách nhiệm')), text('.'), el('br'), text('Mới')),
      ]),
    ).toBe('Tinh thần trách nhiệm.\nMới');
  });

  it('does not double the break of a paragraph inside a list item or a quotation', () => {
    expect(
      plainTextOf([
        el('ul', el('li', el('p', text('Một'))), el('li', el('p', text('Hai')))),
        el('blockquote', el('p', text('Lời Bác'))),
      ]),
    ).toBe('Một\nHai\nLời Bác');
  });

  it('gives nothing for empty blocks', () => {
    expect(plainTextOf([el('p'), el('p', text('A')), el('p'), el('p', text('B'))])).toBe('A\nB');
    expect(plainTextOf([])).toBe('');
  });
});

describe('plainTextMap', () => {
  it('says where each text node starts, so a selection maps to offsets in the plain text', () => {
    const a = {};
    const b = {};
    const c = {};
    const { text: t, spans } = plainTextMap([
      el('p', text('Công tác ', a), el('em', text('tạo nguồn', b))),
      el('p', text('còn chậm.', c)),
    ]);
    expect(t).toBe('Công tác tạo nguồn\ncòn chậm.');
    expect(spans).toEqual([
      { ref: a, start: 0, length: 9 },
      { ref: b, start: 9, length: 9 },
      { ref: c, start: 19, length: 9 },
    ]);
    expect(t.slice(19, 19 + 9)).toBe('còn chậm.');
  });
});
