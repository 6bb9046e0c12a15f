import { isMap, isScalar } from 'yaml';
import type { Diagnostic, Finding, PathSegment } from './diagnostic.js';
import { byPosition, formatPath } from './diagnostic.js';
import { findingFromIssue } from './issues.js';
import { checkReferences } from './references.js';
import { API_VERSION, KIND, Strategy } from './schema/strategy.js';
import { locate, parseSource, readSource, toData, type Source, type SourceResult } from './source.js';

/** A strategy that passed the schema and its references, still tied to its file for locating findings. */
export interface LoadedStrategy {
  file: string;
  source: Source;
  strategy: Strategy;
  /** Turn a finding from any check into a located diagnostic. */
  place(finding: Finding): Diagnostic;
}

export interface LoadResult {
  file: string;
  /** The text, when it could be read, so a formatter can quote the line. */
  text?: string;
  /** Present only when the file is a well-formed strategy (no error diagnostics). */
  loaded?: LoadedStrategy;
  diagnostics: Diagnostic[];
}

export function placeFinding(source: Source, finding: Finding): Diagnostic {
  const { path, at, ...rest } = finding;
  return { ...rest, path: formatPath(path), file: source.file, ...locate(source, path, at) };
}

function describeFound(value: unknown): string {
  if (value === null || value === undefined) return 'empty';
  if (Array.isArray(value)) return 'a list';
  return typeof value === 'object' ? 'a mapping' : `a ${typeof value}`;
}

/** apiVersion and kind first: a file of another format would otherwise drown in schema errors. */
function checkFormat(data: Record<string, unknown>): Finding | undefined {
  const expected: [PathSegment, string, string][] = [
    ['apiVersion', API_VERSION, 'schema/api-version'],
    ['kind', KIND, 'schema/kind'],
  ];
  for (const [key, value, ruleId] of expected) {
    if (data[key] === undefined) {
      return {
        ruleId: 'schema/required',
        severity: 'error',
        path: [],
        message: `missing required field "${String(key)}"; a strategy starts with apiVersion: ${API_VERSION} and kind: ${KIND}`,
      };
    }
    if (data[key] !== value) {
      return {
        ruleId,
        severity: 'error',
        path: [key],
        message:
          key === 'apiVersion'
            ? `apiVersion ${JSON.stringify(data[key])} is not supported; this socialplan reads ${API_VERSION}`
            : `kind ${JSON.stringify(data[key])} is not a strategy; expected ${KIND}`,
      };
    }
  }
  return undefined;
}

function fromSource(file: string, parsed: SourceResult): LoadResult {
  const { source, diagnostics } = parsed;
  const result: LoadResult = { file, diagnostics, ...(source ? { text: source.text } : {}) };
  if (!source || diagnostics.some((d) => d.severity === 'error')) return result;
  const place = (finding: Finding): Diagnostic => placeFinding(source, finding);

  const contents = source.doc.contents;
  if (contents === null || (isScalar(contents) && (contents.value === null || contents.value === ''))) {
    diagnostics.push({
      ruleId: 'file/empty',
      severity: 'error',
      message: `is empty; a strategy starts with apiVersion: ${API_VERSION} and kind: ${KIND}`,
      path: '',
      file,
      line: 1,
      column: 1,
    });
    return result;
  }
  if (!isMap(contents)) {
    diagnostics.push(
      place({
        ruleId: 'schema/not-a-mapping',
        severity: 'error',
        path: [],
        message: `holds ${describeFound(contents.toJSON())} at the top level; a strategy is a mapping that starts with apiVersion: ${API_VERSION}`,
      }),
    );
    return result;
  }

  const converted = toData(source);
  if ('diagnostic' in converted) {
    diagnostics.push(converted.diagnostic);
    return result;
  }
  const data = converted.data as Record<string, unknown>;
  const format = checkFormat(data);
  if (format) {
    diagnostics.push(place(format));
    return result;
  }

  const parsedStrategy = Strategy.safeParse(data, { reportInput: true });
  if (!parsedStrategy.success) {
    diagnostics.push(...parsedStrategy.error.issues.map((issue) => place(findingFromIssue(issue))));
    diagnostics.sort(byPosition);
    return result;
  }
  diagnostics.push(...checkReferences(parsedStrategy.data).map(place));
  diagnostics.sort(byPosition);
  if (diagnostics.some((d) => d.severity === 'error')) return result;
  result.loaded = { file, source, strategy: parsedStrategy.data, place };
  return result;
}

/** Text of a strategy -> a validated, located strategy, or the diagnostics that say why not. */
export function parseStrategy(file: string, text: string): LoadResult {
  return fromSource(file, parseSource(file, text));
}

export async function loadStrategy(file: string): Promise<LoadResult> {
  return fromSource(file, await readSource(file));
}
