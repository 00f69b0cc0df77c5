import { GraphQLError } from "graphql";

/** A client mistake in an argument; `argumentPath` says which, e.g. `filter.asOf`. */
export function badUserInput(message: string, argumentPath: string): GraphQLError {
  return new GraphQLError(message, { extensions: { code: "BAD_USER_INPUT", argumentPath } });
}

/** A configured limit was exceeded; the error names the limit and its value. */
export function limitExceeded(message: string, argumentPath: string, limit: string, max: number): GraphQLError {
  return new GraphQLError(message, { extensions: { code: "BAD_USER_INPUT", argumentPath, limit, max } });
}
