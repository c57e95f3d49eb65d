# The API image for docker-compose: it talks to the neo4j service through NEO4J_URI,
# so it needs neither Java nor Maven (those are only for the embedded database).
FROM node:20-bookworm-slim
WORKDIR /app
COPY package.json package-lock.json tsconfig.json tsconfig.build.json ./
COPY bin ./bin
COPY src ./src
COPY schema ./schema
COPY cypher ./cypher
COPY explorer ./explorer
RUN npm ci --no-fund --no-audit && npm prune --omit=dev
ENV NODE_ENV=production PORT=4000
EXPOSE 4000
CMD ["node", "bin/papergraph.js", "start"]
