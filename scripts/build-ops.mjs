// @ts-check
/**
 * Bundles the operators' commands (scripts/leads.ts, scripts/db-migrate.ts) into single files
 * inside the standalone output (<distDir>/standalone/ops/*.mjs), so the deployed server folder and
 * the Docker image can run them without the sources, TypeScript or tsx:
 *   node ops/leads.mjs list        node ops/db-migrate.mjs
 * The database drivers stay external: the standalone node_modules has them (the server uses them).
 * Runs after `npm run build` (npm's postbuild).
 */
import fs from 'node:fs';
import path from 'node:path';
import { build } from 'esbuild';

const standalone = path.resolve(process.env.NEXT_DIST_DIR ?? '.next', 'standalone');
if (!fs.existsSync(standalone)) {
  console.error(`build-ops: ${standalone} does not exist; run next build first`);
  process.exit(1);
}
for (const name of ['leads', 'db-migrate']) {
  await build({
    entryPoints: [`scripts/${name}.ts`],
    outfile: path.join(standalone, 'ops', `${name}.mjs`),
    bundle: true,
    platform: 'node',
    format: 'esm',
    target: 'node20',
    tsconfig: 'tsconfig.json',
    external: ['better-sqlite3', 'pg', 'pg-native'],
    // Bundled CommonJS dependencies call require(); give the ES module one.
    banner: { js: "import { createRequire as __createRequire } from 'node:module'; const require = __createRequire(import.meta.url);" },
    logLevel: 'warning',
  });
}
console.log(`operators' commands: ${path.relative(process.cwd(), path.join(standalone, 'ops'))}/{leads,db-migrate}.mjs`);
