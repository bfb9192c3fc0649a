import { describe, expect, it } from 'vitest';
import en from './en.json';
import { I18n } from './runtime.ts';
import vi from './vi.json';

const make = (missing: string[] = []) =>
  new I18n({
    lng: 'vi',
    fallbackLng: 'vi',
    resources: {
      vi: {
        common: { hello: 'Xin chào {{name}}', nested: { deep: 'Sâu' } },
        search: { count_other: '{{count}} kết quả' },
        only: 'Chỉ tiếng Việt',
      },
    },
    onMissingKey: (key) => missing.push(key),
  });

describe('the translation runtime (i18next format, issue 20 "Bytes")', () => {
  it('finds nested keys and fills placeholders, unescaped', () => {
    const i18n = make();
    expect(i18n.t('common.nested.deep')).toBe('Sâu');
    expect(i18n.t('common.hello', { name: '<b>Lan</b>' })).toBe('Xin chào <b>Lan</b>');
    expect(i18n.t('common.hello', {})).toBe('Xin chào ');
  });

  it('chooses the plural form with the language rules, and the plain key when there is none', () => {
    const i18n = make();
    expect(i18n.t('search.count', { count: 1 })).toBe('1 kết quả');
    i18n.addResourceBundle('en', {
      search: { count_one: '{{count}} result', count_other: '{{count}} results' },
    });
    i18n.changeLanguage('en');
    expect(i18n.t('search.count', { count: 1 })).toBe('1 result');
    expect(i18n.t('search.count', { count: 0 })).toBe('0 results');
    expect(i18n.t('common.hello', { name: 'Lan', count: 2 })).toBe('Xin chào Lan');
  });

  it('falls back to Vietnamese, then to the default value or the key, and reports the missing key', () => {
    const missing: string[] = [];
    const i18n = make(missing);
    i18n.addResourceBundle('en', { common: { hello: 'Hello {{name}}' } });
    i18n.changeLanguage('en');
    expect(i18n.t('common.hello', { name: 'Lan' })).toBe('Hello Lan');
    expect(i18n.t('only')).toBe('Chỉ tiếng Việt');
    expect(i18n.t('roles.mystery', { defaultValue: 'mystery' })).toBe('mystery');
    expect(i18n.t('nowhere.key')).toBe('nowhere.key');
    expect(i18n.t('common')).toBe('common');
    expect(missing).toEqual(['roles.mystery', 'nowhere.key', 'common']);
  });

  it('merges a later catalog into the first sections and gives a new t to render again', () => {
    const i18n = make();
    const before = i18n.t;
    let calls = 0;
    const stop = i18n.subscribe(() => calls++);
    i18n.addResourceBundle('vi', { common: { bye: 'Tạm biệt' } });
    expect(i18n.t('common.bye')).toBe('Tạm biệt');
    expect(i18n.t('common.hello', { name: 'Lan' })).toBe('Xin chào Lan');
    expect(i18n.t).not.toBe(before);
    i18n.changeLanguage('vi');
    expect(calls).toBe(1);
    stop();
    i18n.changeLanguage('en');
    expect(calls).toBe(1);
  });

  it('reads the real catalogs: plurals in English, Vietnamese sentences with their values', () => {
    const i18n = new I18n({ lng: 'en', fallbackLng: 'vi', resources: { vi, en } });
    expect(i18n.t('search.count', { count: 1 })).toBe('1 result');
    expect(i18n.t('search.count', { count: 2 })).toBe('2 results');
    i18n.changeLanguage('vi');
    expect(i18n.t('common.httpError', { status: 503 })).toBe('Máy chủ trả lỗi 503');
  });
});
