import { describe, expect, it } from "vitest";
import { GraphQLError } from "graphql";
import { createFormatError } from "../../src/graphql/format-error.js";
import { createLogger } from "../../src/logger.js";
import { mapError, QueryTerminatedError } from "../../src/db/database.js";

describe("error masking", () => {
  const format = createFormatError(createLogger("error", { test: true }), { exposeStack: false });

  it("when a resolver throws an unexpected error, then the client sees only a generic message with an id", () => {
    const original = new Error("connection string bolt://secret@db failed at /srv/app/src/x.ts:12");
    const wrapped = new GraphQLError(original.message, { originalError: original, path: ["actor"] });
    const out = format({ message: original.message, path: ["actor"], extensions: { code: "INTERNAL_SERVER_ERROR", stacktrace: ["at x"] } }, wrapped);
    expect(out.message).toMatch(/^Internal server error\. Quote this id when reporting it: [0-9a-f-]{36}$/);
    expect(out.extensions).toEqual({ code: "INTERNAL_SERVER_ERROR", errorId: expect.stringMatching(/^[0-9a-f-]{36}$/) });
    expect(JSON.stringify(out)).not.toContain("secret");
  });

  it("when an error is a deliberate client error, then it passes through without a stack trace", () => {
    const e = new GraphQLError("'first' must be at least 1", { extensions: { code: "BAD_USER_INPUT", argumentPath: "first" } });
    const out = format({ message: e.message, extensions: { code: "BAD_USER_INPUT", argumentPath: "first", stacktrace: ["at y"] } }, e);
    expect(out).toEqual({ message: e.message, extensions: { code: "BAD_USER_INPUT", argumentPath: "first" } });
  });

  it("when the database terminated a statement, then the client is told so with its own code, not an internal error", () => {
    const original = mapError(Object.assign(new Error("Explicitly terminated by the user."), { code: "Neo.ClientError.Transaction.Terminated" }));
    expect(original).toBeInstanceOf(QueryTerminatedError);
    const wrapped = new GraphQLError("x", { originalError: original as Error, path: ["fundingSummary"] });
    const out = format({ message: "x", path: ["fundingSummary"], extensions: { code: "INTERNAL_SERVER_ERROR" } }, wrapped);
    expect(out).toEqual({ message: (original as Error).message, path: ["fundingSummary"], extensions: { code: "QUERY_TERMINATED" } });
  });
});
