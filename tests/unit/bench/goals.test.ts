import { describe, expect, it } from 'vitest';
import { blogStarterReference, evaluateGoals, goalsMarkdown, goalsText, randomPathsLua } from '../../../scripts/bench/goals';
import { percentile } from '../../../scripts/bench/queries';

describe('bench goals', () => {
  const all = {
    articles: 200,
    buildSeconds: 50,
    buildMsPerExtraArticle: 4.6,
    buildPeakMb: 1370,
    firstPageMs: 2100,
    firstSearchMs: 1200,
    rssAfterLoadMb: 420,
    rssLoadSeconds: 60,
    searchP95Ms: 4.2,
    pageWeightKb: 272.3,
    articleRequestsPerSecond: 450,
    ratioIdentity: 0.95,
    ratioGzip: 0.79,
    ratioBrGzip: 0.8,
  };

  it('marks each goal met or missed at its threshold, and figures without a goal with neither', () => {
    const rows = evaluateGoals(all);
    const byFigure = (start: string) => rows.find((r) => r.figure.startsWith(start))!;
    expect(byFigure('build: ms per extra').pass).toBe(true);
    expect(byFigure('start-up: spawn').pass).toBe(true);
    expect(byFigure('start-up: first page → first search').pass).toBe(false);
    expect(byFigure('server RSS after 60 s').pass).toBe(true);
    expect(byFigure('search p95').pass).toBe(true);
    expect(byFigure('cache ÷ nginx file, no compression').pass).toBe(true);
    expect(byFigure('cache ÷ nginx precompressed file, `gzip`').pass).toBe(false);
    expect(byFigure('cache ÷ nginx precompressed file, `br, gzip`').pass).toBe(true);
    expect(byFigure('build: peak memory').pass).toBeUndefined();
    expect(byFigure('article page weight').pass).toBeUndefined();
    expect(byFigure('article req/s').value).toContain('quoted reference for 200 posts: 2,708');
  });

  it('does not call a negative build slope (load noise) a pass', () => {
    const slope = evaluateGoals({ ...all, buildMsPerExtraArticle: -1335.8 }).find((r) => r.figure === 'build: ms per extra article')!;
    expect(slope.pass).toBeUndefined();
    expect(slope.value).toContain('noise');
  });

  it('says "not measured" instead of inventing a figure', () => {
    const rows = evaluateGoals({ articles: 100 });
    expect(rows.every((r) => r.value === 'not measured' && r.pass === undefined)).toBe(true);
    expect(goalsText([{ articles: 100, rows }])).not.toMatch(/PASS|FAIL/);
  });

  it('quotes the blog-starter figure of the nearest post count', () => {
    expect(blogStarterReference(100).requestsPerSecond).toBe(2708);
    expect(blogStarterReference(1200).requestsPerSecond).toBe(2960);
    expect(blogStarterReference(20_000).requestsPerSecond).toBe(2741);
  });

  it('renders one column per size with PASS/FAIL markers', () => {
    const md = goalsMarkdown([
      { articles: 200, rows: evaluateGoals(all) },
      { articles: 20_000, rows: evaluateGoals({ ...all, articles: 20_000, rssAfterLoadMb: 700 }) },
    ]);
    const lines = md.split('\n');
    expect(lines[0]).toBe('| figure | goal | 200 articles | 20,000 articles |');
    expect(lines.find((l) => l.includes('server RSS'))).toMatch(/420 MB \*\*PASS\*\* \| 700 MB \*\*FAIL\*\*/);
    expect(lines).toHaveLength(2 + evaluateGoals(all).length);
  });

  it('writes a wrk script that asks for a random one of the given paths, quoted safely', () => {
    const lua = randomPathsLua(['/de/articles/a', '/en/articles/b"c']);
    expect(lua).toContain('"/de/articles/a",');
    expect(lua).toContain('"/en/articles/b\\"c",');
    expect(lua).toMatch(/function request\(\)\s+return wrk\.format\("GET", paths\[math\.random\(#paths\)\]\)/);
    expect(() => randomPathsLua([])).toThrow();
  });

  it('takes nearest-rank percentiles', () => {
    const sorted = Array.from({ length: 100 }, (_, i) => i + 1);
    expect(percentile(sorted, 95)).toBe(95);
    expect(percentile(sorted, 50)).toBe(50);
    expect(percentile([7], 95)).toBe(7);
  });
});
