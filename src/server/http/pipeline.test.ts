import { describe, expect, it } from 'vitest';
import { cookieValue } from './pipeline.ts';

describe('cookieValue', () => {
  it('finds one cookie among others, wherever it stands', () => {
    const header = 'theme=dark; cd_session=abc_DEF-123; cd_lang=en';
    expect(cookieValue(header, 'cd_session')).toBe('abc_DEF-123');
    expect(cookieValue(header, 'cd_lang')).toBe('en');
    expect(cookieValue(header, 'theme')).toBe('dark');
    expect(cookieValue('cd_session=only', 'cd_session')).toBe('only');
  });

  it('matches the whole name, not a part of another', () => {
    expect(cookieValue('xcd_session=no; cd_session_old=no', 'cd_session')).toBeUndefined();
    expect(cookieValue('cd_sessionx=no; cd_session=yes', 'cd_session')).toBe('yes');
  });

  it('takes the first of two, unquotes, decodes percent-escapes, and keeps a bad escape as sent', () => {
    expect(cookieValue('a=1; a=2', 'a')).toBe('1');
    expect(cookieValue('a="quoted"', 'a')).toBe('quoted');
    expect(cookieValue('a=Vi%E1%BB%87t', 'a')).toBe('Việt');
    expect(cookieValue('a=100%', 'a')).toBe('100%');
  });

  it('answers nothing without the header, the cookie or a value sign', () => {
    expect(cookieValue(undefined, 'a')).toBeUndefined();
    expect(cookieValue('', 'a')).toBeUndefined();
    expect(cookieValue('b=1', 'a')).toBeUndefined();
    expect(cookieValue('a; b=1', 'a')).toBeUndefined();
    expect(cookieValue('a=', 'a')).toBe('');
  });
});
