import { documents } from "explorer:operations";
import type * as Op from "./generated/operations.js";

/** Every operation the page sends, with its variables and its answer, as codegen typed them. */
interface Operations {
  ExplorerSearch: [Op.ExplorerSearchQueryVariables, Op.ExplorerSearchQuery];
  ExplorerActor: [Op.ExplorerActorQueryVariables, Op.ExplorerActorQuery];
  ExplorerActorMoney: [Op.ExplorerActorMoneyQueryVariables, Op.ExplorerActorMoneyQuery];
  ExplorerNeighbourhood: [Op.ExplorerNeighbourhoodQueryVariables, Op.ExplorerNeighbourhoodQuery];
  ExplorerRecord: [Op.ExplorerRecordQueryVariables, Op.ExplorerRecordQuery];
  ExplorerSource: [Op.ExplorerSourceQueryVariables, Op.ExplorerSourceQuery];
  ExplorerPaths: [Op.ExplorerPathsQueryVariables, Op.ExplorerPathsQuery];
}

export class ApiError extends Error {}

/** Sends one of the page's operations to the public endpoint, as any client would. */
export async function ask<K extends keyof Operations>(name: K, variables: Operations[K][0]): Promise<Operations[K][1]> {
  const query = documents[name];
  if (!query) throw new ApiError(`The page has no operation ${name}`);
  let res: Response;
  try {
    res = await fetch("/graphql", {
      method: "POST",
      headers: { "content-type": "application/json", accept: "application/json" },
      body: JSON.stringify({ query, operationName: name, variables }),
    });
  } catch (e) {
    throw new ApiError(`The API could not be reached: ${(e as Error).message}`);
  }
  const body = (await res.json().catch(() => null)) as { data?: Operations[K][1]; errors?: { message: string }[] } | null;
  if (body?.errors?.length) throw new ApiError(body.errors.map((e) => e.message).join("; "));
  if (!res.ok || !body?.data) throw new ApiError(`The API answered ${res.status}`);
  return body.data;
}
