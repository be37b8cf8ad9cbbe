import path from 'node:path';
import { contentSignature, loadContent, type ContentIssue } from '@/lib/content/load';
import { processSingleton } from '@/lib/process-cache';

const memo = processSingleton('content-problems', () => ({ current: undefined as { signature: string; issues: ContentIssue[] } | undefined }));

/**
 * While editing (`next dev`), the content problems that stop the site, or undefined when the
 * content is valid. The root layout shows them as a page instead of a stack trace.
 *
 * It loads the content itself rather than catching the content index's error, so it does not
 * depend on how lib/content/index.ts reacts to bad content; it re-reads only when a file under the
 * content folder or public/images/ changed. Production never gets here with bad content: the build
 * runs the content check first and stops.
 */
export function contentProblemsWhileEditing(): ContentIssue[] | undefined {
  if (process.env.NODE_ENV !== 'development') return undefined;
  // turbopackIgnore: a path from the environment would make Next trace the whole project.
  const contentDir = path.resolve(/*turbopackIgnore: true*/ process.env.CONTENT_DIR ?? 'content');
  const publicDir = path.resolve(/*turbopackIgnore: true*/ process.env.PUBLIC_DIR ?? 'public');
  const signature = `${contentSignature(contentDir)}|${contentSignature(path.join(/*turbopackIgnore: true*/ publicDir, 'images'))}`;
  if (memo.current?.signature !== signature) memo.current = { signature, issues: loadContent({ contentDir, publicDir }).issues };
  return memo.current.issues.length > 0 ? memo.current.issues : undefined;
}
