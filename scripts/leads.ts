/**
 * Operators' command for consulting requests, on the same store as the site: PostgreSQL when
 * DATABASE_URL is set, else the SQLite file in DATA_DIR.
 *   npm run leads -- list [--limit N]
 *   npm run leads -- export --format csv [--output FILE]
 *   npm run leads -- delete ID | retry ID | handled ID | purge
 */
import fs from 'node:fs';
import topics from '@/locales/de/consulting.json';
import { leadsToCsv } from '@/lib/leads/csv';
import { retentionCutoff, retentionDays } from '@/lib/leads/retention';
import { describeStore, openStore, storeConfig, type Store, type StoredLead } from '@/lib/store';
import { safeMessage } from '@/lib/store/redact';

const USAGE = `Usage: npm run leads -- <command> [options]

Commands:
  list                      Show consulting requests, newest first, with the state of each notification
  export --format csv       Write all requests as CSV (newest first), safe to open in spreadsheets
  delete ID                 Erase one request and its notifications (e.g. when the person asks for deletion)
  retry ID                  Send the failed notifications of a request again
  handled ID                Mark a request as handled by a consultant
  purge                     Delete requests older than LEADS_RETENTION_DAYS (default 180) now

Options:
  --limit N                 list: show at most N requests (default 50)
  --output FILE             export: write to FILE instead of standard output
  --help                    Show this help

The store is PostgreSQL when DATABASE_URL is set, else the SQLite file in DATA_DIR (default ./data).`;

class UsageError extends Error {}

function option(args: string[], name: string): string | undefined {
  const i = args.indexOf(name);
  if (i === -1) return undefined;
  const value = args[i + 1];
  if (value === undefined || value.startsWith('--')) throw new UsageError(`${name} needs a value`);
  return value;
}

function idArgument(command: string, value: string | undefined): number {
  const id = Number(value);
  if (!Number.isInteger(id) || id < 1) throw new UsageError(`${command} needs the number of a request, found "${value ?? ''}"`);
  return id;
}

// Terminals interpret escape sequences: show control characters from stored text as visible escapes.
function plain(text: string): string {
  return text.replace(/[\u0000-\u0008\u000b-\u001f\u007f-\u009f]/g, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`);
}

const berlin = new Intl.DateTimeFormat('de-DE', { timeZone: 'Europe/Berlin', dateStyle: 'short', timeStyle: 'short' });
const STATE_LABEL = { pending: 'wartet', sending: 'wird gesendet', sent: 'gesendet', failed: 'fehlgeschlagen' } as const;
const CHANNEL_LABEL = { email: 'E-Mail', webhook: 'Webhook' } as const;

function formatLead(l: StoredLead): string {
  const contact = [l.email, l.phone].filter(Boolean).join(', ');
  const topic = topics.topics[l.topic] ?? l.topic;
  const deliveries = l.deliveries.length
    ? l.deliveries
        .map((d) => `${CHANNEL_LABEL[d.channel]}: ${STATE_LABEL[d.state]}${d.attempts > 0 ? ` (${d.attempts} ${d.attempts === 1 ? 'Versuch' : 'Versuche'})` : ''}${d.state === 'failed' && d.lastError ? ` – ${d.lastError}` : ''}`)
        .join('; ')
    : 'keine Benachrichtigung';
  const lines = [
    `#${l.id}  ${berlin.format(l.createdAt)}  [${l.lang}] ${topic}${l.handledAt ? `  ✓ erledigt ${berlin.format(l.handledAt)}` : ''}`,
    `  ${l.name} (${l.company}) <${contact}>`,
    ...(l.origin.path ? [`  von: ${l.origin.title ? `${l.origin.title} ` : ''}${l.origin.path}`] : []),
    `  Benachrichtigung: ${deliveries}`,
    ...l.message.split('\n').map((line) => `  | ${line}`),
  ];
  return lines.map(plain).join('\n');
}

async function run(store: Store, command: string, args: string[]): Promise<void> {
  switch (command) {
    case 'list': {
      const limitText = option(args, '--limit') ?? '50';
      const limit = Number(limitText);
      if (!Number.isInteger(limit) || limit < 1) throw new UsageError(`--limit must be a positive whole number, found "${limitText}"`);
      const leads = await store.leads.list({ limit });
      process.stdout.write(leads.length === 0 ? 'No consulting requests yet.\n' : `${leads.map(formatLead).join('\n\n')}\n`);
      return;
    }
    case 'export': {
      const format = option(args, '--format');
      if (!format) throw new UsageError('export needs --format csv');
      if (format !== 'csv') throw new UsageError(`unknown format "${format}", expected csv`);
      // The byte order mark makes Excel read the file as UTF-8 (umlauts in names and companies).
      const csv = '\uFEFF' + leadsToCsv(await store.leads.list({ limit: Number.MAX_SAFE_INTEGER }));
      const output = option(args, '--output');
      if (output) fs.writeFileSync(output, csv);
      else process.stdout.write(csv);
      return;
    }
    case 'delete': {
      const id = idArgument(command, args[0]);
      if (!(await store.leads.remove(id))) throw new UsageError(`there is no request #${id}`);
      process.stdout.write(`Request #${id} deleted.\n`);
      return;
    }
    case 'retry': {
      const id = idArgument(command, args[0]);
      if (!(await store.leads.get(id))) throw new UsageError(`there is no request #${id}`);
      const n = await store.outbox.requeueFailed(id, Date.now());
      process.stdout.write(n === 0 ? `Request #${id} has no failed notification.\n` : `Request #${id}: ${n} notification${n === 1 ? '' : 's'} queued again.\n`);
      return;
    }
    case 'handled': {
      const id = idArgument(command, args[0]);
      if (!(await store.leads.markHandled(id, Date.now()))) throw new UsageError(`there is no request #${id}`);
      process.stdout.write(`Request #${id} marked as handled.\n`);
      return;
    }
    case 'purge': {
      const days = retentionDays();
      const n = await store.leads.purgeOlderThan(retentionCutoff(Date.now(), days));
      process.stdout.write(`${n} request${n === 1 ? '' : 's'} older than ${days} days deleted.\n`);
      return;
    }
    default:
      throw new UsageError(`unknown command "${command}"`);
  }
}

async function main(argv: string[]): Promise<number> {
  const [command, ...args] = argv.filter((a, i) => !(i === 0 && a === '--'));
  if (!command || command === '--help' || command === '-h' || args.includes('--help') || command === 'help') {
    process.stdout.write(`${USAGE}\n`);
    return 0;
  }
  let store: Store | undefined;
  try {
    const config = storeConfig();
    store = openStore(config);
    await run(store, command, args);
    return 0;
  } catch (error) {
    if (error instanceof UsageError) {
      process.stderr.write(`leads: ${error.message}\n\n${USAGE}\n`);
      return 2;
    }
    let where = '';
    try {
      where = ` (${describeStore()})`;
    } catch {
      // DATABASE_URL itself is malformed: the message below says so.
    }
    process.stderr.write(`leads: ${safeMessage(error, process.env.DATABASE_URL)}${where}\n`);
    return 1;
  } finally {
    await store?.close();
  }
}

process.exitCode = await main(process.argv.slice(2));
