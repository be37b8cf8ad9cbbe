/**
 * Synthetic corpus for benchmarks: realistic German and English articles (600–1,200 words, headings,
 * a list, a table, internal and external links, key facts, tags, several categories and authors),
 * written into a content folder that the content layer reads through CONTENT_DIR.
 *
 * Deterministic: the same size and seed always give the same files, so runs are comparable.
 */
import fs from 'node:fs';
import path from 'node:path';

export type Lang = 'de' | 'en';

/** Mulberry32: tiny, fast, seedable; Math.random cannot be seeded. */
export function createRandom(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

type Rand = () => number;
const pick = <T>(rand: Rand, list: readonly T[]): T => list[Math.floor(rand() * list.length)] as T;
const int = (rand: Rand, min: number, max: number) => min + Math.floor(rand() * (max - min + 1));

interface Vocabulary {
  companies: readonly string[];
  subjects: readonly string[];
  sectors: readonly string[];
  cities: readonly string[];
  titles: readonly string[];
  headings: readonly string[];
  sentences: readonly string[];
  listItems: readonly string[];
  table: { head: [string, string, string]; rows: readonly string[] };
  factLabels: readonly string[];
  facts: readonly string[];
  descriptions: readonly string[];
  leads: readonly string[];
  readMore: string;
  sourceTitle: string;
  tags: readonly string[];
}

const companies = ['OpenAI', 'Anthropic', 'Google DeepMind', 'Meta', 'Mistral AI', 'Aleph Alpha', 'SAP', 'Siemens', 'Nvidia', 'Microsoft', 'DeepL', 'Helsing', 'Bosch', 'Telekom'];

const vocab: Record<Lang, Vocabulary> = {
  de: {
    companies,
    subjects: ['Sprachmodelle', 'KI-Agenten', 'Bilderkennung', 'Prognosemodelle', 'Chatbots', 'Robotik', 'Rechenzentren', 'Open-Source-Modelle', 'Kundenservice-Automatisierung', 'Code-Assistenten'],
    sectors: ['Mittelstand', 'Maschinenbau', 'Gesundheitswesen', 'Finanzbranche', 'Handel', 'Logistik', 'Energiewirtschaft', 'öffentliche Verwaltung', 'Automobilindustrie', 'Versicherungswirtschaft'],
    cities: ['Berlin', 'München', 'Hamburg', 'Köln', 'Frankfurt', 'Stuttgart', 'Leipzig', 'Düsseldorf', 'Heidelberg', 'Dresden'],
    titles: [
      '{company} setzt bei {subject} auf neue Strategie',
      'Wie der {sector} von {subject} profitiert',
      '{subject}: Was Unternehmen in {city} jetzt lernen',
      '{company} kündigt Offensive für {subject} an',
      'Studie: {subject} verändern den {sector}',
      'Zwischen Hype und Nutzen: {subject} im {sector}',
      'Warum {company} in {city} investiert',
      'Neue Regeln für {subject} im {sector}',
    ],
    headings: ['Worum es geht', 'Die Ausgangslage', 'Was sich ändert', 'Die Zahlen im Überblick', 'Stimmen aus der Praxis', 'Kritik und offene Fragen', 'Was Unternehmen jetzt tun sollten', 'Ein Blick nach vorn', 'Der Hintergrund', 'Fazit'],
    sentences: [
      'Nach Angaben von {company} sollen die neuen {subject} schon im kommenden Quartal für Kundinnen und Kunden im {sector} verfügbar sein.',
      'Fachleute in {city} sehen darin einen wichtigen Schritt, warnen aber vor überzogenen Erwartungen an die Technik.',
      'Rund {n} Prozent der befragten Unternehmen gaben an, bereits erste Pilotprojekte mit {subject} gestartet zu haben.',
      'Entscheidend sei weniger die Technologie selbst als die Frage, wie gut sie sich in bestehende Abläufe einfügt.',
      'Der {sector} gilt als besonders geeignet, weil dort große Mengen strukturierter Daten anfallen.',
      'Gleichzeitig wächst der Druck, Datenschutz und Nachvollziehbarkeit von Anfang an mitzudenken.',
      'Kritikerinnen und Kritiker bemängeln, dass viele Ankündigungen bislang kaum messbare Ergebnisse geliefert haben.',
      'Die Kosten für Rechenleistung sind in den vergangenen zwölf Monaten um etwa {n} Prozent gesunken.',
      'In {city} arbeiten inzwischen mehrere Forschungsgruppen daran, die Modelle effizienter und sparsamer zu machen.',
      'Für kleinere Betriebe bleibt die größte Hürde der Mangel an qualifizierten Fachkräften.',
      'Wer früh Erfahrungen sammelt, kann Prozesse schrittweise anpassen, statt später unter Zeitdruck zu handeln.',
      'Die Europäische Union verlangt mit dem AI Act zusätzliche Dokumentation für Anwendungen mit hohem Risiko.',
      '{company} betont, dass alle Daten in europäischen Rechenzentren verarbeitet werden.',
      'Ein Sprecher des Unternehmens wollte sich zu konkreten Umsatzzahlen nicht äußern.',
      'Branchenbeobachter erwarten, dass sich der Wettbewerb in den nächsten Jahren deutlich verschärft.',
      'Auch Gewerkschaften fordern, Beschäftigte frühzeitig einzubinden und Weiterbildung zu finanzieren.',
      'Erste Auswertungen zeigen, dass sich Bearbeitungszeiten um bis zu {n} Prozent verkürzen lassen.',
      'Offen bleibt, wie verlässlich die Systeme bei ungewöhnlichen oder seltenen Fällen arbeiten.',
      'Für die Umsetzung empfiehlt sich ein kleines Team, das Fachabteilung und IT zusammenbringt.',
      'Die Ergebnisse sollen im Herbst auf einer Konferenz in {city} vorgestellt werden.',
      'Damit reagiert {company} auch auf die wachsende Konkurrenz aus den USA und China.',
      'Messbar wird der Nutzen meist erst, wenn Kennzahlen vor dem Projektstart festgelegt werden.',
    ],
    listItems: ['Bestandsaufnahme der vorhandenen Daten und Systeme', 'Klare Ziele und Kennzahlen vor dem Start', 'Ein Pilotprojekt mit begrenztem Umfang', 'Schulungen für die beteiligten Teams', 'Regelmäßige Prüfung von Qualität und Risiken', 'Transparente Kommunikation mit Kundinnen und Kunden', 'Verantwortlichkeiten schriftlich festhalten'],
    table: { head: ['Bereich', 'Anteil', 'Trend'], rows: ['Kundenservice', 'Produktion', 'Vertrieb', 'Verwaltung', 'Forschung'] },
    factLabels: ['Der Kern', 'Die Zahl', 'Für wen', 'Der Zeitplan', 'Das Risiko', 'Der nächste Schritt'],
    facts: [
      '{company} bringt neue {subject} für den {sector} auf den Markt.',
      'Rund {n} Prozent der Unternehmen testen bereits entsprechende Anwendungen.',
      'Besonders profitieren Betriebe mit vielen wiederkehrenden Abläufen.',
      'Erste Ergebnisse werden im kommenden Quartal erwartet.',
      'Datenschutz und Nachvollziehbarkeit bleiben die größten offenen Fragen.',
      'Fachleute raten zu kleinen Pilotprojekten mit klaren Kennzahlen.',
    ],
    descriptions: [
      '{company} treibt {subject} im {sector} voran. Was die Ankündigung bedeutet, wer profitiert und welche Fragen noch offen sind.',
      'Wie {subject} den {sector} verändern: Zahlen, Stimmen aus der Praxis und Empfehlungen für Unternehmen in Deutschland.',
    ],
    leads: ['{subject} sind im {sector} angekommen. Doch zwischen Ankündigung und messbarem Nutzen liegt oft ein weiter Weg – ein Überblick.'],
    readMore: 'Mehr dazu',
    sourceTitle: 'Pressemitteilung von {company}',
    tags: ['KI', 'Sprachmodelle', 'Mittelstand', 'Regulierung', 'AIAct', 'Forschung', 'Automatisierung', 'Daten', 'Cloud', 'Chips', 'Start-ups', 'Arbeitsmarkt', 'Gesundheit', 'Industrie', 'Robotik', 'OpenSource'].map((t) => t.replace('-', '')),
  },
  en: {
    companies,
    subjects: ['language models', 'AI agents', 'computer vision', 'forecasting models', 'chatbots', 'robotics', 'data centres', 'open-source models', 'customer service automation', 'coding assistants'],
    sectors: ['mid-sized firms', 'manufacturing', 'healthcare', 'financial services', 'retail', 'logistics', 'the energy sector', 'public administration', 'the car industry', 'insurance'],
    cities: ['Berlin', 'Munich', 'Hamburg', 'Cologne', 'Frankfurt', 'Stuttgart', 'Leipzig', 'Düsseldorf', 'Heidelberg', 'Dresden'],
    titles: [
      '{company} bets on a new strategy for {subject}',
      'How {sector} benefits from {subject}',
      '{subject}: what companies in {city} are learning',
      '{company} announces a push into {subject}',
      'Study: {subject} are reshaping {sector}',
      'Between hype and value: {subject} in {sector}',
      'Why {company} is investing in {city}',
      'New rules for {subject} in {sector}',
    ],
    headings: ['What it is about', 'The starting point', 'What changes', 'The numbers', 'Voices from practice', 'Criticism and open questions', 'What companies should do now', 'Looking ahead', 'Background', 'Conclusion'],
    sentences: [
      'According to {company}, the new {subject} should be available to customers in {sector} as early as next quarter.',
      'Experts in {city} see this as an important step but warn against inflated expectations of the technology.',
      'Around {n} per cent of the companies surveyed said they had already started pilot projects with {subject}.',
      'What matters is less the technology itself than how well it fits into existing workflows.',
      'Observers consider {sector} particularly suitable because it produces large amounts of structured data.',
      'At the same time, pressure is growing to build in data protection and traceability from the start.',
      'Critics point out that many announcements have so far delivered few measurable results.',
      'The cost of computing power has fallen by about {n} per cent over the past twelve months.',
      'Several research groups in {city} are now working on making the models more efficient.',
      'For smaller businesses, the biggest hurdle remains the shortage of skilled staff.',
      'Those who gain experience early can adapt processes step by step instead of acting under time pressure later.',
      'With the AI Act, the European Union requires additional documentation for high-risk applications.',
      '{company} stresses that all data is processed in European data centres.',
      'A company spokesperson declined to comment on specific revenue figures.',
      'Industry watchers expect competition to intensify considerably over the next few years.',
      'Trade unions are also calling for employees to be involved early and for training to be funded.',
      'Early evaluations show that processing times can be cut by up to {n} per cent.',
      'It remains unclear how reliably the systems handle unusual or rare cases.',
      'A small team that brings together business units and IT is the recommended way to start.',
      'The results are due to be presented at a conference in {city} in the autumn.',
      'The move is also a response by {company} to growing competition from the US and China.',
      'The benefit usually only becomes measurable when metrics are agreed before a project starts.',
    ],
    listItems: ['An inventory of existing data and systems', 'Clear goals and metrics before the start', 'A pilot project of limited scope', 'Training for the teams involved', 'Regular reviews of quality and risks', 'Transparent communication with customers', 'Responsibilities written down'],
    table: { head: ['Area', 'Share', 'Trend'], rows: ['Customer service', 'Production', 'Sales', 'Administration', 'Research'] },
    factLabels: ['The core', 'The number', 'Who it is for', 'The timeline', 'The risk', 'The next step'],
    facts: [
      '{company} is launching new {subject} for {sector}.',
      'Around {n} per cent of companies are already testing such applications.',
      'Businesses with many recurring processes benefit most.',
      'First results are expected next quarter.',
      'Data protection and traceability remain the biggest open questions.',
      'Experts recommend small pilot projects with clear metrics.',
    ],
    descriptions: [
      '{company} is pushing {subject} in {sector}. What the announcement means, who benefits and which questions remain open.',
      'How {subject} are changing {sector}: figures, voices from practice and recommendations for companies in Germany.',
    ],
    leads: ['{subject} have arrived in {sector}. But there is often a long way between an announcement and a measurable benefit: an overview.'],
    readMore: 'More on this',
    sourceTitle: 'Press release by {company}',
    tags: ['AI', 'LanguageModels', 'SMEs', 'Regulation', 'AIAct', 'Research', 'Automation', 'Data', 'Cloud', 'Chips', 'Startups', 'Jobs', 'Health', 'Industry', 'Robotics', 'OpenSource'],
  },
};

interface Fill {
  company: string;
  subject: string;
  sector: string;
  city: string;
}

function fill(template: string, f: Fill, rand: Rand): string {
  const out = template
    .replaceAll('{company}', f.company)
    .replaceAll('{subject}', f.subject)
    .replaceAll('{sector}', f.sector)
    .replaceAll('{city}', f.city)
    .replaceAll('{n}', () => String(int(rand, 8, 72)));
  return out.charAt(0).toUpperCase() + out.slice(1);
}

/** ASCII slug with German transliteration, like the site's own slugs. */
export function slugify(text: string): string {
  return text
    .toLowerCase()
    .replaceAll('ä', 'ae')
    .replaceAll('ö', 'oe')
    .replaceAll('ü', 'ue')
    .replaceAll('ß', 'ss')
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 70)
    .replace(/-+$/g, '');
}

