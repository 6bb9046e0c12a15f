import { readFile } from 'node:fs/promises';
import { isAlias, isMap, isPair, isScalar, isSeq, LineCounter, parseDocument, visit, type Document, type Node, type YAMLError } from 'yaml';
import type { Diagnostic, Location, PathSegment } from './diagnostic.js';
import { formatPath } from './diagnostic.js';

/** A strategy file as text and as a YAML document whose nodes know their positions. */
export interface Source {
  file: string;
  text: string;
  doc: Document.Parsed;
  lineCounter: LineCounter;
}

export type SourceResult = { source: Source; diagnostics: Diagnostic[] } | { source?: undefined; diagnostics: Diagnostic[] };

/** Past this many aliases the input is treated as a billion-laughs attack, not a strategy. */
const MAX_ALIAS_COUNT = 100;

function fileDiagnostic(file: string, ruleId: string, message: string, at: Location = { line: 1, column: 1 }): Diagnostic {
  return { ruleId, severity: 'error', message, path: '', file, ...at };
}

function errnoMessage(error: NodeJS.ErrnoException): string {
  switch (error.code) {
    case 'ENOENT':
      return 'no such file';
    case 'EISDIR':
      return 'is a directory, not a file';
    case 'EACCES':
    case 'EPERM':
      return 'permission denied';
    default:
      return `cannot be read (${error.code ?? error.message})`;
  }
}

/** Line and column of a byte offset in a buffer whose prefix is ASCII-compatible. */
function positionOfByte(bytes: Uint8Array, offset: number): Location {
  let line = 1;
  let lineStart = 0;
  for (let i = 0; i < offset; i++) {
    if (bytes[i] === 0x0a) {
      line++;
      lineStart = i + 1;
    }
  }
  return { line, column: offset - lineStart + 1 };
}

/** Text, or a diagnostic saying why these bytes are not a text file. */
export function decodeText(file: string, bytes: Uint8Array): { text: string } | { diagnostic: Diagnostic } {
  const nul = bytes.indexOf(0);
  if (nul !== -1) {
    return { diagnostic: fileDiagnostic(file, 'file/not-text', 'is binary data, not a YAML text file', positionOfByte(bytes, nul)) };
  }
  try {
    return { text: new TextDecoder('utf-8', { fatal: true }).decode(bytes) };
  } catch {
    return { diagnostic: fileDiagnostic(file, 'file/not-text', 'is not UTF-8 text; save it as UTF-8') };
  }
}

export async function readSource(file: string): Promise<SourceResult> {
  let bytes: Uint8Array;
  try {
    bytes = await readFile(file);
  } catch (error) {
    // Line 0 means the file as a whole: there is no position in a file that cannot be read.
    return {
      diagnostics: [fileDiagnostic(file, 'file/unreadable', errnoMessage(error as NodeJS.ErrnoException), { line: 0, column: 0 })],
    };
  }
  const decoded = decodeText(file, bytes);
  if ('diagnostic' in decoded) return { diagnostics: [decoded.diagnostic] };
  return parseSource(file, decoded.text);
}

const yamlRules: Record<string, { ruleId: string; message?: string }> = {
  DUPLICATE_KEY: { ruleId: 'yaml/duplicate-key' },
  TAB_AS_INDENT: { ruleId: 'yaml/syntax', message: 'tabs are not allowed as indentation in YAML; indent with spaces' },
  MULTIPLE_DOCS: { ruleId: 'yaml/multiple-documents', message: 'holds more than one YAML document (---); a strategy file holds one' },
  RESOURCE_EXHAUSTION: { ruleId: 'yaml/too-deep', message: 'is nested too deeply to be a strategy' },
};

function lowerFirst(message: string): string {
  return message.charAt(0).toLowerCase() + message.slice(1);
}

/**
 * After the first syntax error the parser is lost and every later token is "unexpected": a stray
 * indent can yield thousands of errors. Report the first one alone, as compilers do. Duplicate keys
 * are independent of each other, so when they are all there is, report them all.
 */
function reportedErrors(errors: readonly YAMLError[]): YAMLError[] {
  if (errors.every((e) => e.code === 'DUPLICATE_KEY')) return [...errors];
  const first = errors.reduce((a, b) => (b.pos[0] < a.pos[0] ? b : a));
  return [first];
}

/**
 * The parser notices an unclosed `[` or `{` only on a later line; the mistake is where it opened.
 * Find the innermost flow collection that the error falls in and point there.
 */
function unclosedFlowCollection(doc: Document.Parsed, error: YAMLError): { offset: number; message: string } | undefined {
  const match = /^Flow (sequence|map) in block collection/.exec(error.message);
  if (!match) return undefined;
  let found: { offset: number; message: string } | undefined;
  visit(doc, {
    Seq(_, node) {
      if (node.flow && node.range && node.range[0] <= error.pos[0] && node.range[1] >= error.pos[0]) {
        found = { offset: node.range[0], message: 'this [ list is not closed: end it with ] on the same line, or indent the lines that continue it' };
      }
    },
    Map(_, node) {
      if (node.flow && node.range && node.range[0] <= error.pos[0] && node.range[1] >= error.pos[0]) {
        found = { offset: node.range[0], message: 'this { mapping is not closed: end it with } on the same line, or indent the lines that continue it' };
      }
    },
  });
  return found;
}

