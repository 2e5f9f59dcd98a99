/**
 * Turns ajv's raw errors into findings a person understands: one per distinct problem, at the right node, with
 * "did you mean" where a known key or value is close. ajv's `if` errors and repeats at one path are dropped.
 */
import type { ErrorObject } from 'ajv';
import type { MessageArgs } from './rule';
import type { Locale, YamlPath } from './types';
import type { Anchor } from './yaml-ast';
import { catalogue } from './i18n';
import { at, isRecord } from './data';
import { closest } from './suggest';
import { allowedKeysAt } from './schema-info';

export interface SchemaProblem {
  path: YamlPath;
  anchor: Anchor;
  messageId: string;
  args: MessageArgs;
  /** The corrected text for the finding's span, when one is likely. */
  replacement?: string;
}

/** `schema` is the root schema the errors come from: where unknown keys are found, it lists the keys allowed. */
export function describeSchemaErrors(errors: readonly ErrorObject[], data: unknown, locale: Locale, schema: object): SchemaProblem[] {
  const problems: SchemaProblem[] = [];
  const seen = new Set<string>();
  const add = (problem: SchemaProblem): void => {
    const key = `${JSON.stringify(problem.path)}|${problem.anchor}|${problem.messageId}`;
    if (seen.has(key)) return;
    seen.add(key);
    problems.push(problem);
  };
  for (const error of errors) {
    const problem = describe(error, data, locale, schema);
    if (problem) add(problem);
  }
  // A misspelt required key is one problem, not two: its "did you mean" covers the missing key.
  const misspelt = new Set(
    problems.filter((p) => p.messageId === 'unknownKey' && p.replacement).map((p) => JSON.stringify([...p.path.slice(0, -1), p.replacement])),
  );
  // A value with a wrong type also fails its enum, pattern or bounds: keep the first problem at each value.
  const valueProblems = new Set<string>();
  return problems.filter((problem) => {
    if (problem.messageId === 'missingKey' && misspelt.has(JSON.stringify(problem.path))) return false;
    if (problem.anchor === 'key') return true;
    const key = JSON.stringify(problem.path);
    if (valueProblems.has(key)) return false;
    valueProblems.add(key);
    return true;
  });
}

