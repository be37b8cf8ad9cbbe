#!/usr/bin/env bash
# Starts the self-contained server from `output: 'standalone'` (after `npm run build`).
# The standalone folder holds server.js and the traced node_modules, but not the files the CDN
# would normally serve: public/ and <distDir>/static are copied next to server.js here.
#
#   PORT=3000 BIND_HOST=0.0.0.0 bash scripts/start-standalone.sh
#
# NEXT_DIST_DIR selects the build (default .next). CONTENT_DIR and DATA_DIR default to this
# project's content/ and data/ (absolute, because the server runs inside the standalone folder).
set -euo pipefail
cd "$(dirname "$0")/.."
ROOT="$PWD"
DIST="${NEXT_DIST_DIR:-.next}"
STANDALONE="$DIST/standalone"

if [ ! -f "$STANDALONE/server.js" ]; then
  echo "No $STANDALONE/server.js: run \`npm run build\` first (next.config.ts has output: 'standalone')." >&2
  exit 1
fi

rm -rf "$STANDALONE/public" "$STANDALONE/$DIST/static"
mkdir -p "$STANDALONE/$DIST"
cp -R public "$STANDALONE/public"
cp -R "$DIST/static" "$STANDALONE/$DIST/static"

export NODE_ENV=production
export NEXT_DIST_DIR="$DIST"
export PORT="${PORT:-3000}"
# serve.mjs binds to BIND_HOST (HOSTNAME is always the machine's name in a shell).
export BIND_HOST="${BIND_HOST:-0.0.0.0}"
export CONTENT_DIR="${CONTENT_DIR:-$ROOT/content}"
export DATA_DIR="${DATA_DIR:-$ROOT/data}"
# scripts/serve.mjs instead of the generated server.js: the same Next server behind the request guard.
cp scripts/serve.mjs "$STANDALONE/serve.mjs"
cd "$STANDALONE"
# The heap cap keeps the process near what it needs (docs/production.md, SERVER_HEAP_MB).
exec node --max-old-space-size="${SERVER_HEAP_MB:-448}" serve.mjs
