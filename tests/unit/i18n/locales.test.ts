import { describe, expect, it } from 'vitest';
import { getT } from '@/lib/i18n/server';
import { namespaces, resources } from '@/lib/i18n/resources';

type Tree = { [key: string]: string | Tree };

/** "a.b.c" → value, for every leaf of a translation file. */
function flatten(tree: Tree, prefix = ''): Map<string, string> {
  const out = new Map<string, string>();
  for (const [key, value] of Object.entries(tree)) {
    const path = prefix ? `${prefix}.${key}` : key;
    if (typeof value === 'string') out.set(path, value);
    else for (const [k, v] of flatten(value, path)) out.set(k, v);
  }
  return out;
}

// "{{max}}" and "{{max, number}}" (with an i18next format) both name the variable "max".
const variables = (text: string) => [...text.matchAll(/\{\{\s*(\w+)\s*(?:,[^}]*)?\}\}/g)].map((m) => m[1]).sort();

/** Variables that hold numbers, which UI copy formats per language ("5.000" / "5,000"). */
const NUMERIC = new Set(['count', 'max', 'min', 'page', 'pageCount']);

describe.each(namespaces)('locales/*/%s.json', (ns) => {
  const de = flatten(resources.de[ns] as Tree);
  const en = flatten(resources.en[ns] as Tree);

  it('has the same keys in German and English', () => {
    expect([...en.keys()].sort()).toEqual([...de.keys()].sort());
  });

  it('has no empty strings', () => {
    for (const [key, value] of [...de, ...en]) expect(value.trim(), key).not.toBe('');
  });

  it('uses the same interpolation variables in both languages', () => {
    for (const [key, value] of de) expect(variables(en.get(key) ?? ''), key).toEqual(variables(value));
  });

  it('formats every number it shows for the language (i18next "number" format, Intl)', () => {
    for (const [key, value] of [...de, ...en]) {
      for (const m of value.matchAll(/\{\{\s*(\w+)\s*(,[^}]*)?\}\}/g)) {
        if (NUMERIC.has(m[1]!)) expect(m[2]?.trim(), `${key}: ${m[0]}`).toBe(', number');
      }
    }
  });

  it('uses typographic quotes and apostrophes in English copy', () => {
    for (const [key, value] of en) expect(value, key).not.toMatch(/["']/);
  });
});

describe('numbers in UI copy follow the language', () => {
  it('writes thousands the German and the English way', () => {
    expect(getT('de', 'consulting')('form.messageHint', { max: 5000 })).toContain('5.000 Zeichen');
    expect(getT('en', 'consulting')('form.messageHint', { max: 5000 })).toContain('5,000 characters');
    expect(getT('de', 'pages')('category.count', { count: 1200 })).toBe('1.200 Beiträge');
    expect(getT('en', 'pages')('category.count', { count: 1 })).toBe('1 article');
  });
});
