import type { Resolvers } from "../graphql/generated/types.js";
import type { EvidenceContext } from "../evidence/evidence.context.js";
import { badUserInput, limitExceeded } from "../graphql/errors.js";
import { checkFundingFilter } from "../funding/funding.resolvers.js";
import { ExportLimitError, ExportService } from "./export-service.js";
import { exportPath } from "./export-url.js";
import { formatByName } from "./formats/index.js";
import { ExportTooLargeError, stringSink } from "./sinks.js";
import { normaliseSpec, SpecError } from "./subgraph.js";

const GRAPHQL_EXPORT_MAX_BYTES = 5 * 1024 * 1024;

export const exportResolvers: Resolvers<EvidenceContext> = {
  Query: {
    exportSubgraph: async (_p, { format, subgraph }, ctx) => {
      checkFundingFilter(subgraph.funding, "subgraph.funding");
      let spec;
      try {
        spec = normaliseSpec(subgraph, ctx.limits);
      } catch (e) {
        if (e instanceof SpecError) throw badUserInput(e.message, e.argumentPath);
        throw e;
      }
      const name = format.toLowerCase().replace(/_/g, "-");
      const f = formatByName(name)!;
      const service = new ExportService(ctx.db, ctx.limits, { ...ctx.queryOptions, timeoutMs: ctx.limits.queryTimeoutMs });
      try {
        const prepared = await service.prepare(spec, { maxEdges: ctx.limits.maxInlineExportEdges }).catch((e: unknown) => {
          throw e instanceof SpecError ? badUserInput(e.message, `subgraph.${e.argumentPath}`) : e;
        });
        const sink = stringSink(GRAPHQL_EXPORT_MAX_BYTES);
        await service.write(prepared, f, sink);
        const m = prepared.manifest;
        return {
          format,
          contentType: f.contentType,
          fileName: f.fileName,
          content: sink.text(),
          downloadUrl: exportPath(name, subgraph),
          manifest: {
            generatedAt: m.generatedAt,
            dataVersion: m.dataVersion,
            query: JSON.stringify(m.query),
            asOf: m.asOf,
            nodeCount: m.counts.nodes,
            edgeCount: m.counts.edges,
            sources: await Promise.all(m.sources.map((s) => ctx.loaders.sourceById.load(s.id))).then((all) => all.filter((s) => s !== null)),
            licence: m.licence,
          },
        };
      } catch (e) {
        if (e instanceof ExportLimitError || e instanceof ExportTooLargeError) throw limitExceeded(e.message, "subgraph", "maxInlineExportEdges", ctx.limits.maxInlineExportEdges);
        throw e;
      }
    },
  },
};
