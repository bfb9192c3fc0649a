export type Locale = 'vi' | 'en';

/** Codes to their wording in each language. */
export type MessageTable = Record<string, Record<Locale, string>>;
