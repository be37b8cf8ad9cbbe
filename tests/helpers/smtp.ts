import { SMTPServer } from 'smtp-server';
import { freePort } from './net';

/*
 * A real SMTP server on loopback for delivery tests (the `smtp-server` package): it records every
 * message it accepts, can answer DATA with a temporary (4xx) or permanent (5xx) refusal, and can be
 * stopped and started again on the same port, so SMTP_URL stays the same across an outage.
 */

export interface ReceivedMail {
  raw: string;
  envelope: { from: string; to: string[] };
  parsed: ParsedMail;
}

export type SmtpMode = 'accept' | 'tempfail' | 'permfail';

export interface TestSmtp {
  port: number;
  url: string;
  received: ReceivedMail[];
  /** Messages refused with 4xx/5xx since start (how often the client tried). */
  refused: number;
  mode: SmtpMode;
  start(): Promise<void>;
  stop(): Promise<void>;
  /** Resolves once `count` messages have arrived (rejects after `timeoutMs`). */
  waitFor(count: number, timeoutMs?: number): Promise<ReceivedMail[]>;
}

export async function createTestSmtp(options: { listen?: boolean } = {}): Promise<TestSmtp> {
  const port = await freePort();
  let server: SMTPServer | undefined;
  const waiters: (() => void)[] = [];

  const smtp: TestSmtp = {
    port,
    url: `smtp://127.0.0.1:${port}`,
    received: [],
    refused: 0,
    mode: 'accept',
    async start() {
      if (server) return;
      server = new SMTPServer({
        // Plain SMTP on loopback: no STARTTLS (self-signed certificate) and no login.
        disabledCommands: ['STARTTLS', 'AUTH'],
        authOptional: true,
        logger: false,
        onData(stream, session, callback) {
          const chunks: Buffer[] = [];
          stream.on('data', (c: Buffer) => chunks.push(c));
          stream.on('end', () => {
            if (smtp.mode !== 'accept') {
              smtp.refused += 1;
              const error = Object.assign(new Error(smtp.mode === 'tempfail' ? 'Try again later' : 'Mailbox unavailable'), {
                responseCode: smtp.mode === 'tempfail' ? 451 : 550,
              });
              callback(error);
              return;
            }
            const raw = Buffer.concat(chunks).toString('utf8');
            const from = session.envelope.mailFrom ? session.envelope.mailFrom.address : '';
            smtp.received.push({ raw, envelope: { from, to: session.envelope.rcptTo.map((r) => r.address) }, parsed: parseMail(raw) });
            callback(null);
            for (const w of waiters.splice(0)) w();
          });
        },
      });
      const s = server;
      await new Promise<void>((resolve, reject) => {
        s.once('error', reject);
        s.listen(port, '127.0.0.1', () => resolve());
      });
    },
    async stop() {
      const s = server;
      server = undefined;
      if (s) await new Promise<void>((resolve) => s.close(() => resolve()));
    },
    waitFor(count, timeoutMs = 20_000) {
      return new Promise((resolve, reject) => {
        const deadline = setTimeout(() => reject(new Error(`expected ${count} mail(s), got ${smtp.received.length}`)), timeoutMs);
        const check = () => {
          if (smtp.received.length >= count) {
            clearTimeout(deadline);
            resolve(smtp.received);
          } else waiters.push(check);
        };
        check();
      });
    },
  };
  if (options.listen !== false) await smtp.start();
  return smtp;
}

/* A small MIME reader for what nodemailer writes (mailparser is not installed). */

export interface ParsedMail {
  /** Header names in lower case; values unfolded, encoded words decoded. */
  headers: Map<string, string[]>;
  header(name: string): string | undefined;
  text?: string;
  html?: string;
}

function decodeWords(value: string): string {
  return value
    .replace(/\?=\s+=\?/g, '?==?') // whitespace between adjacent encoded words is not part of the text
    .replace(/=\?([^?]+)\?([BbQq])\?([^?]*)\?=/g, (_m, _charset: string, enc: string, data: string) =>
      enc.toUpperCase() === 'B'
        ? Buffer.from(data, 'base64').toString('utf8')
        : Buffer.from(data.replace(/_/g, ' ').replace(/=([0-9A-Fa-f]{2})/g, (_x, h: string) => String.fromCharCode(parseInt(h, 16))), 'latin1').toString('utf8'),
    );
}

function splitHead(raw: string): { head: string; body: string } {
  const at = raw.indexOf('\r\n\r\n');
  return at === -1 ? { head: raw, body: '' } : { head: raw.slice(0, at), body: raw.slice(at + 4) };
}

function parseHeaders(head: string): Map<string, string[]> {
  const headers = new Map<string, string[]>();
  for (const line of head.replace(/\r\n[ \t]+/g, ' ').split('\r\n')) {
    const colon = line.indexOf(':');
    if (colon <= 0) continue;
    const name = line.slice(0, colon).trim().toLowerCase();
    headers.set(name, [...(headers.get(name) ?? []), decodeWords(line.slice(colon + 1).trim())]);
  }
  return headers;
}

function decodeBody(body: string, encoding: string | undefined): string {
  switch ((encoding ?? '7bit').toLowerCase()) {
    case 'base64':
      return Buffer.from(body.replace(/\s+/g, ''), 'base64').toString('utf8');
    case 'quoted-printable': {
      const bytes = body.replace(/=\r\n/g, '').replace(/=([0-9A-Fa-f]{2})/g, (_m, h: string) => String.fromCharCode(parseInt(h, 16)));
      return Buffer.from(bytes, 'latin1').toString('utf8').replace(/\r\n/g, '\n');
    }
    default:
      return body.replace(/\r\n/g, '\n');
  }
}

export function parseMail(raw: string): ParsedMail {
  const { head, body } = splitHead(raw);
  const headers = parseHeaders(head);
  const mail: ParsedMail = { headers, header: (name) => headers.get(name.toLowerCase())?.[0] };
  const visit = (partHeaders: Map<string, string[]>, partBody: string) => {
    const type = partHeaders.get('content-type')?.[0] ?? 'text/plain';
    const boundary = /boundary="?([^";]+)"?/i.exec(type)?.[1];
    if (type.toLowerCase().startsWith('multipart/') && boundary) {
      for (const chunk of partBody.split(`--${boundary}`).slice(1)) {
        if (chunk.startsWith('--')) break;
        const part = splitHead(chunk.replace(/^\r\n/, ''));
        visit(parseHeaders(part.head), part.body.replace(/\r\n$/, ''));
      }
      return;
    }
    const decoded = decodeBody(partBody, partHeaders.get('content-transfer-encoding')?.[0]);
    if (type.toLowerCase().startsWith('text/html')) mail.html ??= decoded;
    else if (type.toLowerCase().startsWith('text/plain')) mail.text ??= decoded;
  };
  visit(headers, body);
  return mail;
}
