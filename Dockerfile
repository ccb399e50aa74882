# The portal's production image, built with the same steps CI checks without containers
# (.ci/run → scripts/ci-prod-check.mjs): build with every dependency, then run the
# standalone folder after `npm ci --omit=dev`, as a non-root user (docs/decisions/0017).
#   docker build -t giaoban-portal .        docker compose up -d   (compose.yaml)

FROM node:20-bookworm-slim AS build
WORKDIR /app
ENV NEXT_TELEMETRY_DISABLED=1
# Dependencies first, so a source change does not reinstall them.
COPY package.json package-lock.json .npmrc .nvmrc prisma.config.ts ./
COPY prisma/schema.prisma prisma/schema.prisma
RUN npm ci --no-audit --no-fund
COPY . .
RUN npm run build

# The operator tools (npm run backup, restore, user:create-admin, jobs:notify) from the
# sources, for the compose backup job; the portal itself runs from the "app" stage.
FROM build AS tools
RUN mkdir -p /backups && chown node:node /backups
USER node

FROM node:20-bookworm-slim AS app
ENV NODE_ENV=production NEXT_TELEMETRY_DISABLED=1 PORT=3000 STORAGE_DIR=/app/storage
WORKDIR /app
COPY --from=build /app/.next/standalone ./
# The traced node_modules of the build are replaced by the production install
# (postinstall generates the Prisma client with the prisma CLI, a dependency).
RUN rm -rf node_modules \
  && npm ci --omit=dev --no-audit --no-fund \
  && npm cache clean --force \
  && mkdir -p data storage \
  && chown node:node data storage
USER node
EXPOSE 3000
VOLUME ["/app/storage", "/app/data"]
HEALTHCHECK --interval=30s --timeout=5s --start-period=90s --retries=3 \
  CMD ["node", "-e", "fetch('http://127.0.0.1:' + process.env.PORT + '/api/health').then((r) => process.exit(r.ok ? 0 : 1), () => process.exit(1))"]
# Migrations (and the demo seed when SEED_DEMO=true), then the server with JSON logs on stdout.
CMD ["node", "dist/serve.mjs", "--migrate"]
