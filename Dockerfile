# The API only; Neo4j runs in its own container (docker-compose.yml) or anywhere NEO4J_URI points.
FROM node:20-bookworm-slim
WORKDIR /app
COPY package.json package-lock.json ./
RUN npm ci --no-audit --no-fund
COPY . .
RUN npm run build
ENV NODE_ENV=production PORT=4000 HOST=0.0.0.0
EXPOSE 4000
# As npm start runs it; node itself is PID 1 so SIGTERM reaches the graceful shutdown.
CMD ["node", "--max-semi-space-size=64", "--no-allocation-site-pretenuring", "dist/src/main.js"]
