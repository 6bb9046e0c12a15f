/**
 * How list items are told apart from one version to the next: by the first of these fields that
 * every item has and no two share. Diff and digest use the same rule, so a list merely reordered
 * is no change to either.
 */
export const ITEM_KEYS = ['id', 'platform', 'version', 'item', 'rule', 'category', 'purpose', 'country', 'risk', 'name'] as const;

function isMapping(v: unknown): v is Record<string, unknown> {
  return v !== null && typeof v === 'object' && !Array.isArray(v);
}

// A digest asks for the key of the same list once for each field a checklist reads in it: 50,000
// initiatives are looked through once, not thirty times for each stakeholder.
const keyOfList = new WeakMap<readonly unknown[], string | null>();

/** The field that keys these lists (both, when two versions are compared), or undefined when none does. */
export function keyOf(...lists: readonly (readonly unknown[])[]): string | undefined {
  if (lists.length !== 1) return keyOfAll(lists);
  const known = keyOfList.get(lists[0]!);
  if (known !== undefined) return known ?? undefined;
  const key = keyOfAll(lists);
  keyOfList.set(lists[0]!, key ?? null);
  return key;
}

function keyOfAll(lists: readonly (readonly unknown[])[]): string | undefined {
  const all = lists.flat();
  if (all.length === 0 || !all.every(isMapping)) return undefined;
  return ITEM_KEYS.find((k) =>
    lists.every((list) => {
      const values = list.map((v) => (v as Record<string, unknown>)[k]);
      return values.every((x) => typeof x === 'string' || typeof x === 'number') && new Set(values).size === values.length;
    }),
  );
}

/** An item's name in a keyed list: its id as it is, any other key as key=value. */
export function itemName(key: string, value: unknown): string {
  return key === 'id' ? String(value) : `${key}=${String(value)}`;
}

/** A value with every keyed list turned into a mapping by its key, at every depth: what does not depend on order. */
export function byKey(value: unknown): unknown {
  if (Array.isArray(value)) {
    const key = keyOf(value);
    if (!key) return value.map(byKey);
    return Object.fromEntries(value.map((v) => [itemName(key, (v as Record<string, unknown>)[key]), byKey(v)]));
  }
  if (isMapping(value)) return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, byKey(v)]));
  return value;
}
