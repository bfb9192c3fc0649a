// The translation runtime (issue 20, "Bytes"): what the app used of i18next and react-i18next, in ~1 kB instead of
// the ~16 kB brotli the two libraries cost the first screen. The catalogs (vi.json, en.json) are unchanged and keep
// i18next's format: nested keys joined by dots, `{{name}}` placeholders (never escaped: React escapes), and plural
// forms as `key_one` / `key_other` chosen with the language's Intl.PluralRules from the `count` option.

export type Resources = Record<string, unknown>;

export interface TOptions {
  /** Chooses the plural form (`key_one`, `key_other`…) and fills `{{count}}`. */
  count?: number;
  /** Shown when no catalog has the key. */
  defaultValue?: string;
  [name: string]: unknown;
}

export type TFunction = (key: string, options?: TOptions) => string;

export interface I18nOptions {
  lng: string;
  fallbackLng: string;
  resources: Record<string, Resources>;
  /** Called with a key no catalog has (once the answer may come later: the whole catalog loads then). */
  onMissingKey?: (key: string) => void;
}

const PLACEHOLDER = /\{\{\s*([\w.]+)\s*\}\}/g;

function lookup(resources: Resources | undefined, key: string): string | undefined {
  let node: unknown = resources;
  for (const part of key.split('.')) {
    if (node === null || typeof node !== 'object') return undefined;
    node = (node as Record<string, unknown>)[part];
  }
  return typeof node === 'string' ? node : undefined;
}

function deepMerge(target: Resources, source: Resources): Resources {
  const out: Resources = { ...target };
  for (const [name, value] of Object.entries(source)) {
    const existing = out[name];
    out[name] =
      value && typeof value === 'object' && existing && typeof existing === 'object'
        ? deepMerge(existing as Resources, value as Resources)
        : value;
  }
  return out;
}

export class I18n {
  language: string;
  private readonly fallbackLng: string;
  private readonly resources: Record<string, Resources>;
  private readonly onMissingKey: ((key: string) => void) | undefined;
  private readonly listeners = new Set<() => void>();
  private readonly pluralRules = new Map<string, Intl.PluralRules>();
  /** A new function on each change of language or catalog, so components that use it render again. */
  t: TFunction;

  constructor(options: I18nOptions) {
    this.language = options.lng;
    this.fallbackLng = options.fallbackLng;
    this.resources = { ...options.resources };
    this.onMissingKey = options.onMissingKey;
    this.t = this.makeT();
  }

  hasResourceBundle(lng: string): boolean {
    return this.resources[lng] !== undefined;
  }

  /** Adds (deep-merged, overwriting) translations for a language; components render again. */
  addResourceBundle(lng: string, resources: Resources): void {
    this.resources[lng] = deepMerge(this.resources[lng] ?? {}, resources);
    this.changed();
  }

  changeLanguage(lng: string): void {
    if (lng === this.language) return;
    this.language = lng;
    this.changed();
  }

  /** Calls `listener` after each change; returns the unsubscribe function. */
  subscribe(listener: () => void): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  private changed(): void {
    this.t = this.makeT();
    for (const listener of this.listeners) listener();
  }

  private pluralSuffix(lng: string, count: number): string {
    let rules = this.pluralRules.get(lng);
    if (!rules) {
      rules = new Intl.PluralRules(lng);
      this.pluralRules.set(lng, rules);
    }
    return rules.select(count);
  }

  private resolve(key: string, options: TOptions | undefined): string | undefined {
    const languages =
      this.language === this.fallbackLng ? [this.language] : [this.language, this.fallbackLng];
    for (const lng of languages) {
      const resources = this.resources[lng];
      const count = options?.count;
      const found =
        (typeof count === 'number'
          ? lookup(resources, `${key}_${this.pluralSuffix(lng, count)}`)
          : undefined) ?? lookup(resources, key);
      if (found !== undefined) return found;
    }
    return undefined;
  }

  private makeT(): TFunction {
    return (key, options) => {
      let text = this.resolve(key, options);
      if (text === undefined) {
        this.onMissingKey?.(key);
        text = options?.defaultValue ?? key;
      }
      if (!options || !text.includes('{{')) return text;
      return text.replace(PLACEHOLDER, (_, name: string) => {
        const value = name
          .split('.')
          .reduce<unknown>(
            (node, part) =>
              node && typeof node === 'object' ? (node as Record<string, unknown>)[part] : undefined,
            options,
          );
        return value === undefined || value === null ? '' : String(value);
      });
    };
  }
}
