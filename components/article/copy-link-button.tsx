'use client';

import { useState, useSyncExternalStore } from 'react';

type CopyState = 'idle' | 'copied' | 'failed';

const subscribeNever = () => () => undefined;

/**
 * Copies the article URL. Rendered hidden on the server and revealed after hydration, so readers
 * without JavaScript never see a button that can't work.
 */
export function CopyLinkButton({ url, labels, className }: { url: string; labels: { copy: string; copied: string; failed: string }; className?: string }) {
  // false while rendering on the server, true once hydrated in the browser
  const ready = useSyncExternalStore(subscribeNever, () => true, () => false);
  const [state, setState] = useState<CopyState>('idle');

  async function copy() {
    try {
      await navigator.clipboard.writeText(url);
      setState('copied');
    } catch {
      setState('failed');
    }
  }

  return (
    <button type="button" className={className} hidden={!ready} onClick={copy}>
      {labels.copy}
      <span role="status" className="visually-hidden">
        {state === 'copied' ? labels.copied : state === 'failed' ? labels.failed : ''}
      </span>
      {state === 'copied' ? <span aria-hidden="true"> ✓</span> : null}
    </button>
  );
}
