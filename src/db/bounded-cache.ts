/**
 * The value remembered under `key`, made and remembered on first use. For values worked out
 * again and again from a bounded set of inputs (statement templates, list scopes): `cap` only
 * guards against a caller with unbounded inputs, by starting over when it is reached.
 */
export function remembered<K, V>(cache: Map<K, V>, key: K, make: () => V, cap: number): V {
  let value = cache.get(key);
  if (value === undefined) {
    value = make();
    if (cache.size >= cap) cache.clear();
    cache.set(key, value);
  }
  return value;
}
