// Codegen's type names, as its default (pascalCase) makes them, except that the schema's
// `Record` interface becomes `RecordNode`: a type named Record shadows TypeScript's Record<K, V>,
// which the generated resolver types use (dotansimha/graphql-code-generator#8860).
const { pascalCase } = require("change-case-all");

module.exports = (name) => {
  const pascal = pascalCase(name);
  return pascal === "Record" ? "RecordNode" : pascal;
};
