// The build turns explorer/operations/*.graphql into one module of printed documents, one per
// operation with the fragments it uses (graphql-js's separateOperations), so the page never parses GraphQL.
declare module "explorer:operations" {
  export const documents: Record<string, string>;
}
