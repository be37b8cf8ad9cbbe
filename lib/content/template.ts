import type { Locale } from '@/lib/i18n/settings';

/**
 * The placeholder text `npm run content:new` writes into a new article. It lives here, beside the
 * loader, because the content check refuses to publish (`draft: false`) an article that still
 * carries any of it: generator and check read the same strings and cannot drift apart.
 */
export interface ArticleTemplate {
  description: string;
  lead: string;
  /** Key-fact labels are "<keyFactLabel> 1" … "<keyFactLabel> 5". */
  keyFactLabel: string;
  keyFactText: string;
  /** Written as the cover's alt text when `--cover` is given without `--alt`. */
  coverAlt: string;
  firstHeading: string;
  firstParagraph: string;
  conclusionHeading: string;
  conclusionParagraph: string;
}

export const ARTICLE_TEMPLATE: Record<Locale, ArticleTemplate> = {
  de: {
    description: 'Worum es geht, in einem Satz für Suchmaschinen und Vorschauen (50 bis 160 Zeichen).',
    lead: 'Der Vorspann: ein bis zwei Sätze, die Lust aufs Weiterlesen machen.',
    keyFactLabel: 'Kernaussage',
    keyFactText: 'Ein Satz, der den Punkt erklärt.',
    coverAlt: 'BILDBESCHREIBUNG FEHLT: beschreibe, was auf dem Bild zu sehen ist',
    firstHeading: 'Erste Zwischenüberschrift',
    firstParagraph: 'Hier beginnt der Text.',
    conclusionHeading: 'Fazit',
    conclusionParagraph: 'Die Einordnung zum Schluss.',
  },
  en: {
    description: 'What the story is about, in one sentence for search engines and previews (50–160 chars).',
    lead: 'The lead: one or two sentences that make readers want more.',
    keyFactLabel: 'Key point',
    keyFactText: 'One sentence that explains the point.',
    coverAlt: 'IMAGE DESCRIPTION MISSING: describe what the image shows',
    firstHeading: 'First sub-heading',
    firstParagraph: 'The text starts here.',
    conclusionHeading: 'Conclusion',
    conclusionParagraph: 'The verdict at the end.',
  },
};

/** The Markdown body of a new article. */
export function templateBody(t: ArticleTemplate): string {
  return `## ${t.firstHeading}\n\n${t.firstParagraph}\n\n## ${t.conclusionHeading}\n\n${t.conclusionParagraph}\n`;
}

const templates = Object.values(ARTICLE_TEMPLATE);
const same = (a: string, b: string) => a.trim() === b.trim();

/** True when a front-matter value is untouched template text (any language: files get copied). */
export function isTemplateText(field: 'description' | 'lead' | 'keyFactLabel' | 'keyFactText' | 'coverAlt', value: string): boolean {
  if (field === 'keyFactLabel') return templates.some((t) => new RegExp(`^${t.keyFactLabel} \\d+$`).test(value.trim()));
  return templates.some((t) => same(t[field], value));
}

/**
 * Template paragraphs and sub-headings still in a body. "Fazit"/"Conclusion" are real headings
 * every article should have, so only the first heading and the two placeholder sentences count.
 */
export function templateTextInBody(body: string): string[] {
  const lines = new Set(body.split('\n').map((l) => l.trim()));
  const found: string[] = [];
  for (const t of templates) {
    for (const text of [`## ${t.firstHeading}`, t.firstParagraph, t.conclusionParagraph]) {
      if (lines.has(text)) found.push(text);
    }
  }
  return found;
}
