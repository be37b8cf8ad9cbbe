import { execFile, execFileSync } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import { freePort } from './net';

const run = promisify(execFile);

/**
 * A throw-away PostgreSQL cluster for tests: Debian's server binaries (package `postgresql`,
 * installed by scripts/ensure-system-deps.sh), a data folder in a temporary directory, a free port on
 * 127.0.0.1, the unix socket inside the temporary directory. initdb refuses to run as root, so as
 * root every server command runs as the `postgres` system user (runuser) and the folder belongs to
 * it. Connections over TCP need the password (scram-sha-256), so tests see real credentials in the
 * connection string.
 */
export interface PostgresCluster {
  /** postgres://postgres:<password>@127.0.0.1:<port>/postgres */
  url: string;
  port: number;
  password: string;
  /** Stops the server (fast shutdown); start() brings it back on the same port with the same data. */
  stop(): Promise<void>;
  start(): Promise<void>;
  destroy(): Promise<void>;
}

/** The newest installed PostgreSQL server's bin folder (/usr/lib/postgresql/<version>/bin), if any. */
export function findPostgresBin(): string | undefined {
  const base = '/usr/lib/postgresql';
  if (!fs.existsSync(base)) return undefined;
  const versions = fs
    .readdirSync(base)
    .filter((v) => fs.existsSync(path.join(base, v, 'bin', 'initdb')))
    .sort((a, b) => Number(b) - Number(a));
  return versions[0] ? path.join(base, versions[0], 'bin') : undefined;
}

export const hasPostgres = findPostgresBin() !== undefined;

/**
 * Why PostgreSQL tests cannot run here, or undefined when they can. In CI (CI=true) a missing
 * server is a failure, never a skip: the store tests must have run against both stores.
 */
export function postgresMissingReason(): string | undefined {
  return hasPostgres ? undefined : 'PostgreSQL server binaries not found (apt-get install postgresql; scripts/ensure-system-deps.sh does it for npm test)';
}

export const inCI = Boolean(process.env.CI) && process.env.CI !== '0' && process.env.CI !== 'false';

const isRoot = process.getuid?.() === 0;

function asServerUser(bin: string, args: string[]): [string, string[]] {
  return isRoot ? ['runuser', ['-u', 'postgres', '--', bin, ...args]] : [bin, args];
}

export async function startPostgres(options: { fsync?: boolean } = {}): Promise<PostgresCluster> {
  const bin = findPostgresBin();
  if (!bin) throw new Error(postgresMissingReason());
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'pgtest-'));
  const dataDir = path.join(dir, 'data');
  const password = `pw-${randomBytes(9).toString('base64url')}`;
  const pwfile = path.join(dir, 'pwfile');
  fs.writeFileSync(pwfile, `${password}\n`);
  if (isRoot) {
    const uid = Number(execFileSync('id', ['-u', 'postgres'], { encoding: 'utf8' }).trim());
    const gid = Number(execFileSync('id', ['-g', 'postgres'], { encoding: 'utf8' }).trim());
    fs.chownSync(dir, uid, gid);
    fs.chownSync(pwfile, uid, gid);
  }
  const [initCmd, initArgs] = asServerUser(path.join(bin, 'initdb'), [
    '-D', dataDir, '-U', 'postgres', '-E', 'UTF8', '--locale=C', '--auth-local=trust', '--auth-host=scram-sha-256', `--pwfile=${pwfile}`, '--no-sync', '--no-instructions',
  ]);
  await run(initCmd, initArgs);
  fs.rmSync(pwfile, { force: true });
  const port = await freePort();
  const serverOptions = [`-p ${port}`, `-k ${dir}`, "-c listen_addresses='127.0.0.1'", `-c fsync=${options.fsync ? 'on' : 'off'}`, '-c max_connections=200'].join(' ');
  const pgCtl = (args: string[]) => {
    const [cmd, cmdArgs] = asServerUser(path.join(bin, 'pg_ctl'), args);
    return run(cmd, cmdArgs);
  };
  let running = false;
  const start = async () => {
    await pgCtl(['start', '-D', dataDir, '-l', path.join(dir, 'server.log'), '-w', '-t', '60', '-o', serverOptions]);
    running = true;
  };
  const stop = async () => {
    if (!running) return;
    await pgCtl(['stop', '-D', dataDir, '-m', 'fast', '-w', '-t', '60']);
    running = false;
  };
  // A test run that dies must not leave a server behind.
  const onExit = () => {
    if (!running) return;
    try {
      const [cmd, cmdArgs] = asServerUser(path.join(bin, 'pg_ctl'), ['stop', '-D', dataDir, '-m', 'immediate']);
      execFileSync(cmd, cmdArgs, { stdio: 'ignore' });
    } catch {
      // Already gone.
    }
  };
  process.once('exit', onExit);
  await start();
  return {
    url: `postgres://postgres:${encodeURIComponent(password)}@127.0.0.1:${port}/postgres`,
    port,
    password,
    stop,
    start,
    destroy: async () => {
      try {
        await stop();
      } finally {
        process.off('exit', onExit);
        fs.rmSync(dir, { recursive: true, force: true });
      }
    },
  };
}