export function parseSource(file: string, text: string): SourceResult {
  const lineCounter = new LineCounter();
  const doc = parseDocument(text, { lineCounter, prettyErrors: false, uniqueKeys: true, keepSourceTokens: false });
  const at = (offset: number): Location => {
    const { line, col } = lineCounter.linePos(offset);
    return { line, column: col };
  };
  const diagnostics: Diagnostic[] = [];
  for (const error of reportedErrors(doc.errors)) {
    const unclosed = unclosedFlowCollection(doc, error);
    if (unclosed) {
      diagnostics.push(fileDiagnostic(file, 'yaml/syntax', unclosed.message, at(unclosed.offset)));
      continue;
    }
    const rule = yamlRules[error.code] ?? { ruleId: 'yaml/syntax' };
    diagnostics.push(fileDiagnostic(file, rule.ruleId, rule.message ?? lowerFirst(error.message), at(error.pos[0])));
  }
  for (const warning of doc.warnings) {
    diagnostics.push({ ...fileDiagnostic(file, 'yaml/warning', lowerFirst(warning.message), at(warning.pos[0])), severity: 'warning' });
  }
  const source: Source = { file, text, doc, lineCounter };
  if (!diagnostics.some((d) => d.severity === 'error')) diagnostics.push(...unsafeKeys(source));
  return { source, diagnostics };
}

/**
 * Keys that could reach an object's prototype once the document becomes JavaScript. The yaml
 * package keeps them as own keys and zod drops them, so without this check they would pass silently.
 */
function unsafeKeys(source: Source): Diagnostic[] {
  const found: Diagnostic[] = [];
  visit(source.doc, {
    Pair(_, pair) {
      if (isScalar(pair.key) && pair.key.value === '__proto__' && pair.key.range) {
        const { line, col } = source.lineCounter.linePos(pair.key.range[0]);
        found.push(fileDiagnostic(source.file, 'schema/unknown-key', 'unknown key "__proto__"', { line, column: col }));
      }
    },
  });
  return found;
}

/** The document as plain data, or a diagnostic when it expands past the alias limit. */
export function toData(source: Source): { data: unknown } | { diagnostic: Diagnostic } {
  try {
    return { data: source.doc.toJS({ maxAliasCount: MAX_ALIAS_COUNT }) };
  } catch (error) {
    if (!(error instanceof ReferenceError) && !(error instanceof RangeError)) throw error;
    let where: Location = { line: 1, column: 1 };
    visit(source.doc, {
      Alias(_, alias) {
        if (alias.range) where = locationOf(source, alias.range[0]);
        return visit.BREAK;
      },
    });
    return {
      diagnostic: fileDiagnostic(
        source.file,
        'yaml/too-many-aliases',
        `expands its aliases (*name) past ${MAX_ALIAS_COUNT} copies; write the values out instead`,
        where,
      ),
    };
  }
}

function locationOf(source: Source, offset: number): Location {
  const { line, col } = source.lineCounter.linePos(offset);
  return { line, column: col };
}

function keyOf(node: unknown): unknown {
  return isScalar(node) ? node.value : node;
}

/**
 * Where a path points in the file: the value's node, or its key with `at: 'key'`. When the path
 * goes further than the file does (a missing field), the deepest node that exists: the key of
 * the parent field, so "missing lawfulBasis" points at `personalData:`.
 */
export function locate(source: Source, path: readonly PathSegment[], at: 'key' | 'value' = 'value'): Location {
  let node: unknown = source.doc.contents;
  let key: Node | null = null;
  let complete = true;
  for (const segment of path) {
    if (isAlias(node)) node = node.resolve(source.doc);
    if (isMap(node)) {
      const pair = node.items.find((item) => isPair(item) && String(keyOf(item.key)) === String(segment));
      if (!pair) {
        complete = false;
        break;
      }
      key = pair.key as Node;
      node = pair.value ?? pair.key;
    } else if (isSeq(node) && typeof segment === 'number' && node.items[segment]) {
      key = null;
      node = node.items[segment];
    } else {
      complete = false;
      break;
    }
  }
  // A block mapping or list spans the lines below its key; the finding belongs on the key's line.
  const block = (isMap(node) || isSeq(node)) && !node.flow;
  const target = (complete && at === 'value' && !block) || !key ? (node as Node | null) : key;
  const range = target?.range;
  if (!range) return { line: 1, column: 1 };
  const start = locationOf(source, range[0]);
  const end = locationOf(source, range[1]);
  return { ...start, endLine: end.line, endColumn: end.column };
}

