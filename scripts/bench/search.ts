/**
 * Search benchmark: generates a synthetic corpus (default 10,000 articles), builds the index and
 * measures build time, index size, memory and query latency over a fixed set of 50 queries.
 *   npm run bench:search [-- --articles 10000 --rounds 20]
 */
import os from 'node:os';
import { setFlagsFromString } from 'node:v8';
import { runInNewContext } from 'node:vm';
import { gzipSync } from 'node:zlib';
import { buildSearchIndex, searchIndex } from '@/lib/search/engine';
import type { SearchDocument } from '@/lib/search/types';
import { percentile, QUERIES } from './queries';

function arg(name: string, fallback: number): number {
  const i = process.argv.indexOf(`--${name}`);
  const value = i >= 0 ? Number(process.argv[i + 1]) : NaN;
  return Number.isFinite(value) && value > 0 ? value : fallback;
}

const ARTICLES = arg('articles', 10_000);
const ROUNDS = arg('rounds', 20);

// Deterministic PRNG (mulberry32) so every run searches the same corpus.
function prng(seed: number): () => number {
  let a = seed;
  return () => {
    a = (a + 0x6d2b79f5) | 0;
    let t = Math.imul(a ^ (a >>> 15), 1 | a);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}
const random = prng(20240901);
const pick = <T>(list: readonly T[]): T => list[Math.floor(random() * list.length)] as T;

// Frequent words appear in most articles; topics (companies, compounds) in a few percent of them;
// a long Zipf-distributed tail of invented words gives a realistic vocabulary size.
const COMMON = (
  'der die das und ist nicht mit für auf bei auch als wie oder aber noch mehr sehr schon heute jetzt neue neuen ' +
  'Unternehmen Daten Modell Modelle Software Markt Kunden Prozesse Einsatz Entwicklung Forschung Anwendung Ergebnis ' +
  'Nutzer Lösung Plattform Branche Projekt Zukunft Wirtschaft Regierung Gesetz Sicherheit Qualität Kosten Wachstum ' +
  'Mitarbeiter Mitarbeiterinnen künstliche Intelligenz KI System Systeme Technik Studie Prozent Millionen Euro'
).split(' ');
const TOPICS = (
  'Klarna NVIDIA OpenAI Google Microsoft Siemens SAP Bosch Telekom Aleph Alpha Mistral Anthropic Meta Apple Amazon DeepL ' +
  'Kundenservice Wettervorhersage Bildverarbeitung Spracherkennung Betrugserkennung Lieferkette Energieverbrauch ' +
  'Quantencomputer Robotik Halbleiter Gesundheitswesen Radiologie Datenschutz Urheberrecht Regulierung Förderprogramm ' +
  'maschinelles Lernen Straßenverkehr Übersetzung Börse Bürokratie Fachkräftemangel Ökostrom Rechenzentrum München ' +
  'Sprachmodell Chatbot Automatisierung Digitalisierung Cloud Chips Mittelstand Versicherung Logistik Maschinenbau'
).split(' ');
const SYLLABLES = 'ba be bi bo bu da de di do du ka ke ki ko ku la le li lo lu ma me mi mo mu na ne ni no nu ra re ri ro ru sa se si so su ta te ti to tu ver ge ung keit heit lich isch mär über schö grü'.split(' ');

function invent(min: number, max: number): string {
  let w = '';
  const n = min + Math.floor(random() * (max - min + 1));
  for (let i = 0; i < n; i++) w += pick(SYLLABLES);
  return random() < 0.4 ? w[0]!.toUpperCase() + w.slice(1) : w;
}
const TAIL = Array.from({ length: 30_000 }, () => invent(2, 5));
const INVENTED_TOPICS = Array.from({ length: 3_000 }, () => invent(4, 6));
// Zipf: the word of rank r is drawn with probability proportional to 1/r.
const TAIL_CDF = (() => {
  const cdf = new Float64Array(TAIL.length);
  let sum = 0;
  for (let r = 0; r < TAIL.length; r++) cdf[r] = sum += 1 / (r + 1);
  return cdf.map((v) => v / sum);
})();
function tailWord(): string {
  const x = random();
  let lo = 0;
  let hi = TAIL_CDF.length - 1;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if ((TAIL_CDF[mid] ?? 1) < x) lo = mid + 1;
    else hi = mid;
  }
  return TAIL[lo] ?? 'wort';
}