const yamlString = (s: string) => JSON.stringify(s);

export interface CorpusOptions {
  /** Target folder; it is replaced. */
  dir: string;
  /** Articles per language. */
  perLanguage: number;
  /** Where authors/ and categories/ are copied from (the real content folder). */
  sourceContentDir: string;
  seed?: number;
  /** Called every 100 articles so long runs show progress. */
  onProgress?: (done: number, total: number) => void;
}

export interface CorpusResult {
  dir: string;
  articles: number;
  words: number;
  bytes: number;
  /** The newest German article (prerendered), for page-level measurements. */
  sampleSlug: string;
  /** A German article from the middle of the archive (rendered on its first request). */
  olderSlug: string;
  sampleCategory: string;
  /** Every article's address (both languages), for load over random articles. */
  articlePaths: string[];
}

function readSlugs(dir: string): string[] {
  if (!fs.existsSync(dir)) return [];
  return fs
    .readdirSync(dir)
    .filter((f) => f.endsWith('.md'))
    .map((f) => f.slice(0, -3))
    .sort();
}

interface Plan {
  key: string;
  fill: Record<Lang, Fill>;
  date: Date;
  category: string;
  authors: string[];
  slugs: Record<Lang, string>;
  titles: Record<Lang, string>;
  titleIndex: number;
}

