import type { ApolloServerOptionsWithGateway } from "@apollo/server";
import { printSchema, type GraphQLSchema } from "graphql";
import type { Execute } from "./executor.js";

type Gateway = ApolloServerOptionsWithGateway<never>["gateway"];

/**
 * Apollo Server 5 runs operations with graphql-js and has no option to run them otherwise
 * (apollographql/apollo-server#7981 is an open proposal); a gateway is the one supported
 * seam that hands over execution. This one is local: it serves our own schema, never changes
 * it, and runs operations with `run`. Everything before execution (parsing, validation,
 * Armor's limits, the plugins' hooks) and after it (error formatting, the response cache)
 * stays Apollo's.
 */
export function localGateway(schema: GraphQLSchema, run: Execute): Gateway {
  let notify: Parameters<Gateway["onSchemaLoadOrUpdate"]>[0] | undefined;
  return {
    onSchemaLoadOrUpdate(callback) {
      notify = callback;
      return () => {
        notify = undefined;
      };
    },
    async load() {
      notify?.({ apiSchema: schema, coreSupergraphSdl: printSchema(schema) });
      return {
        executor: async (rc) =>
          run({ document: rc.document, operationName: rc.request.operationName, variableValues: rc.request.variables, contextValue: rc.context }),
      };
    },
    async stop() {},
  };
}
