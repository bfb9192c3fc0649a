/**
 * Who signs a committee's documents (issue 17, item 5: the guidance letter "names its signer under T/M ĐẢNG ỦY /
 * BÍ THƯ"). A cell's documents are signed by its secretary "T/M CHI BỘ" (the secretary role); a committee has
 * no such role in the app, so each committee sets its signer: the collective it signs for ("T/M ĐẢNG ỦY",
 * "T/M BAN THƯỜNG VỤ", "T/M BAN CHẤP HÀNH"), the title ("BÍ THƯ", "PHÓ BÍ THƯ", or "KT. BÍ THƯ" over "PHÓ BÍ
 * THƯ" for a deputy signing in the secretary's stead) and the name. *Practice*: the lines are those party
 * documents print; Hướng dẫn 36-HD/VPTW itself could not be consulted here (decision 009).
 */
export const SIGNER_AUTHORITIES = ['T/M ĐẢNG ỦY', 'T/M BAN THƯỜNG VỤ', 'T/M BAN CHẤP HÀNH'] as const;
export const SIGNER_TITLES = ['BÍ THƯ', 'PHÓ BÍ THƯ', 'KT. BÍ THƯ'] as const;
export const SIGNER_NAME_MAX = 80;

export type SignerAuthority = (typeof SIGNER_AUTHORITIES)[number];
export type SignerTitle = (typeof SIGNER_TITLES)[number];

export interface SignerSetting {
  authority: SignerAuthority;
  title: SignerTitle;
  name: string;
  /** The instant it was set (ISO-8601 UTC). */
  setAt: string;
}

export interface SignatureLines {
  authority: string;
  /** One line, or two separated by "\n" ("KT. BÍ THƯ" over "PHÓ BÍ THƯ"). */
  title: string;
  /** null: the line is left blank for the name written by hand. */
  name: string | null;
}

/** Without a setting: the committee's usual lines and a blank for the handwritten name (the behaviour before). */
export const UNSET_SIGNATURE: SignatureLines = { authority: 'T/M ĐẢNG ỦY', title: 'BÍ THƯ', name: null };

/** The signature block of a committee's document signed under this setting (none: the blank name). */
export function committeeSignature(setting: SignerSetting | null | undefined): SignatureLines {
  if (!setting) return UNSET_SIGNATURE;
  return {
    authority: setting.authority,
    // "KT." (ký thay): the deputy signs in the secretary's stead, the deputy's own title under it.
    title: setting.title === 'KT. BÍ THƯ' ? 'KT. BÍ THƯ\nPHÓ BÍ THƯ' : setting.title,
    name: setting.name,
  };
}

/**
 * The setting in force when a document was issued: the last one set at or before that instant. A document
 * issued before any setting keeps the blank line (settings never reach back to documents already issued).
 */
export function signerInForce(settings: readonly SignerSetting[], issuedAt: string): SignerSetting | null {
  let found: SignerSetting | null = null;
  for (const s of settings) if (s.setAt <= issuedAt && (!found || s.setAt >= found.setAt)) found = s;
  return found;
}
