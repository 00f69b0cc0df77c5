import crypto from "node:crypto";
import type { GraphQLFormattedError } from "graphql";
import { GraphQLError } from "graphql";
import { unwrapResolverError } from "@apollo/server/errors";
import { DatabaseUnavailableError, QueryTerminatedError, QueryTimeoutError } from "../db/database.js";
import type { Logger } from "../logger.js";
import { limitRejection } from "./limit-errors.js";

/**
 * Only deliberate, client-safe errors reach the client as they are. Everything else is
 * logged with an id and masked, so no stack trace or internal detail leaks.
 */
export function createFormatError(log: Logger, opts: { exposeStack: boolean; hideSuggestions?: boolean }) {
  return (formatted: GraphQLFormattedError, error: unknown): GraphQLFormattedError => {
    // Without introspection the schema is not public, so graphql-js's "Did you mean …?" (for
    // enum values and arguments too, which armor's field-suggestion block leaves) is dropped.
    if (opts.hideSuggestions && / Did you mean /.test(formatted.message)) formatted = { ...formatted, message: formatted.message.replace(/ Did you mean .*$/s, "") };
    const original = unwrapResolverError(error);
    if (original instanceof DatabaseUnavailableError) {
      return { message: original.message, path: formatted.path, extensions: { code: "SERVICE_UNAVAILABLE" } };
    }
    if (original instanceof QueryTimeoutError) {
      return { message: original.message, path: formatted.path, extensions: { code: "QUERY_TIMEOUT" } };
    }
    if (original instanceof QueryTerminatedError) {
      return { message: original.message, path: formatted.path, extensions: { code: "QUERY_TERMINATED" } };
    }
    // A scalar that refuses a literal (Date "2011-02-30") surfaces from validation; it is
    // still the client's input that is wrong, so it keeps the scalar's BAD_USER_INPUT.
    const cause = (error as { originalError?: { extensions?: Record<string, unknown> } })?.originalError;
    if (formatted.extensions?.code === "GRAPHQL_VALIDATION_FAILED" && cause?.extensions?.code === "BAD_USER_INPUT") {
      formatted = { ...formatted, extensions: { ...formatted.extensions, code: "BAD_USER_INPUT" } };
    }
    const rejected = limitRejection(formatted.message);
    if (rejected) {
      const { message, ...limit } = rejected;
      formatted = { ...formatted, message, extensions: { ...formatted.extensions, ...limit } };
    }
    // Apollo's own request errors (a persisted query whose hash does not match) carry a 4xx status.
    const status = (original as { extensions?: { http?: { status?: number } } } | undefined)?.extensions?.http?.status;
    if (original instanceof GraphQLError && status !== undefined && status < 500 && (formatted.extensions?.code ?? "INTERNAL_SERVER_ERROR") === "INTERNAL_SERVER_ERROR") {
      formatted = { ...formatted, extensions: { ...formatted.extensions, code: "BAD_REQUEST" } };
    }
    const code = formatted.extensions?.code;
    const deliberate = original instanceof GraphQLError && code !== undefined && code !== "INTERNAL_SERVER_ERROR";
    if (deliberate || (code !== undefined && code !== "INTERNAL_SERVER_ERROR")) {
      if (opts.exposeStack) return formatted;
      const { stacktrace: _drop, ...extensions } = formatted.extensions ?? {};
      return { ...formatted, extensions };
    }
    const errorId = crypto.randomUUID();
    log.error("internal error", { errorId, message: (original as Error)?.message, stack: (original as Error)?.stack, path: formatted.path });
    return {
      message: `Internal server error. Quote this id when reporting it: ${errorId}`,
      path: formatted.path,
      extensions: { code: "INTERNAL_SERVER_ERROR", errorId },
    };
  };
}
