import { describe, expect, it } from 'vitest';
import {
  DISPOSITIONS,
  type DisposableComment,
  dispositionSummary,
  isDisposed,
  isDispositionComplete,
  needsExplanation,
  pendingComments,
  validateDisposition,
} from './disposition.ts';

describe('DISPOSITIONS', () => {
  it('are accepted, partly accepted and not accepted', () => {
    expect(DISPOSITIONS).toEqual(['accepted', 'partly_accepted', 'not_accepted']);
  });
});

describe('needsExplanation', () => {
  it('asks for an explanation unless the comment is accepted as it stands', () => {
    expect(needsExplanation('accepted')).toBe(false);
    expect(needsExplanation('partly_accepted')).toBe(true);
    expect(needsExplanation('not_accepted')).toBe(true);
  });
});

describe('validateDisposition', () => {
  it('accepts an accepted comment without explanation', () => {
    expect(validateDisposition({ disposition: 'accepted' })).toBeUndefined();
    expect(validateDisposition({ disposition: 'accepted', explanation: null })).toBeUndefined();
    expect(validateDisposition({ disposition: 'accepted', explanation: '' })).toBeUndefined();
  });

  it('accepts an accepted comment with a note', () => {
    expect(
      validateDisposition({ disposition: 'accepted', explanation: 'Đã bổ sung ở mục II.' }),
    ).toBeUndefined();
  });

  for (const disposition of ['partly_accepted', 'not_accepted'] as const) {
    it(`accepts ${disposition} with an explanation`, () => {
      expect(
        validateDisposition({
          disposition,
          explanation: 'Số liệu này thuộc báo cáo quý sau, sẽ đưa vào chuyên đề 3.',
        }),
      ).toBeUndefined();
    });

    for (const explanation of [undefined, null, '', '   ', '\n\t\u00a0']) {
      it(`requires an explanation for ${disposition} (${JSON.stringify(explanation)})`, () => {
        expect(validateDisposition({ disposition, explanation })).toEqual({ code: 'EXPLANATION_REQUIRED' });
      });
    }
  }
});

describe('isDisposed', () => {
  it('is false while a comment has no answer', () => {
    expect(isDisposed({})).toBe(false);
    expect(isDisposed({ disposition: null, explanation: 'nháp' })).toBe(false);
  });

  it('is true for a valid answer', () => {
    expect(isDisposed({ disposition: 'accepted' })).toBe(true);
    expect(isDisposed({ disposition: 'not_accepted', explanation: 'Ngoài phạm vi chuyên đề.' })).toBe(true);
  });

  it('is false for an answer that lacks its explanation', () => {
    expect(isDisposed({ disposition: 'partly_accepted' })).toBe(false);
    expect(isDisposed({ disposition: 'not_accepted', explanation: ' ' })).toBe(false);
  });
});

const comments: (DisposableComment & { id: string })[] = [
  { id: 'c1', disposition: 'accepted' },
  { id: 'c2', disposition: 'accepted', explanation: 'Đã sửa câu mở đầu.' },
  { id: 'c3', disposition: 'partly_accepted', explanation: 'Giữ nguyên cơ cấu, bổ sung ví dụ.' },
  { id: 'c4', disposition: 'not_accepted', explanation: 'Nội dung đã có ở mục III.' },
  { id: 'c5' },
  { id: 'c6', disposition: 'not_accepted' },
];

describe('dispositionSummary', () => {
  it('counts each disposition and the comments still pending', () => {
    expect(dispositionSummary(comments)).toEqual({
      total: 6,
      accepted: 2,
      partly_accepted: 1,
      not_accepted: 1,
      pending: 2,
    });
  });

  it('adds up to the total', () => {
    const s = dispositionSummary(comments);
    expect(s.accepted + s.partly_accepted + s.not_accepted + s.pending).toBe(s.total);
  });

  it('is all zero for no comments', () => {
    expect(dispositionSummary([])).toEqual({
      total: 0,
      accepted: 0,
      partly_accepted: 0,
      not_accepted: 0,
      pending: 0,
    });
  });
});

describe('pendingComments', () => {
  it('lists the unanswered and the invalidly answered comments, in order', () => {
    expect(pendingComments(comments).map((c) => c.id)).toEqual(['c5', 'c6']);
  });
});

describe('isDispositionComplete', () => {
  it('is false while any comment is pending', () => {
    expect(isDispositionComplete(comments)).toBe(false);
    expect(isDispositionComplete(comments.slice(0, 5))).toBe(false);
  });

  it('is true once every comment has a valid answer', () => {
    expect(isDispositionComplete(comments.slice(0, 4))).toBe(true);
  });

  it('is true when nobody commented', () => {
    expect(isDispositionComplete([])).toBe(true);
  });

  it('agrees with the summary', () => {
    for (let n = 0; n <= comments.length; n++) {
      const some = comments.slice(0, n);
      expect(isDispositionComplete(some)).toBe(dispositionSummary(some).pending === 0);
    }
  });
});
