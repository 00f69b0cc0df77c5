import { ask } from "./api.js";
import { h, fill } from "./dom.js";
import { kindLabel, period } from "./format.js";

const KINDS = ["MINISTRY", "PERSON", "DIRECTORATE", "MUNICIPAL_ASSOCIATION", "REGIONAL_HEALTH_TRUST", "HEALTH_TRUST", "COUNTY_GOVERNOR", "COUNTY", "REGION", "MUNICIPALITY", "BODY", "ORGANISATION", "GROUP", "POOL"] as const;

/** The search form: the API's search (diacritics and abbreviations are its job) with a kind filter. */
export function mountSearch(form: HTMLFormElement, results: HTMLElement, open: (actorId: string) => void, report: (e: unknown) => void): void {
  const kinds = form.querySelector<HTMLSelectElement>("select[name=kind]")!;
  kinds.append(...KINDS.map((k) => h("option", { value: k }, kindLabel(k))));
  const input = form.querySelector<HTMLInputElement>("input[name=text]")!;
  let asked = 0;
  form.addEventListener("submit", async (e) => {
    e.preventDefault();
    const text = input.value.trim();
    if (!text) return;
    const mine = ++asked;
    try {
      const answer = await ask("ExplorerSearch", { text, kinds: kinds.value ? [kinds.value as (typeof KINDS)[number]] : null });
      if (mine !== asked) return; // a later search has been asked meanwhile
      if (!answer.search.length) {
        fill(results, h("p", { class: "muted", role: "status" }, `Nothing found for “${text}”.`));
        return;
      }
      const list = h(
        "ol",
        { class: "hits", "aria-label": `Search results for ${text}` },
        ...answer.search.map((hit) =>
          h("li", {}, h("button", { type: "button", "data-actor": hit.actor.id }, h("strong", {}, hit.actor.name), ` ${kindLabel(hit.actor.kind)} · ${hit.actor.country} · ${period(hit.actor.validity.validFrom, hit.actor.validity.validTo)}`)),
        ),
      );
      list.addEventListener("click", (ev) => {
        const id = (ev.target as HTMLElement).closest("button")?.dataset.actor;
        if (id) {
          fill(results);
          open(id);
        }
      });
      fill(results, list);
      list.querySelector("button")?.focus();
    } catch (err) {
      report(err);
    }
  });
}

/** The first hit for a name, for the path form's target. */
export async function firstHit(text: string): Promise<{ id: string; name: string } | null> {
  const answer = await ask("ExplorerSearch", { text, kinds: null });
  return answer.search[0]?.actor ?? null;
}