function words(text: string): number {
  return text.split(/\s+/).filter(Boolean).length;
}

function body(lang: Lang, plan: Plan, rand: Rand, plans: Plan[]): string {
  const v = vocab[lang];
  const f = plan.fill[lang];
  const target = int(rand, 600, 1200);
  const parts: string[] = [];
  let count = 0;
  const paragraph = () => {
    const n = int(rand, 3, 5);
    const sentences: string[] = [];
    for (let i = 0; i < n; i++) sentences.push(fill(pick(rand, v.sentences), f, rand));
    const text = sentences.join(' ');
    count += words(text);
    parts.push(text);
  };
  const headings = [...v.headings].sort(() => rand() - 0.5);
  let h = 0;
  paragraph();
  paragraph();
  let listDone = false;
  let tableDone = false;
  let linkDone = false;
  while (count < target || !listDone || !tableDone || !linkDone) {
    parts.push(`## ${headings[h++ % headings.length]}`);
    paragraph();
    if (!listDone) {
      const items = [...v.listItems].sort(() => rand() - 0.5).slice(0, int(rand, 3, 5));
      parts.push(items.map((item) => `- ${item}`).join('\n'));
      count += words(items.join(' '));
      listDone = true;
    } else if (!tableDone) {
      const [a, b, c] = v.table.head;
      const rows = v.table.rows.map((r) => `| ${r} | ${int(rand, 5, 60)} % | ${pick(rand, ['↑', '→', '↓'])} |`);
      parts.push([`| ${a} | ${b} | ${c} |`, '| --- | ---: | :---: |', ...rows].join('\n'));
      count += rows.length * 3;
      tableDone = true;
    } else if (!linkDone) {
      const other = plans[Math.floor(rand() * plans.length)] ?? plan;
      const text = `${v.readMore}: [${other.titles[lang]}](/${lang}/articles/${other.slugs[lang]}) · [${fill(v.sourceTitle, f, rand)}](https://example.com/press/${plan.key})`;
      parts.push(text);
      count += words(text);
      linkDone = true;
    }
    paragraph();
  }
  return `${parts.join('\n\n')}\n`;
}

