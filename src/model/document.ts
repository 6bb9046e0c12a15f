import type * as z from 'zod';
import type { Diagnostic, Finding, PathSegment } from './diagnostic.js';
import { byPosition, formatPath } from './diagnostic.js';
import { findingFromIssue } from './issues.js';
import { API_VERSION } from './vocabulary.js';
import type { CodeRuleId } from './rules.js';
import type { Source, SourceResult } from './yaml/located.js';
import { parseSource, readSource } from './yaml/source.js';

/**
 * Any socialplan file (a strategy, a checklist, the config): YAML -> validated data, or located
 * diagnostics. Each kind brings its zod schema and, optionally, checks that need the whole
 * document (references).
 */
export interface DocumentKind<T> {
  kind: string;
  /** In the user's words: "a strategy", "a checklist". */
  noun: string;
  /** What is valid, and the words for what is not; a loader when building it is worth putting off. */
  schema: z.ZodType<T> | (() => Promise<z.ZodType<T>>);
  /**
   * A quick yes: true only when the schema would accept the data unchanged, so it can be taken as
   * it is without building the schema. False sends the data to the schema, for its verdict and words.
   */
  accepts?: (data: unknown) => boolean;
  crossChecks?: (data: T) => Finding[];
}

export interface LoadedDocument<T> {
  file: string;
  source: Source;
  data: T;
  /** Turn a finding from any check into a located diagnostic. */
  place(finding: Finding): Diagnostic;
}

export interface DocumentResult<T> {
  file: string;
  /** The text, when it could be read, so a formatter can quote the line. */
  text?: string;
  /** Present only when the file is well-formed (no error diagnostics). */
  loaded?: LoadedDocument<T>;
  diagnostics: Diagnostic[];
}

export function placeFinding(source: Source, finding: Finding): Diagnostic {
  const { path, at, ...rest } = finding;
  return { ...rest, path: formatPath(path), file: source.file, ...source.locate(path, at) };
}

function describeFound(value: unknown): string {
  if (value === null || value === undefined) return 'empty';
  if (Array.isArray(value)) return 'a list';
  return typeof value === 'object' ? 'a mapping' : `a ${typeof value}`;
}

/** apiVersion and kind first: a file of another format would otherwise drown in schema errors. */
/** An apiVersion other than ours: older ones can be migrated, newer ones need a newer socialplan. */
function unsupportedFormat(found: unknown, kind: DocumentKind<unknown>): string {
  const ours = apiVersionNumber(API_VERSION)!;
  const theirs = apiVersionNumber(found);
  if (theirs !== undefined && theirs < ours) {
    return `apiVersion ${JSON.stringify(found)} is an older format; this socialplan reads ${API_VERSION}${kind.kind === 'SocialStrategy' ? ': `socialplan migrate FILE` moves the file to it' : ''}`;
  }
  if (theirs !== undefined && theirs > ours) return `apiVersion ${JSON.stringify(found)} is newer than this socialplan reads (${API_VERSION}): upgrade socialplan`;
  return `apiVersion ${JSON.stringify(found)} is not supported; this socialplan reads ${API_VERSION}`;
}

/** socialplan/v1 -> 1; anything else -> undefined. */
export function apiVersionNumber(apiVersion: unknown): number | undefined {
  const m = typeof apiVersion === 'string' ? /^socialplan\/v(\d+)$/.exec(apiVersion) : null;
  return m ? Number(m[1]) : undefined;
}

function checkFormat(data: Record<string, unknown>, kind: DocumentKind<unknown>): Finding | undefined {
  const expected: [PathSegment, string, CodeRuleId][] = [
    ['apiVersion', API_VERSION, 'schema/api-version'],
    ['kind', kind.kind, 'schema/kind'],
  ];
  for (const [key, value, ruleId] of expected) {
    if (data[key] === undefined) {
      return {
        ruleId: 'schema/required',
        severity: 'error',
        path: [],
        message: `missing required field "${String(key)}"; ${kind.noun} starts with apiVersion: ${API_VERSION} and kind: ${kind.kind}`,
      };
    }
    if (data[key] !== value) {
      return {
        ruleId,
        severity: 'error',
        path: [key],
        message: key === 'apiVersion' ? unsupportedFormat(data[key], kind) : `kind ${JSON.stringify(data[key])} is not ${kind.noun}; expected ${kind.kind}`,
      };
    }
  }
  return undefined;
}

/** The data, once the file is well-formed YAML holding a mapping of our format; else the result that says why not. */
type Prepared<T> = { result: DocumentResult<T>; source: Source; data: unknown } | { result: DocumentResult<T>; source?: undefined };

