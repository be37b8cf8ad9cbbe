/**
 * Editors' command for consulting requests, reading the same SQLite file as the site (DATA_DIR).
 *   npm run leads -- list [--limit N]
 *   npm run leads -- export --format csv [--output FILE]
 *   npm run leads -- delete ID
 */
import fs from 'node:fs';
import { leadsToCsv } from '@/lib/leads/csv';
import { createSqliteLeadStore, type StoredLead } from '@/lib/leads/store';
import { databasePath, openDatabase } from '@/lib/db/sqlite';

const USAGE = `Usage: npm run leads -- <command> [options]

Commands:
  list                      Show consulting requests, newest first
  export --format csv       Write all requests as CSV (newest first), safe to open in spreadsheets
  delete ID                 Erase one request for good (e.g. when the person asks for deletion)

Options:
  --limit N                 list: show at most N requests (default 50)
  --output FILE             export: write to FILE instead of standard output
  --help                    Show this help

The database is ${databasePath()} (set DATA_DIR to use another folder).`;

function option(args: string[], name: string): string | undefined {
  const i = args.indexOf(name);
  if (i === -1) return undefined;
  const value = args[i + 1];
  if (value === undefined || value.startsWith('--')) fail(`${name} needs a value`);
  return value;
}

function fail(message: string): never {
  process.stderr.write(`leads: ${message}\n\n${USAGE}\n`);
  process.exit(2);
}

// Terminals interpret escape sequences: show control characters from stored text as visible escapes.
function plain(text: string): string {
  return text.replace(/[\u0000-\u0008\u000b-\u001f\u007f-\u009f]/g, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`);
}

function formatLead(l: StoredLead): string {
  const when = new Intl.DateTimeFormat('de-DE', { timeZone: 'Europe/Berlin', dateStyle: 'short', timeStyle: 'short' }).format(l.createdAt);
  const contact = [l.email, l.phone].filter(Boolean).join(', ');
  return [`#${l.id}  ${when}  [${l.lang}] ${l.topic}`, `  ${l.name} (${l.company}) <${contact}>`, ...l.message.split('\n').map((line) => `  | ${line}`)]
    .map(plain)
    .join('\n');
}

function main(argv: string[]): void {
  const [command, ...args] = argv.filter((a, i) => !(i === 0 && a === '--'));
  if (!command || command === '--help' || command === '-h' || args.includes('--help') || command === 'help') {
    process.stdout.write(`${USAGE}\n`);
    return;
  }
  const db = openDatabase();
  try {
    const store = createSqliteLeadStore(db);
    if (command === 'list') {
      const limitText = option(args, '--limit') ?? '50';
      const limit = Number(limitText);
      if (!Number.isInteger(limit) || limit < 1) fail(`--limit must be a positive whole number, found "${limitText}"`);
      const leads = store.list({ limit }) as StoredLead[];
      if (leads.length === 0) process.stdout.write('No consulting requests yet.\n');
      else process.stdout.write(`${leads.map(formatLead).join('\n\n')}\n`);
      return;
    }
    if (command === 'export') {
      const format = option(args, '--format') ?? fail('export needs --format csv');
      if (format !== 'csv') fail(`unknown format "${format}", expected csv`);
      // The byte order mark makes Excel read the file as UTF-8 (umlauts in names and companies).
      const csv = '\uFEFF' + leadsToCsv(store.list({ limit: Number.MAX_SAFE_INTEGER }) as StoredLead[]);
      const output = option(args, '--output');
      if (output) fs.writeFileSync(output, csv);
      else process.stdout.write(csv);
      return;
    }
    if (command === 'delete') {
      const id = Number(args[0]);
      if (!Number.isInteger(id) || id < 1) fail(`delete needs the number of a request, found "${args[0] ?? ''}"`);
      if (!store.remove(id)) fail(`there is no request #${id}`);
      process.stdout.write(`Request #${id} deleted.\n`);
      return;
    }
    fail(`unknown command "${command}"`);
  } finally {
    db.close();
  }
}

main(process.argv.slice(2));