/** Writes the corpus; returns counts and a sample slug for page measurements. */
export function generateCorpus(options: CorpusOptions): CorpusResult {
  const { dir, perLanguage, sourceContentDir, seed = 42, onProgress } = options;
  const rand = createRandom(seed + perLanguage);
  fs.rmSync(dir, { recursive: true, force: true });
  for (const sub of ['authors', 'categories', 'articles/de', 'articles/en']) fs.mkdirSync(path.join(dir, sub), { recursive: true });
  for (const sub of ['authors', 'categories']) {
    for (const file of fs.readdirSync(path.join(sourceContentDir, sub))) {
      if (file.endsWith('.md')) fs.copyFileSync(path.join(sourceContentDir, sub, file), path.join(dir, sub, file));
    }
  }
  const authors = readSlugs(path.join(dir, 'authors'));
  const categories = readSlugs(path.join(dir, 'categories'));
  if (authors.length === 0 || categories.length === 0) throw new Error(`${sourceContentDir} needs authors/ and categories/ to copy`);

  // Plan first so articles can link to each other and translations share a key.
  const plans: Plan[] = [];
  const start = Date.UTC(2026, 10, 1, 8, 0);
  const used = new Set<string>();
  for (let i = 0; i < perLanguage; i++) {
    const base = {
      company: pick(rand, companies),
      subjectIndex: Math.floor(rand() * vocab.de.subjects.length),
      sectorIndex: Math.floor(rand() * vocab.de.sectors.length),
      cityIndex: Math.floor(rand() * vocab.de.cities.length),
    };
    const fills = {} as Record<Lang, Fill>;
    const titles = {} as Record<Lang, string>;
    const slugs = {} as Record<Lang, string>;
    const titleIndex = Math.floor(rand() * vocab.de.titles.length);
    for (const lang of ['de', 'en'] as const) {
      const v = vocab[lang];
      fills[lang] = { company: base.company, subject: v.subjects[base.subjectIndex]!, sector: v.sectors[base.sectorIndex]!, city: v.cities[base.cityIndex]! };
      titles[lang] = fill(v.titles[titleIndex]!, fills[lang], rand);
      let slug = slugify(titles[lang]);
      if (used.has(`${lang}/${slug}`)) slug = `${slug}-${i + 1}`;
      used.add(`${lang}/${slug}`);
      slugs[lang] = slug;
    }
    plans.push({
      key: `bench-${i + 1}`,
      fill: fills,
      // Roughly one article every 7 hours into the past; never in the future (future = scheduled).
      date: new Date(start - i * 7 * 3600_000 - int(rand, 0, 3600) * 1000),
      category: categories[i % categories.length]!,
      authors: rand() < 0.2 ? [authors[i % authors.length]!, authors[(i + 1) % authors.length]!] : [authors[i % authors.length]!],
      slugs,
      titles,
      titleIndex,
    });
  }

  let totalWords = 0;
  let bytes = 0;
  let done = 0;
  const total = perLanguage * 2;
  for (const plan of plans) {
    for (const lang of ['de', 'en'] as const) {
      const v = vocab[lang];
      const f = plan.fill[lang];
      const tags = [...v.tags].sort(() => rand() - 0.5).slice(0, int(rand, 3, 6));
      const facts = v.factLabels.slice(0, int(rand, 3, 5)).map((label, i) => ({ label, text: fill(v.facts[i]!, f, rand) }));
      const description = fill(pick(rand, v.descriptions), f, rand).slice(0, 160);
      const text = body(lang, plan, rand, plans);
      const fm = [
        '---',
        `title: ${yamlString(plan.titles[lang])}`,
        `description: ${yamlString(description)}`,
        `lead: ${yamlString(fill(pick(rand, v.leads), f, rand))}`,
        // No zone: the loader reads it as Berlin time, like an editor's date.
        `date: ${plan.date.toISOString().slice(0, 16)}`,
        'authors:',
        ...plan.authors.map((a) => `  - ${a}`),
        `category: ${plan.category}`,
        'tags:',
        ...tags.map((t) => `  - ${t}`),
        'keyFacts:',
        ...facts.flatMap((k) => [`  - label: ${yamlString(k.label)}`, `    text: ${yamlString(k.text)}`]),
        'source:',
        `  title: ${yamlString(fill(v.sourceTitle, f, rand))}`,
        `  url: "https://example.com/press/${plan.key}"`,
        `translationKey: ${plan.key}`,
        '---',
        '',
      ].join('\n');
      const content = fm + text;
      fs.writeFileSync(path.join(dir, 'articles', lang, `${plan.slugs[lang]}.md`), content);
      totalWords += words(text);
      bytes += Buffer.byteLength(content);
      done += 1;
      if (onProgress && (done % 100 === 0 || done === total)) onProgress(done, total);
    }
  }
  // The newest article is prerendered at build (lib/prerender.ts), like the stories most readers open;
  // one from the middle of the archive is rendered on its first request.
  const sample = plans[0]!;
  const older = plans[Math.min(plans.length - 1, Math.floor(plans.length / 2))]!;
  const articlePaths = plans.flatMap((plan) => (['de', 'en'] as const).map((lang) => `/${lang}/articles/${plan.slugs[lang]}`));
  return { dir, articles: total, words: totalWords, bytes, sampleSlug: sample.slugs.de, olderSlug: older.slugs.de, sampleCategory: sample.category, articlePaths };
}