function prepare<T>(file: string, parsed: SourceResult, kind: DocumentKind<T>): Prepared<T> {
  const { source, diagnostics } = parsed;
  const result: DocumentResult<T> = { file, diagnostics, ...(parsed.text !== undefined ? { text: parsed.text } : {}) };
  if (!source || diagnostics.some((d) => d.severity === 'error')) return { result };
  const place = (finding: Finding): Diagnostic => placeFinding(source, finding);

  const data = source.data;
  if (data === null || data === '') {
    diagnostics.push({
      ruleId: 'file/empty',
      severity: 'error',
      message: `is empty; ${kind.noun} starts with apiVersion: ${API_VERSION} and kind: ${kind.kind}`,
      path: '',
      file,
      line: 1,
      column: 1,
    });
    return { result };
  }
  if (typeof data !== 'object' || Array.isArray(data)) {
    diagnostics.push(
      place({
        ruleId: 'schema/not-a-mapping',
        severity: 'error',
        path: [],
        message: `holds ${describeFound(data)} at the top level; ${kind.noun} is a mapping that starts with apiVersion: ${API_VERSION}`,
      }),
    );
    return { result };
  }

  const format = checkFormat(data as Record<string, unknown>, kind as DocumentKind<unknown>);
  if (format) {
    diagnostics.push(place(format));
    return { result };
  }
  return { result, source, data };
}

// jitless: zod would first compile a parser for each object schema, which costs more (40 ms on the
// portfolio example) than the one parse a run makes saves, even on a 5 MB strategy.
const PARSE = { reportInput: true, jitless: true } as const;

/** How many items of each list are checked when a file has too many problems to list at once. */
export const LISTED_ITEMS = 1000;

/** The data with every list cut to its first LISTED_ITEMS items; mappings are copied as they are, own keys only. */
function firstItems(value: unknown): unknown {
  if (Array.isArray(value)) return value.slice(0, LISTED_ITEMS).map(firstItems);
  if (value === null || typeof value !== 'object') return value;
  return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, firstItems(v)]));
}

const TOO_MANY: Finding = {
  ruleId: 'schema/too-many-problems',
  severity: 'error',
  path: [],
  message: `has more problems than can be listed at once; those in the first ${LISTED_ITEMS} items of each list are shown: fix them and check again`,
};

type Validated<T> = { validated: z.ZodSafeParseResult<T>; note?: Finding };

/**
 * zod gathers the issues of a list by spreading them into one push(), which overflows the stack past
 * some 120,000: a strategy of 50,000 initiatives with three mistakes each. The data is then validated
 * again with each list cut to its first items: every problem found there is real and in its place,
 * and a note says that more may follow. Past even that, the note alone.
 */
function validate<T>(schema: z.ZodType<T>, data: unknown): Validated<T> {
  try {
    return { validated: schema.safeParse(data, PARSE) };
  } catch (error) {
    if (!(error instanceof RangeError)) throw error;
  }
  let cut: z.ZodSafeParseResult<T> | undefined;
  try {
    cut = schema.safeParse(firstItems(data), PARSE);
  } catch (error) {
    if (!(error instanceof RangeError)) throw error;
  }
  if (cut && !cut.success) return { validated: cut, note: TOO_MANY };
  const where = cut ? `all of them past the first ${LISTED_ITEMS} items of its lists` : 'even in the first items of each list (a mapping with thousands of unknown keys?)';
  const note = { ...TOO_MANY, message: `has more problems than can be listed at once, ${where}: fix the largest lists and mappings and check again` };
  return { validated: { success: false, error: { issues: [] } } as unknown as z.ZodSafeParseResult<T>, note };
}

function conclude<T>(prepared: Prepared<T> & { source: Source }, { validated, note }: Validated<T>, kind: DocumentKind<T>): DocumentResult<T> {
  const { result, source } = prepared;
  const { diagnostics, file } = result;
  const place = (finding: Finding): Diagnostic => placeFinding(source, finding);
  if (note) diagnostics.push(place(note));
  if (!validated.success) {
    // One by one: 150,000 issues spread into one push() would overflow the stack.
    for (const issue of validated.error.issues) diagnostics.push(place(findingFromIssue(issue)));
    diagnostics.sort(byPosition);
    return result;
  }
  if (kind.crossChecks) for (const finding of kind.crossChecks(validated.data)) diagnostics.push(place(finding));
  diagnostics.sort(byPosition);
  if (diagnostics.some((d) => d.severity === 'error')) return result;
  result.loaded = { file, source, data: validated.data, place };
  return result;
}

/** Text of a document -> validated, located data, or the diagnostics that say why not; with the schema at hand. */
export function parseDocumentText<T>(file: string, text: string, kind: DocumentKind<T> & { schema: z.ZodType<T> }): DocumentResult<T> {
  const prepared = prepare(file, parseSource(file, text), kind);
  if (!prepared.source) return prepared.result;
  const validated = kind.accepts?.(prepared.data) ? { validated: { success: true as const, data: prepared.data as T } } : validate(kind.schema, prepared.data);
  return conclude(prepared, validated, kind);
}

export async function loadDocument<T>(file: string, kind: DocumentKind<T>): Promise<DocumentResult<T>> {
  const prepared = prepare(file, await readSource(file), kind);
  if (!prepared.source) return prepared.result;
  if (kind.accepts?.(prepared.data)) return conclude(prepared, { validated: { success: true, data: prepared.data as T } }, kind);
  const schema = typeof kind.schema === 'function' ? await kind.schema() : kind.schema;
  return conclude(prepared, validate(schema, prepared.data), kind);
}
