'use client';

import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { I18nProvider } from '@/lib/i18n/client';
import type { ClientResources } from '@/lib/i18n/client-resources';
import type { Locale } from '@/lib/i18n/settings';

type CopyState = 'idle' | 'copied' | 'failed';

interface Props {
  url: string;
  lang: Locale;
  resources: ClientResources;
  className?: string;
}

/** The copy-link button (loaded by CopyLinkButton), with its result said through a live region. */
export function CopyLinkControl({ lang, resources, ...props }: Props) {
  return (
    <I18nProvider lang={lang} resources={resources}>
      <Control {...props} />
    </I18nProvider>
  );
}

function Control({ url, className }: Omit<Props, 'lang' | 'resources'>) {
  const { t } = useTranslation('article');
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
    <button type="button" className={className} onClick={copy} data-testid="copy-link">
      {t('share.copy')}
      <span role="status" className="visually-hidden">
        {state === 'copied' ? t('share.copied') : state === 'failed' ? t('share.copyFailed') : ''}
      </span>
      {state === 'copied' ? <span aria-hidden="true"> ✓</span> : null}
    </button>
  );
}
