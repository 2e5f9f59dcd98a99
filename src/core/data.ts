/** Safe reading of a document of unknown shape: rules never throw on a wrong type, they see `undefined`. */

export type DataRecord = Record<string, unknown>;

export function isRecord(value: unknown): value is DataRecord {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/**
 * The value at `path`, or undefined where the path leaves the document or crosses a non-container. Only own
 * properties count: `toString` or `constructor` in a document is data, never Object.prototype's.
 */
export function at(value: unknown, ...path: (string | number)[]): unknown {
  let current = value;
  for (const segment of path) {
    if (typeof segment === 'number' ? !Array.isArray(current) : !isRecord(current)) return undefined;
    current = own(current as Record<string | number, unknown>, segment);
  }
  return current;
}

/** `record[key]` when `key` is the record's own, else undefined: for every look-up of a key that a user wrote. */
export function own<T>(record: Readonly<Record<string | number, T>>, key: string | number): T | undefined {
  return Object.hasOwn(record, key) ? record[key] : undefined;
}

/** The entries of the list at `path` that are maps, with their index in the list. */
export function recordsAt(value: unknown, ...path: (string | number)[]): { item: DataRecord; index: number }[] {
  const list = at(value, ...path);
  if (!Array.isArray(list)) return [];
  return list.flatMap((item, index) => (isRecord(item) ? [{ item, index }] : []));
}

export function isFiniteNumber(value: unknown): value is number {
  return typeof value === 'number' && Number.isFinite(value);
}

export function isBlank(value: unknown): boolean {
  return value === undefined || value === null || (typeof value === 'string' && value.trim() === '');
}

/** True when `value` is absent or an empty list (what "absent or empty" means in docs/reference/rules.md); `null` is a wrong type. */
export function isMissingOrEmptyList(value: unknown): boolean {
  return value === undefined || (Array.isArray(value) && value.length === 0);
}
