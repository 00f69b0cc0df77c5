import fs from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { parse } from "yaml";
import { ROOT_DIR } from "../../src/config.js";

describe("docker-compose.yml", () => {
  // Compose resolves YAML merge keys (`<<: *neo4j-env`); so does this reading.
  const compose = parse(fs.readFileSync(path.join(ROOT_DIR, "docker-compose.yml"), "utf8"), { merge: true });

  it("when parsed, then it runs Neo4j 5.26 Community with a health check", () => {
    expect(compose.services.neo4j.image).toBe("neo4j:5.26-community");
    expect(compose.services.neo4j.healthcheck.test.join(" ")).toContain("RETURN 1");
  });

  it("when parsed, then a loader built from the repo fills the healthy Neo4j once, and two API replicas wait for it", () => {
    const { api, loader } = compose.services;
    expect(loader.build).toBe(".");
    expect(loader.depends_on.neo4j.condition).toBe("service_healthy");
    expect(loader.command).toEqual(["node", "dist/src/cli/db-load.js"]);
    expect(api.build).toBe(".");
    expect(api.deploy.replicas).toBe(2);
    expect(api.depends_on.loader.condition).toBe("service_completed_successfully");
    expect(api.environment.AUTO_LOAD).toBe("false");
    for (const s of [api, loader]) {
      expect(s.environment.NEO4J_URI).toBe("bolt://neo4j:7687");
      expect(s.environment.NEO4J_PASSWORD).toBe(compose.services.neo4j.environment.NEO4J_AUTH.split("/")[1]);
    }
    expect(fs.existsSync(path.join(ROOT_DIR, "Dockerfile"))).toBe(true);
  });

  it("when parsed, then the replicas share a healthy Redis and sit behind nginx, which forwards the caller's address", () => {
    const { api, redis, lb } = compose.services;
    expect(api.environment.REDIS_URL).toBe("redis://redis:6379");
    expect(api.depends_on.redis.condition).toBe("service_healthy");
    expect(redis.healthcheck.test).toContain("ping");
    expect(api.ports).toBeUndefined(); // only the balancer publishes a port
    expect(lb.ports).toEqual(["4000:4000"]);
    expect(api.environment.TRUST_PROXY_HOPS).toBe("1");
    const conf = fs.readFileSync(path.join(ROOT_DIR, lb.volumes[0].split(":")[0]), "utf8");
    expect(conf).toContain("server api:4000");
    expect(conf).toContain("X-Forwarded-For $proxy_add_x_forwarded_for");
  });

  it("when the image is built, then it compiles the server and runs exactly what npm start runs", () => {
    const dockerfile = fs.readFileSync(path.join(ROOT_DIR, "Dockerfile"), "utf8");
    const scripts = JSON.parse(fs.readFileSync(path.join(ROOT_DIR, "package.json"), "utf8")).scripts as Record<string, string>;
    expect(dockerfile).toMatch(/^RUN npm run build$/m);
    expect(scripts.prestart).toBe("npm run build --silent");
    const cmd = JSON.parse(/^CMD (\[.*\])$/m.exec(dockerfile)![1]!) as string[];
    expect(cmd.join(" ")).toBe(scripts.start);
  });
});
