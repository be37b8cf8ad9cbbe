import fs from 'node:fs';
import path from 'node:path';
import { renderToStaticMarkup } from 'react-dom/server';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { ContentProblemsDocument } from '@/components/dev/content-problems';
import { contentProblemsWhileEditing } from '@/lib/content/dev-problems';
import { contentWith } from './helpers';

// next/font only works inside a Next build; the view just needs the class names.
vi.mock('@/app/fonts/fonts', () => ({ fontVariables: 'fonts' }));

function useContent(dir: string, publicDir: string, mode: string) {
  vi.stubEnv('NODE_ENV', mode);
  vi.stubEnv('CONTENT_DIR', dir);
  vi.stubEnv('PUBLIC_DIR', publicDir);
}

afterEach(() => {
  vi.unstubAllEnvs();
});

describe('contentProblemsWhileEditing', () => {
  it('returns every problem of the content in next dev, and nothing once the file is fixed', () => {
    const { dir, publicDir } = contentWith([{ fixture: 'three-problems.md' }]);
    useContent(dir, publicDir, 'development');
    expect(contentProblemsWhileEditing()?.map((i) => i.field)).toEqual(['date', 'cover.src', 'category']);
    // An editor fixes the file: the next request sees valid content without a restart.
    fs.rmSync(path.join(dir, 'articles', 'de', 'three-problems.md'));
    expect(contentProblemsWhileEditing()).toBeUndefined();
  });

  it('is off outside next dev (the build stops on bad content instead)', () => {
    const { dir, publicDir } = contentWith([{ fixture: 'three-problems.md' }]);
    useContent(dir, publicDir, 'production');
    expect(contentProblemsWhileEditing()).toBeUndefined();
  });
});

describe('ContentProblemsDocument', () => {
  const issues = [
    { file: 'content/articles/de/a.md', field: 'date', found: '"2024-13-45"', expected: 'a real calendar date such as 2024-08-28 or 2024-08-28T09:30' },
    { file: 'content/articles/de/b.md', field: 'title', found: '"<script>alert(1)</script>"', expected: 'a string' },
  ];

  it('lists each problem as "file: field: found …, expected …" in the page language', () => {
    const html = renderToStaticMarkup(<ContentProblemsDocument lang="de" issues={issues} />);
    expect(html).toContain('<html lang="de"');
    expect(html).toContain('Inhalte mit Fehlern');
    expect(html).toContain('2 Probleme');
    const text = html.replace(/<[^>]+>/g, '').replace(/&quot;/g, '"');
    expect(text).toContain('content/articles/de/a.md: date: found "2024-13-45", expected a real calendar date such as 2024-08-28 or 2024-08-28T09:30');
    expect(renderToStaticMarkup(<ContentProblemsDocument lang="en" issues={issues.slice(0, 1)} />)).toContain('1 problem<');
  });

  it('renders values from content files as text, never as markup', () => {
    const html = renderToStaticMarkup(<ContentProblemsDocument lang="en" issues={issues} />);
    expect(html).not.toContain('<script>alert(1)</script>');
    expect(html).toContain('&lt;script&gt;alert(1)&lt;/script&gt;');
  });
});