function sentence(topics: readonly string[], min: number, max: number): string {
  const n = min + Math.floor(random() * (max - min));
  const words = Array.from({ length: n }, () => {
    const r = random();
    return r < 0.5 ? pick(COMMON) : r < 0.92 ? tailWord() : pick(topics);
  });
  const first = words[0] ?? 'Text';
  words[0] = first[0]!.toUpperCase() + first.slice(1);
  return `${words.join(' ')}.`;
}

function article(i: number): SearchDocument {
  // Two or three topics: a real one in about a third of the draws, else an invented one.
  const topics = Array.from({ length: 2 + Math.floor(random() * 2) }, () => (random() < 0.35 ? pick(TOPICS) : pick(INVENTED_TOPICS)));
  const sentences = 40 + Math.floor(random() * 40);
  return {
    id: `artikel-${i}`,
    title: `${topics.join(' ')}: ${sentence(topics, 4, 8).slice(0, -1)}`,
    description: sentence(topics, 12, 22),
    keyFacts: Array.from({ length: 4 }, () => `${pick(topics)}: ${sentence(topics, 4, 9)}`).join(' · '),
    body: Array.from({ length: sentences }, () => sentence(topics, 8, 20)).join(' '),
    tags: topics.join(' '),
    category: pick(['Wirtschaft business', 'Forschung forschung', 'Politik politik', 'Technologie technologie']),
    author: pick(['Lena Hartmann', 'Jonas Becker', 'Oliver Welling']),
    date: new Date(Date.UTC(2020, 0, 1) + i * 3_600_000).toISOString(),
    categorySlug: 'business',
  };
}

setFlagsFromString('--expose-gc');
const gc = runInNewContext('gc') as () => void;
const heap = () => {
  gc();
  return process.memoryUsage().heapUsed;
};

const corpus = Array.from({ length: ARTICLES }, (_, i) => article(i));
const corpusBytes = corpus.reduce((n, d) => n + d.body.length + d.title.length + d.description.length + d.keyFacts.length, 0);
const before = heap();
const t0 = performance.now();
const index = buildSearchIndex(corpus);
const buildMs = performance.now() - t0;
const after = heap();
const json = JSON.stringify(index.mini);

// Warm-up, then timed rounds over the fixed query set (query + first page of highlighted hits).
for (const q of QUERIES) searchIndex(index, q);
const times: number[] = [];
const perQuery = new Map<string, number[]>();
let hits = 0;
for (let r = 0; r < ROUNDS; r++) {
  for (const q of QUERIES) {
    const s = performance.now();
    const page = searchIndex(index, q.slice(0, 120));
    const t = performance.now() - s;
    times.push(t);
    perQuery.set(q, [...(perQuery.get(q) ?? []), t]);
    hits += page.total;
  }
}
times.sort((a, b) => a - b);
const median = (list: number[]) => percentile([...list].sort((a, b) => a - b), 50);
const slowest = [...perQuery].map(([q, list]) => [q, median(list)] as const).sort((a, b) => b[1] - a[1]).slice(0, 5);

const mb = (n: number) => `${(n / 1024 / 1024).toFixed(1)} MB`;
const ms = (n: number) => `${n.toFixed(2)} ms`;
console.log(`search benchmark · ${new Date().toISOString()} · ${os.cpus().length} cores (${os.cpus()[0]?.model ?? 'unknown'}) · Node ${process.version} · load average ${os.loadavg().map((l) => l.toFixed(1)).join(' ')}`);
console.log(`corpus            ${ARTICLES} articles, ${mb(corpusBytes)} of text`);
console.log(`build             ${ms(buildMs)}`);
console.log(`index size        ${mb(json.length)} serialised, ${mb(gzipSync(json).length)} gzip`);
console.log(`heap for index    ${mb(after - before)}`);
console.log(`queries           ${QUERIES.length} × ${ROUNDS} rounds = ${times.length} searches (avg ${(hits / times.length).toFixed(0)} matches)`);
console.log(`latency           p50 ${ms(percentile(times, 50))} · p95 ${ms(percentile(times, 95))} · p99 ${ms(percentile(times, 99))} · max ${ms(times[times.length - 1] ?? 0)}`);
console.log(`slowest (median)  ${slowest.map(([q, t]) => `${JSON.stringify(q.slice(0, 24))} ${ms(t)}`).join(' · ')}`);
const target = percentile(times, 95) < 10;
console.log(`target p95 < 10 ms: ${target ? 'met' : 'NOT met'}`);
