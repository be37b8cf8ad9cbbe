import { describe, expect, it } from 'vitest';
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

const variables = (text: string) => [...text.matchAll(/\{\{\s*(\w+)\s*\}\}/g)].map((m) => m[1]).sort();

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
});
