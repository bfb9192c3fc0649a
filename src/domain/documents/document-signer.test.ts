import { describe, expect, it } from 'vitest';
import { committeeSignature, type SignerSetting, signerInForce, UNSET_SIGNATURE } from './document-signer.ts';

const set = (name: string, setAt: string, title: SignerSetting['title'] = 'BÍ THƯ'): SignerSetting => ({
  authority: 'T/M ĐẢNG ỦY',
  title,
  name,
  setAt,
});

describe('the signer of a committee’s documents', () => {
  it('without a setting keeps T/M ĐẢNG ỦY, BÍ THƯ and a blank line for the name', () => {
    expect(committeeSignature(null)).toEqual({ authority: 'T/M ĐẢNG ỦY', title: 'BÍ THƯ', name: null });
    expect(committeeSignature(undefined)).toBe(UNSET_SIGNATURE);
  });

  it('names the signer under the lines set; a deputy signing for the secretary gets KT. over PHÓ BÍ THƯ', () => {
    expect(
      committeeSignature({ ...set('Trần Văn Bình', '2026-01-01T00:00:00Z'), authority: 'T/M BAN THƯỜNG VỤ' }),
    ).toEqual({ authority: 'T/M BAN THƯỜNG VỤ', title: 'BÍ THƯ', name: 'Trần Văn Bình' });
    expect(committeeSignature(set('Lê Thị Hoa', '2026-01-01T00:00:00Z', 'KT. BÍ THƯ')).title).toBe(
      'KT. BÍ THƯ\nPHÓ BÍ THƯ',
    );
    expect(committeeSignature(set('Lê Thị Hoa', '2026-01-01T00:00:00Z', 'PHÓ BÍ THƯ')).title).toBe(
      'PHÓ BÍ THƯ',
    );
  });

  it('a document carries the setting in force when it was issued, never a later one', () => {
    const settings = [
      set('Trần Văn Bình', '2026-02-01T00:00:00Z'),
      set('Lê Thị Hoa', '2026-06-01T00:00:00Z'),
    ];
    expect(signerInForce(settings, '2026-01-15T00:00:00Z')).toBeNull();
    expect(signerInForce(settings, '2026-02-01T00:00:00Z')?.name).toBe('Trần Văn Bình');
    expect(signerInForce(settings, '2026-05-31T23:59:59Z')?.name).toBe('Trần Văn Bình');
    expect(signerInForce([...settings].reverse(), '2026-07-01T00:00:00Z')?.name).toBe('Lê Thị Hoa');
  });
});
