import { describe, expect, it } from 'vitest';
import {
  isMinutesEditable,
  minutesStatus,
  type Signatures,
  signerRoles,
  signIssue,
} from './minutes-status.ts';

const none: Signatures = { chair: false, minuteTaker: false };
const chairOnly: Signatures = { chair: true, minuteTaker: false };
const takerOnly: Signatures = { chair: false, minuteTaker: true };
const both: Signatures = { chair: true, minuteTaker: true };

describe('minutesStatus', () => {
  it('is a draft before anyone signs', () => {
    expect(minutesStatus(none)).toBe('draft');
  });

  it('is signed by one after the chair alone or the minute-taker alone signs', () => {
    expect(minutesStatus(chairOnly)).toBe('signed_by_one');
    expect(minutesStatus(takerOnly)).toBe('signed_by_one');
  });

  it('is locked once the chair and the minute-taker have both signed', () => {
    expect(minutesStatus(both)).toBe('locked');
  });
});

describe('isMinutesEditable', () => {
  it('lets the draft be edited before any signature', () => {
    expect(isMinutesEditable(none)).toBe(true);
  });

  it('freezes the text at the first signature, whoever gives it', () => {
    expect(isMinutesEditable(chairOnly)).toBe(false);
    expect(isMinutesEditable(takerOnly)).toBe(false);
  });

  it('never lets locked minutes be edited', () => {
    expect(isMinutesEditable(both)).toBe(false);
  });
});

describe('signerRoles', () => {
  it('names the chair and the minute-taker by their roles', () => {
    expect(signerRoles('chu-toa', 'chu-toa', 'thu-ky')).toEqual(['chair']);
    expect(signerRoles('thu-ky', 'chu-toa', 'thu-ky')).toEqual(['minute_taker']);
  });

  it('gives anyone else no role', () => {
    expect(signerRoles('dang-vien', 'chu-toa', 'thu-ky')).toEqual([]);
  });

  it('gives no role when nobody has been appointed yet', () => {
    expect(signerRoles('chu-toa', null, null)).toEqual([]);
  });
});

describe('signIssue', () => {
  it('lets the chair and the minute-taker each sign once, in either order', () => {
    expect(signIssue('chu-toa', 'chu-toa', 'thu-ky', none)).toBeUndefined();
    expect(signIssue('thu-ky', 'chu-toa', 'thu-ky', none)).toBeUndefined();
    expect(signIssue('thu-ky', 'chu-toa', 'thu-ky', chairOnly)).toBeUndefined();
    expect(signIssue('chu-toa', 'chu-toa', 'thu-ky', takerOnly)).toBeUndefined();
  });

  it('refuses a member who is neither the chair nor the minute-taker', () => {
    expect(signIssue('dang-vien', 'chu-toa', 'thu-ky', none)).toBe('NOT_A_SIGNER');
  });

  it('refuses everyone while no chair and no minute-taker are appointed', () => {
    expect(signIssue('chu-toa', null, null, none)).toBe('NOT_A_SIGNER');
  });

  it('refuses the minute-taker when only the chair has been appointed', () => {
    expect(signIssue('thu-ky', 'chu-toa', null, none)).toBe('NOT_A_SIGNER');
    expect(signIssue('chu-toa', 'chu-toa', null, none)).toBeUndefined();
  });

  it('refuses a second signature from the same signer', () => {
    expect(signIssue('chu-toa', 'chu-toa', 'thu-ky', chairOnly)).toBe('ALREADY_SIGNED');
    expect(signIssue('thu-ky', 'chu-toa', 'thu-ky', takerOnly)).toBe('ALREADY_SIGNED');
  });

  it('refuses any signature on locked minutes', () => {
    expect(signIssue('chu-toa', 'chu-toa', 'thu-ky', both)).toBe('ALREADY_SIGNED');
    expect(signIssue('thu-ky', 'chu-toa', 'thu-ky', both)).toBe('ALREADY_SIGNED');
  });

  it('refuses to let the chair also sign as minute-taker: they must be two people', () => {
    expect(signIssue('chu-toa', 'chu-toa', 'chu-toa', none)).toBe('SAME_PERSON');
    expect(signIssue('chu-toa', 'chu-toa', 'chu-toa', chairOnly)).toBe('SAME_PERSON');
  });

  it('reports the same person as chair and minute-taker even to someone else who tries to sign', () => {
    expect(signIssue('dang-vien', 'chu-toa', 'chu-toa', none)).toBe('SAME_PERSON');
  });
});

describe('a full signing, step by step', () => {
  it('goes draft → signed by one → locked, and is editable only at the start', () => {
    let signatures: Signatures = none;
    expect(minutesStatus(signatures)).toBe('draft');
    expect(isMinutesEditable(signatures)).toBe(true);

    expect(signIssue('thu-ky', 'chu-toa', 'thu-ky', signatures)).toBeUndefined();
    signatures = { ...signatures, minuteTaker: true };
    expect(minutesStatus(signatures)).toBe('signed_by_one');
    expect(isMinutesEditable(signatures)).toBe(false);

    expect(signIssue('chu-toa', 'chu-toa', 'thu-ky', signatures)).toBeUndefined();
    signatures = { ...signatures, chair: true };
    expect(minutesStatus(signatures)).toBe('locked');
    expect(isMinutesEditable(signatures)).toBe(false);
  });
});
