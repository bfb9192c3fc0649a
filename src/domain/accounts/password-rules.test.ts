import { describe, expect, it } from 'vitest';
import { passwordProblem } from './password-rules.ts';

describe('passwordProblem', () => {
  it('accepts a long password that is neither the username nor common', () => {
    expect(passwordProblem('Hoa-sen-nở-giữa-hồ', 'bithu.khoanoi')).toBeNull();
    expect(passwordProblem('ChuyenDe@2026', 'bithu.khoanoi')).toBeNull();
  });

  it('refuses fewer than 10 characters, counting letters with diacritics as one', () => {
    expect(passwordProblem('Xk9#pq2Lm', 'bithu')).toBe('too_short');
    expect(passwordProblem('Đảng-ủy-xã', 'bithu')).toBeNull();
    expect(passwordProblem('đảngủyxãa', 'bithu')).toBe('too_short');
  });

  it('refuses a password containing the username, in any case', () => {
    expect(passwordProblem('BiThu.KhoaNoi-2026', 'bithu.khoanoi')).toBe('contains_username');
    expect(passwordProblem('xx-nguyenvana-yy', 'NguyenVanA')).toBe('contains_username');
  });

  it('refuses listed passwords, decorated or repeated', () => {
    expect(passwordProblem('1234567890', 'bithu')).toBe('too_common');
    expect(passwordProblem('Qwertyuiop', 'bithu')).toBe('too_common');
    expect(passwordProblem('Matkhau@2026', 'bithu')).toBe('too_common');
    expect(passwordProblem('password2026!', 'bithu')).toBe('too_common');
    expect(passwordProblem('anhyeuemanhyeuem', 'bithu')).toBe('too_common');
    // From zxcvbn-ts's maintained ranking, not in our own list.
    expect(passwordProblem('Yankees@2026', 'bithu')).toBe('too_common');
    expect(passwordProblem('heatherheather', 'bithu')).toBe('too_common');
    expect(passwordProblem('!!!!!!!!!!!!', 'bithu')).toBe('too_common');
  });

  it('does not refuse a common word inside a longer passphrase', () => {
    expect(passwordProblem('matkhau-cua-chi-bo-khoa-noi', 'bithu')).toBeNull();
  });
});
