import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadContent } from '@/lib/content/load';
import { contentWith, NOW } from './helpers';

/** The valid fixture corpus with content/categories/technologie.md given these extra front-matter lines. */
function withTechnologie(extra: string, otherFiles: Record<string, string> = {}) {
  const { dir, publicDir } = contentWith();
  const file = path.join(dir, 'categories', 'technologie.md');
  fs.writeFileSync(file, fs.readFileSync(file, 'utf8').replace('\norder:', `\n${extra}\norder:`));
  for (const [name, text] of Object.entries(otherFiles)) fs.writeFileSync(path.join(dir, 'categories', name), text);
  return loadContent({ contentDir: dir, publicDir, now: NOW });
}

const CATEGORY = (slugs: string) => `---\nname:\n  de: Forschung\n  en: Research\ndescription:\n  de: Durchbrüche aus Wissenschaft und Laboren.\n  en: Breakthroughs from science and labs.\n${slugs}order: 3\n---\n`;

describe('category URL slugs per language (front matter `slugs`)', () => {
  it('accepts an English slug and keeps the file name as the id', () => {
    const result = withTechnologie('slugs:\n  en: technology');
    expect(result.issues).toEqual([]);
    expect(result.categories.get('technologie')?.slugs).toEqual({ en: 'technology' });
  });

  it('is optional: without it both languages use the file name', () => {
    const result = withTechnologie('');
    expect(result.issues).toEqual([]);
    expect(result.categories.get('technologie')?.slugs).toBeUndefined();
  });

  it('refuses a slug that is not lower-case words and hyphens, and unknown languages', () => {
    const bad = withTechnologie('slugs:\n  en: Tech Nology');
    expect(bad.issues.map((i) => i.field)).toContain('slugs.en');
    const unknown = withTechnologie('slugs:\n  fr: technologie');
    expect(unknown.issues).toContainEqual(expect.objectContaining({ file: expect.stringContaining('technologie.md'), field: expect.stringContaining('fr') }));
  });

  it('refuses a slug that another category already uses, in any language', () => {
    const taken = withTechnologie('slugs:\n  en: business');
    expect(taken.issues).toContainEqual(expect.objectContaining({ field: 'slugs', found: expect.stringContaining('"business"') }));
    const twice = withTechnologie('slugs:\n  en: research', { 'forschung.md': CATEGORY('slugs:\n  en: research\n') });
    expect(twice.issues.filter((i) => i.field === 'slugs')).toHaveLength(1);
  });
});