function describe(error: ErrorObject, data: unknown, locale: Locale, schema: object): SchemaProblem | undefined {
  const words = catalogue(locale);
  const path = pointerToPath(error.instancePath, data);
  const value = at(data, ...path);
  const key = pathLabel(path, locale);
  const params = error.params as Record<string, unknown>;
  // A key's name that fails `propertyNames`: ajv reports the inner keyword at the parent, naming the key.
  if (error.propertyName !== undefined) {
    const name = error.propertyName;
    if (error.keyword === 'enum') return unknownKeyProblem([...path, name], name, (params.allowedValues as unknown[]).map(String), locale, value);
    const hint = error.keyword === 'pattern' ? patternHint(String(params.pattern)) : 'other';
    return { path: [...path, name], anchor: 'key', messageId: 'badPattern', args: { value: name, key, hint } };
  }
  switch (error.keyword) {
    case 'additionalProperties': {
      const unknownKey = String(params.additionalProperty);
      // From the schema of the map the key is in, by its path in the data (ajv's schema path may lead through a $ref).
      const allowed = allowedKeysAt(path, schema as Record<string, unknown>);
      return unknownKeyProblem([...path, unknownKey], unknownKey, allowed, locale, value);
    }
    case 'propertyNames':
      // Only repeats the error of the keyword inside it, reported above with `propertyName`.
      return undefined;
    case 'required': {
      const missing = String(params.missingProperty);
      return { path: [...path, missing], anchor: 'key', messageId: 'missingKey', args: { parent: path.length ? `\`${key}\`` : words.topLevel, key: missing } };
    }
    case 'enum': {
      const allowed = (params.allowedValues as unknown[]).map(String);
      const suggestion = typeof value === 'string' ? closest(value, allowed) : undefined;
      return {
        path,
        anchor: 'value',
        messageId: 'badEnum',
        args: { value: display(value), key, allowed: allowed.map((v) => `\`${v}\``).join(words.listSeparator), suggestion: suggestion ?? '' },
        ...(suggestion ? { replacement: suggestion } : {}),
      };
    }
    case 'const':
      return { path, anchor: 'value', messageId: 'badConst', args: { key, value: display(value), expected: display(params.allowedValue) } };
    case 'type': {
      if (path.length === 0) {
        return value === null || value === undefined
          ? { path, anchor: 'value', messageId: 'emptyFile', args: {} }
          : { path, anchor: 'value', messageId: 'rootNotMap', args: { actual: typeName(value, locale) } };
      }
      // `.inf` and `.nan` are numbers that ajv rejects as such; describeContentErrors reports them once, as not finite.
      if (typeof value === 'number' && !Number.isFinite(value)) return undefined;
      const expected = String(params.type) as keyof typeof jsonTypeWords;
      return {
        path,
        anchor: 'value',
        messageId: 'badType',
        args: { key, expected: words.types[jsonTypeWords[expected] ?? 'string'], actual: typeName(value, locale) },
      };
    }
    case 'minimum':
    case 'exclusiveMinimum':
      return {
        path,
        anchor: 'value',
        messageId: 'tooSmall',
        args: { key, exclusive: error.keyword === 'exclusiveMinimum' ? 'yes' : '', limit: Number(params.limit), value: display(value) },
      };
    case 'maximum':
      return { path, anchor: 'value', messageId: 'tooLarge', args: { key, limit: Number(params.limit), value: display(value) } };
    case 'minLength':
      return { path, anchor: 'value', messageId: 'blank', args: { key } };
    case 'pattern': {
      if (params.pattern === '\\S') return { path, anchor: 'value', messageId: 'blank', args: { key } };
      return { path, anchor: 'value', messageId: 'badPattern', args: { value: display(value), key, hint: patternHint(String(params.pattern)) } };
    }
    case 'false schema':
      return { path, anchor: 'key', messageId: 'notAllowedPerAccount', args: {} };
    default:
      // `if` only says that a `then`/`else` failed, which has its own error.
      return undefined;
  }
}

/** `map` is the map the key is in: a key it already has is no correction (renaming to it would repeat the key). */
function unknownKeyProblem(path: YamlPath, unknownKey: string, allowed: string[], locale: Locale, map: unknown): SchemaProblem {
  const suggestion = closest(
    unknownKey,
    allowed.filter((key) => !(isRecord(map) && Object.hasOwn(map, key))),
  );
  const parentPath = path.slice(0, -1);
  return {
    path,
    anchor: 'key',
    messageId: 'unknownKey',
    args: {
      key: unknownKey,
      parent: parentPath.length ? `\`${pathLabel(parentPath, locale)}\`` : catalogue(locale).topLevel,
      suggestion: suggestion ?? '',
      allowed: allowed.map((k) => `\`${k}\``).join(catalogue(locale).listSeparator),
    },
    ...(suggestion ? { replacement: suggestion } : {}),
  };
}

const jsonTypeWords = { number: 'number', integer: 'integer', string: 'string', boolean: 'boolean', array: 'list', object: 'map', null: 'empty' } as const;

function patternHint(pattern: string): 'segmentId' | 'currency' | 'date' | 'other' {
  if (pattern.startsWith('^[a-z0-9]')) return 'segmentId';
  if (pattern.startsWith('^[A-Z]{3}')) return 'currency';
  if (pattern.startsWith('^\\d{4}')) return 'date';
  return 'other';
}

export function typeName(value: unknown, locale: Locale): string {
  const types = catalogue(locale).types;
  if (value === null || value === undefined) return types.empty;
  if (Array.isArray(value)) return types.list;
  if (typeof value === 'object') return types.map;
  if (typeof value === 'number') return `${types.number} ${display(value)}`;
  if (typeof value === 'boolean') return `${display(value)}`;
  return `${types.string} "${String(value)}"`;
}

