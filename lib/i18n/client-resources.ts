import { resources, type Namespace } from '@/lib/i18n/resources';
import type { Locale } from '@/lib/i18n/settings';

/** A translation file or a part of it: nested objects with strings at the leaves. */
export interface MessageTree {
  [key: string]: string | MessageTree;
}

/** What a client component receives from the server: only the parts of the namespaces it uses. */
export type ClientResources = Partial<Record<Namespace, MessageTree>>;

type Reference = (typeof resources)['de'];
const PLURAL_SUFFIXES = ['zero', 'one', 'two', 'few', 'many', 'other'] as const;
type PluralSuffix = (typeof PLURAL_SUFFIXES)[number];
type StripPlural<K extends string> = K extends `${infer Base}_${PluralSuffix}` ? Base : K;

/**
 * Every key of a translation file as `t()` takes it ("overlay.results" for results_one/_other), and
 * every section above one ("overlay"). German is the reference, as for the server's typed keys.
 */
export type MessagePath<T> = {
  [K in keyof T & string]: T[K] extends string ? StripPlural<K> : K | `${K}.${MessagePath<T[K]>}`;
}[keyof T & string];

/** Per namespace, the keys or sections a client component calls `t()` with. */
export type MessageSelection = { [N in Namespace]?: readonly MessagePath<Reference[N]>[] };

/** Copies `path` ("a.b" or a plural base "a.count") from `source` into `target`. */
function copyPath(source: MessageTree, target: MessageTree, segments: string[]): boolean {
  const [head, ...rest] = segments;
  if (head === undefined) return false;
  if (rest.length > 0) {
    const child = source[head];
    if (typeof child !== 'object') return false;
    const existing = target[head];
    const next: MessageTree = typeof existing === 'object' ? existing : {};
    const found = copyPath(child, next, rest);
    if (found) target[head] = next;
    return found;
  }
  let found = false;
  for (const key of [head, ...PLURAL_SUFFIXES.map((s) => `${head}_${s}`)]) {
    const value = source[key];
    if (value === undefined) continue;
    target[key] = value;
    found = true;
  }
  return found;
}

/**
 * The translations a client component needs, cut out of the bundled files for one language. The
 * result goes to the browser inside the page's payload, so it carries no more than was asked for;
 * a path that names nothing is a programming error and throws (at build time, as pages prerender).
 */
export function pickMessages(lang: Locale, selection: MessageSelection): ClientResources {
  const out: ClientResources = {};
  for (const ns of Object.keys(selection) as Namespace[]) {
    const source = resources[lang][ns] as MessageTree;
    const target: MessageTree = {};
    for (const path of selection[ns] ?? []) {
      if (!copyPath(source, target, path.split('.'))) throw new Error(`pickMessages: ${lang}/${ns}.json has no "${path}"`);
    }
    out[ns] = target;
  }
  return out;
}
