/**
 * Nesting limits checked before a request reaches GraphQL: its parser, validation and variable
 * coercion recurse once per level, so a document or variables nested thousands deep would end
 * in a stack overflow (a 500) instead of a clear refusal.
 */
export const MAX_NESTING = 64;

/** Deepest nesting of a JSON value, walked without recursion. */
export function valueDepth(value: unknown): number {
  let deepest = 0;
  const stack: [unknown, number][] = [[value, 0]];
  while (stack.length > 0) {
    const [v, d] = stack.pop()!;
    if (v === null || typeof v !== "object") continue;
    deepest = Math.max(deepest, d + 1);
    if (deepest > MAX_NESTING) return deepest;
    for (const child of Array.isArray(v) ? v : Object.values(v)) stack.push([child, d + 1]);
  }
  return deepest;
}

/** Deepest nesting of brackets, braces and parentheses in a GraphQL document, outside strings and comments. */
export function documentDepth(text: string): number {
  let depth = 0;
  let deepest = 0;
  for (let i = 0; i < text.length; i += 1) {
    const c = text[i]!;
    if (c === "#") {
      while (i < text.length && text[i] !== "\n") i += 1;
    } else if (c === '"') {
      const block = text.startsWith('"""', i);
      const end = block ? '"""' : '"';
      i += end.length;
      while (i < text.length && !text.startsWith(end, i)) i += text[i] === "\\" && !block ? 2 : 1;
      i += end.length - 1;
    } else if (c === "{" || c === "[" || c === "(") {
      depth += 1;
      if (depth > deepest) deepest = depth;
    } else if (c === "}" || c === "]" || c === ")") {
      depth -= 1;
    }
  }
  return deepest;
}
