import fs from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { parse } from "yaml";
import { ROOT_DIR } from "../../src/config.js";

describe("docker-compose.yml", () => {
  const compose = parse(fs.readFileSync(path.join(ROOT_DIR, "docker-compose.yml"), "utf8"));

  it("when parsed, then it runs Neo4j 5.26 Community with a health check", () => {
    expect(compose.services.neo4j.image).toBe("neo4j:5.26-community");
    expect(compose.services.neo4j.healthcheck.test.join(" ")).toContain("RETURN 1");
  });

  it("when parsed, then the API is built from the repo, waits for a healthy Neo4j and points NEO4J_URI at it", () => {
    const api = compose.services.api;
    expect(api.build).toBe(".");
    expect(api.depends_on.neo4j.condition).toBe("service_healthy");
    expect(api.environment.NEO4J_URI).toBe("bolt://neo4j:7687");
    expect(api.environment.NEO4J_PASSWORD).toBe(compose.services.neo4j.environment.NEO4J_AUTH.split("/")[1]);
    expect(fs.existsSync(path.join(ROOT_DIR, "Dockerfile"))).toBe(true);
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