function display(value: unknown): string {
  if (typeof value === 'string') return value;
  if (typeof value === 'number' && !Number.isFinite(value)) return Number.isNaN(value) ? '.nan' : value > 0 ? '.inf' : '-.inf';
  return JSON.stringify(value) ?? String(value);
}

/** `partners[0].type`. */
export function pathLabel(path: YamlPath, locale: Locale): string {
  if (path.length === 0) return catalogue(locale).topLevel;
  return path.map((segment, i) => (typeof segment === 'number' ? `[${segment}]` : i === 0 ? segment : `.${segment}`)).join('');
}

/** A JSON pointer into `data` as a YAML path; a segment is a number where it indexes a list. */
export function pointerToPath(pointer: string, data: unknown): YamlPath {
  if (pointer === '') return [];
  const path: (string | number)[] = [];
  let current = data;
  for (const raw of pointer.split('/').slice(1)) {
    const segment = raw.replace(/~1/g, '/').replace(/~0/g, '~');
    const step = Array.isArray(current) ? Number(segment) : segment;
    path.push(step);
    current = at(current, step);
  }
  return path;
}

/**
 * What JSON Schema cannot say: segment ids unique in the file, due dates that exist in the calendar, and numbers that
 * are finite (YAML's `.inf` and `.nan` are numbers to a schema).
 */
export function describeContentErrors(data: unknown, locale: Locale, lineOf: (path: YamlPath) => number): SchemaProblem[] {
  const problems: SchemaProblem[] = [];
  const firstUse = new Map<string, YamlPath>();
  const segments = at(data, 'market', 'segments');
  if (Array.isArray(segments)) {
    segments.forEach((segment, index) => {
      const id = at(segment, 'id');
      if (typeof id !== 'string') return;
      const path: YamlPath = ['market', 'segments', index, 'id'];
      const first = firstUse.get(id);
      if (first) problems.push({ path, anchor: 'value', messageId: 'duplicateSegmentId', args: { id, line: lineOf(first) } });
      else firstUse.set(id, path);
    });
  }
  // The schema's `not` says only that both churns are there; this says which to keep.
  const economics = at(data, 'economics');
  if (isRecord(economics) && economics.monthlyChurnRate !== undefined && economics.annualChurnRate !== undefined) {
    problems.push({ path: ['economics', 'annualChurnRate'], anchor: 'key', messageId: 'bothChurnRates', args: {} });
  }
  const kpis = at(data, 'kpis');
  if (Array.isArray(kpis)) {
    kpis.forEach((kpi, index) => {
      const due = at(kpi, 'due');
      // Only dates of the schema's form: a malformed one is already the schema's finding.
      if (typeof due === 'string' && /^\d{4}-(0[1-9]|1[0-2])-(0[1-9]|[12]\d|3[01])$/.test(due) && !isCalendarDate(due)) {
        const path: YamlPath = ['kpis', index, 'due'];
        problems.push({ path, anchor: 'value', messageId: 'invalidDate', args: { key: pathLabel(path, locale), value: due } });
      }
    });
  }
  const visit = (value: unknown, path: YamlPath): void => {
    if (typeof value === 'number' && !Number.isFinite(value)) {
      problems.push({ path, anchor: 'value', messageId: 'notFinite', args: { key: pathLabel(path, locale), value: display(value) } });
    } else if (Array.isArray(value)) value.forEach((item, i) => visit(item, [...path, i]));
    else if (isRecord(value)) for (const [k, v] of Object.entries(value)) visit(v, [...path, k]);
  };
  visit(data, []);
  return problems;
}

function isCalendarDate(text: string): boolean {
  const [year, month, day] = text.split('-').map(Number) as [number, number, number];
  const date = new Date(Date.UTC(year, month - 1, day));
  return date.getUTCFullYear() === year && date.getUTCMonth() === month - 1 && date.getUTCDate() === day;
}
