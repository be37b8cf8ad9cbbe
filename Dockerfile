# syntax=docker/dockerfile:1
# TechNow: multi-stage image running the standalone Next.js server as an unprivileged user.
#   docker build --build-arg SITE_URL=https://news.example.com -t technow .
#   docker run -p 3000:3000 -v technow-data:/data technow                      (SQLite in /data)
#   docker run -p 3000:3000 -e DATABASE_URL=postgres://… technow               (PostgreSQL, several instances)
# Operators' commands in the same image (bundled by `npm run build` into ops/):
#   docker run --rm -v technow-data:/data technow node ops/leads.mjs list
#   docker run --rm -e DATABASE_URL=postgres://… technow node ops/db-migrate.mjs
# SITE_URL is baked into canonical URLs, feeds and sitemaps at build time. compose.yaml runs two
# instances, nginx and PostgreSQL (docs/production.md, section 4).

ARG NODE_IMAGE=node:20-bookworm-slim

# 1. Dependencies (better-sqlite3 is native: compilers are only needed if no prebuilt binary fits).
FROM ${NODE_IMAGE} AS deps
WORKDIR /app
RUN apt-get update \
 && apt-get install -y --no-install-recommends python3 make g++ \
 && rm -rf /var/lib/apt/lists/*
COPY package.json package-lock.json ./
RUN npm ci --no-audit --no-fund

# 2. Build: content check, typecheck, prerendering, standalone output, and the operators' commands
#    bundled into the standalone folder (ops/leads.mjs, ops/db-migrate.mjs; npm's postbuild).
FROM ${NODE_IMAGE} AS build
WORKDIR /app
ARG SITE_URL=http://localhost:3000
ENV SITE_URL=${SITE_URL} \
    NEXT_TELEMETRY_DISABLED=1
COPY --from=deps /app/node_modules ./node_modules
COPY . .
RUN npm run build

# 3. Runtime: only the standalone server, static assets, public files and the content.
FROM ${NODE_IMAGE} AS run
WORKDIR /app
ENV NODE_ENV=production \
    NEXT_TELEMETRY_DISABLED=1 \
    PORT=3000 \
    BIND_HOST=0.0.0.0 \
    CONTENT_DIR=/app/content \
    DATA_DIR=/data
RUN groupadd --system --gid 1001 technow \
 && useradd --system --uid 1001 --gid technow --no-create-home technow \
 && mkdir -p /data /app/.next/cache \
 && chown technow:technow /data /app/.next/cache
# Application files stay owned by root (read-only for the server); only the image cache and /data are writable.
# The standalone server with its traced node_modules (better-sqlite3, pg) and ops/*.mjs.
COPY --from=build /app/.next/standalone ./
COPY --from=build /app/.next/static ./.next/static
COPY --from=build /app/public ./public
COPY --from=build /app/content ./content
# The production server (request guard in front of Next), next to the generated server.js.
COPY --from=build /app/scripts/serve.mjs ./serve.mjs
USER technow
EXPOSE 3000
VOLUME ["/data"]
HEALTHCHECK --interval=30s --timeout=3s --start-period=20s --retries=3 \
  CMD ["node", "-e", "fetch('http://127.0.0.1:'+(process.env.PORT||3000)+'/api/health').then(r=>process.exit(r.ok?0:1),()=>process.exit(1))"]
# exec: node stays PID 1 and gets the stop signal; SERVER_HEAP_MB as in docs/production.md.
CMD ["sh", "-c", "exec node --max-old-space-size=${SERVER_HEAP_MB:-448} serve.mjs"]
