import { afterAll, beforeAll, vi } from 'vitest';
import { resetContentIndex } from '@/lib/content';

/** Points the content index at tests/fixtures/content for the tests of this file, and back afterwards. */
export function withFixtureContent(): void {
  beforeAll(() => {
    vi.stubEnv('CONTENT_DIR', 'tests/fixtures/content');
    resetContentIndex();
  });
  afterAll(() => {
    vi.unstubAllEnvs();
    resetContentIndex();
  });
}
