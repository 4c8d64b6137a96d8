# syntax=docker/dockerfile:1

# Compiles the TypeScript sources to dist/ and bundles the explorer page into dist-explorer/
# (npm run build: every build:* script).
# Install scripts are skipped as in development ("allowScripts" in package.json),
# except esbuild's, which the build uses.
FROM node:20-bookworm-slim AS build
WORKDIR /app
COPY package.json package-lock.json ./
RUN npm ci --ignore-scripts && npm rebuild esbuild
COPY tsconfig.json ./
COPY scripts ./scripts
COPY src ./src
RUN npm run build

# Production dependencies only: the image runs the compiled JavaScript, nothing compiles at run time.
FROM node:20-bookworm-slim AS deps
WORKDIR /app
COPY package.json package-lock.json ./
RUN npm ci --omit=dev --ignore-scripts && npm cache clean --force

FROM node:20-bookworm-slim AS runtime
ENV NODE_ENV=production \
    HOST=0.0.0.0 \
    PORT=4000
WORKDIR /app
COPY --from=deps /app/node_modules ./node_modules
# package.json says "type": "module", which the compiled files need.
COPY package.json ./
COPY --from=build /app/dist ./dist
COPY --from=build /app/dist-explorer ./dist-explorer
COPY schema ./schema
COPY seed ./seed
USER node
EXPOSE 4000
HEALTHCHECK --interval=15s --timeout=5s --start-period=20s --retries=3 \
  CMD ["node", "-e", "fetch('http://127.0.0.1:' + (process.env.PORT || 4000) + '/healthz').then((r) => process.exit(r.ok ? 0 : 1), () => process.exit(1))"]
# node itself is PID 1 (no npm, no shell in between), so SIGTERM reaches the server's graceful shutdown.
CMD ["node", "dist/cli/serve.js"]
