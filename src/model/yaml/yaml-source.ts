import { createRequire } from 'node:module';
import type { Document, LineCounter, Node, Pair, YAMLError } from 'yaml';
import { fileDiagnostic, type Diagnostic, type Location, type PathSegment } from '../diagnostic.js';
import type { Source, SourceResult } from './located.js';
import type { CodeRuleId } from '../rules.js';

/**
 * The full parser: the `yaml` package, for a file the quick path steps aside from. It reads every
 * corner of YAML and says what is wrong and where, so every syntax error is worded here. It is
 * loaded on first use (require keeps parsing synchronous), so a clean `socialplan check` never
 * pays the 40 ms it takes to load.
 */
type Yaml = typeof import('yaml');
let loaded: Yaml | undefined;
function yaml(): Yaml {
  return (loaded ??= createRequire(import.meta.url)('yaml') as Yaml);
}

/** Past this many aliases the input is treated as a billion-laughs attack, not a strategy. */
const MAX_ALIAS_COUNT = 100;

const yamlRules: Record<string, { ruleId: CodeRuleId; message?: string }> = {
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
function reportedErrors<E extends Pick<YAMLError, 'code' | 'pos'>>(errors: readonly E[]): E[] {
  if (errors.every((e) => e.code === 'DUPLICATE_KEY')) return [...errors];
  const first = errors.reduce((a, b) => (b.pos[0] < a.pos[0] ? b : a));
  return [first];
}

/**
 * The parser notices an unclosed `[` or `{` only on a later line; the mistake is where it opened.
 * Find the innermost flow collection that the error falls in and point there.
 */
function unclosedFlowCollection(doc: Document.Parsed, error: Pick<YAMLError, 'message' | 'pos'>): { offset: number; message: string } | undefined {
  const match = /^Flow (sequence|map) in block collection/.exec(error.message);
  if (!match) return undefined;
  const { visit } = yaml();
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

/** Where the nodes of a parsed document sit in its text. */
interface Parsed {
  file: string;
  text: string;
  doc: Document.Parsed;
  lineCounter: LineCounter;
}

export function parseWithYaml(file: string, text: string): SourceResult {
  const { LineCounter, parseDocument } = yaml();
  const lineCounter = new LineCounter();
  // yaml's own duplicate-key check compares each key with every one before it; duplicateKeys does it in one pass.
  const doc = parseDocument(text, { lineCounter, prettyErrors: false, uniqueKeys: false, keepSourceTokens: false });
  const parsed: Parsed = { file, text, doc, lineCounter };
  const at = (offset: number): Location => locationOf(parsed, offset);
  const diagnostics: Diagnostic[] = [];
  const errors: readonly Pick<YAMLError, 'code' | 'message' | 'pos'>[] = doc.errors.length ? doc.errors : duplicateKeys(parsed);
  const repeated = /^%/m.test(text) ? repeatedYamlDirective(text) : undefined;
  if (repeated !== undefined) return { text, diagnostics: [fileDiagnostic(file, 'yaml/syntax', 'gives the %YAML directive twice; a document takes one', at(repeated))] };
  for (const error of reportedErrors(errors)) {
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
  if (diagnostics.some((d) => d.severity === 'error')) return { text, diagnostics };
  const unsafe = unsafeNodes(parsed);
  if (unsafe.length) return { text, diagnostics: [...diagnostics, ...unsafe] };
  const converted = toData(parsed);
  if ('diagnostic' in converted) return { text, diagnostics: [...diagnostics, converted.diagnostic] };
  const source: Source = {
    file,
    text,
    data: converted.data ?? null,
    locate: (path, where = 'value') => locate(parsed, path, where),
  };
  return { text, source, diagnostics };
}

/** Tags the yaml package resolves to JavaScript Maps, Sets, Buffers, Dates or lists of pairs, which no strategy field holds. */
const NOT_PLAIN_TAGS = /^tag:yaml\.org,2002:(omap|set|pairs|binary|timestamp)$/;

/** Where the tag written before a node starts (yaml's range starts at the value). */
function tagStart(text: string, valueStart: number): number {
  const tag = text.lastIndexOf('!!', valueStart);
  return tag === -1 ? valueStart : tag;
}

/**
 * The offset of a second %YAML directive: YAML 1.2 (6.8.1) allows one per document, and the yaml
 * package does not say so.
 */
function repeatedYamlDirective(text: string): number | undefined {
  let seen = false;
  const line = /^(.*)(?:\r?\n|$)/gm;
  for (let match = line.exec(text); match && match[0] !== ''; match = line.exec(text)) {
    const content = match[1]!;
    if (/^%YAML[ \t]/.test(content)) {
      if (seen) return match.index;
      seen = true;
    } else if (!/^(?:%|#|[ \t]*$)/.test(content)) return undefined;
  }
  return undefined;
}

/**
 * Every key written twice in one mapping, found in one pass. yaml's uniqueKeys finds the same keys
 * (and words them the same) but compares each key with all before it, which takes seconds on a
 * large file. Keys are compared as the text they become in the data, so 1 and "1", which yaml
 * tells apart but which would become one field, are the same key here.
 */
function duplicateKeys(parsed: Parsed): Pick<YAMLError, 'code' | 'message' | 'pos'>[] {
  const { isScalar, visit } = yaml();
  const found: Pick<YAMLError, 'code' | 'message' | 'pos'>[] = [];
  visit(parsed.doc, {
    Map(_, map) {
      const seen = new Set<string>();
      for (const pair of map.items) {
        if (!isScalar(pair.key) || !pair.key.range) continue;
        const key = String(pair.key.value);
        if (seen.has(key)) found.push({ code: 'DUPLICATE_KEY', message: 'Map keys must be unique', pos: [pair.key.range[0], pair.key.range[1]] });
        seen.add(key);
      }
    },
  });
  return found;
}

/**
 * Keys JavaScript data cannot hold as written: __proto__, which could reach an object's prototype
 * (the yaml package keeps it as an own key and zod drops it, so it would pass silently), and keys
 * that are lists or mappings, which would become "[object Object]"-like text.
 */
function unsafeNodes(parsed: Parsed): Diagnostic[] {
  const { isAlias, isScalar, visit } = yaml();
  const found: Diagnostic[] = [];
  visit(parsed.doc, {
    Node(_, node) {
      const tag = node.tag && NOT_PLAIN_TAGS.exec(node.tag);
      if (tag && node.range) {
        found.push(fileDiagnostic(parsed.file, 'yaml/tag', `the tag !!${tag[1]} makes a value that is not text, a number, a list or a mapping; remove the tag`, locationOf(parsed, tagStart(parsed.text, node.range[0]))));
      }
    },
    Pair(_, pair) {
      if (isScalar(pair.key) && pair.key.value === '__proto__' && pair.key.range) {
        found.push(fileDiagnostic(parsed.file, 'schema/unknown-key', 'unknown key "__proto__"', locationOf(parsed, pair.key.range[0])));
      }
      // An alias as a key (*name : value) hides what the key is, and two of them can be one key twice.
      if (isAlias(pair.key) && pair.key.range) {
        found.push(fileDiagnostic(parsed.file, 'yaml/key-not-text', `a key here is an alias (*${pair.key.source}); write the key out as text, such as name:`, locationOf(parsed, pair.key.range[0])));
      }
      // A list or mapping as a key ([a]: 1, ? {b: c}) has no place in a strategy, and JavaScript would make text of it.
      else if (pair.key !== null && typeof pair.key === 'object' && !isScalar(pair.key) && (pair.key as Node).range) {
        found.push(fileDiagnostic(parsed.file, 'yaml/key-not-text', 'a key here is a list or a mapping; keys are text, such as name:', locationOf(parsed, (pair.key as Node).range![0])));
      }
    },
  });
  return found;
}

/**
 * An alias inside the very value its anchor is set on (`&x [*x]`): YAML allows it, but the data
 * would hold itself and never end, so no check could walk it.
 */
function circularAlias(parsed: Parsed): Diagnostic | undefined {
  const { isAlias, visit } = yaml();
  const anchored = new Map<string, unknown>();
  let found: Diagnostic | undefined;
  visit(parsed.doc, {
    Node(_, node, path) {
      if (isAlias(node)) {
        const target = anchored.get(node.source);
        if (target !== undefined && path.includes(target as never) && node.range) {
          found = fileDiagnostic(parsed.file, 'yaml/too-many-aliases', `the alias *${node.source} stands inside the value &${node.source} is set on, so the data would hold itself without end; write the values out instead`, locationOf(parsed, node.range[0]));
          return visit.BREAK;
        }
      } else if (node.anchor) anchored.set(node.anchor, node);
      return undefined;
    },
  });
  return found;
}

/** The document as plain data, or a diagnostic when it expands past the alias limit or would hold itself. */
function toData(parsed: Parsed): { data: unknown } | { diagnostic: Diagnostic } {
  const { isAlias, visit } = yaml();
  const circular = circularAlias(parsed);
  if (circular) return { diagnostic: circular };
  try {
    return { data: parsed.doc.toJS({ maxAliasCount: MAX_ALIAS_COUNT }) };
  } catch (error) {
    if (!(error instanceof ReferenceError) && !(error instanceof RangeError)) throw error;
    let where: Location = { line: 1, column: 1 };
    let unresolved: string | undefined;
    const anchored = new Set<string>();
    visit(parsed.doc, {
      Node(_, node) {
        if (isAlias(node)) {
          // The first alias whose anchor is not set before it, or else the first alias.
          if (!anchored.has(node.source) && node.range) {
            where = locationOf(parsed, node.range[0]);
            unresolved = node.source;
            return visit.BREAK;
          }
        } else if (node.anchor) anchored.add(node.anchor);
        return undefined;
      },
    });
    if (unresolved !== undefined) {
      return { diagnostic: fileDiagnostic(parsed.file, 'yaml/syntax', `the alias *${unresolved} names no anchor before it; set &${unresolved} on a value above, or write the value out`, where) };
    }
    visit(parsed.doc, {
      Alias(_, alias) {
        if (alias.range) where = locationOf(parsed, alias.range[0]);
        return visit.BREAK;
      },
    });
    return {
      diagnostic: fileDiagnostic(
        parsed.file,
        'yaml/too-many-aliases',
        `expands its aliases (*name) past ${MAX_ALIAS_COUNT} copies; write the values out instead`,
        where,
      ),
    };
  }
}

function locationOf(parsed: Parsed, offset: number): Location {
  const { line, col } = parsed.lineCounter.linePos(offset);
  return { line, column: col };
}

function keyOf(node: unknown): unknown {
  return yaml().isScalar(node) ? node.value : node;
}

/** Source.locate, read from the `yaml` package's nodes (src/model/yaml/fast-yaml.ts answers the same from its spans). */
function locate(parsed: Parsed, path: readonly PathSegment[], at: 'key' | 'value'): Location {
  const { isAlias, isMap, isPair, isSeq } = yaml();
  let node: unknown = parsed.doc.contents;
  let key: Node | null = null;
  let complete = true;
  for (const segment of path) {
    if (isAlias(node)) node = node.resolve(parsed.doc);
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
  const block = (isMap(node) || isSeq(node)) && !node.flow;
  const target = (complete && at === 'value' && !block) || !key ? (node as Node | null) : key;
  const range = target?.range;
  if (!range) return { line: 1, column: 1 };
  const start = locationOf(parsed, range[0]);
  const end = locationOf(parsed, endOf(parsed, target));
  return { ...start, endLine: end.line, endColumn: end.column };
}

/**
 * Where a node ends. A block mapping or list ends with the line break of its last entry, as the
 * quick parser counts it: comment lines after the entry are not part of it (yaml's own range
 * takes in those indented into it, however they are meant).
 */
function endOf(parsed: Parsed, node: Node): number {
  const { isMap, isScalar, isSeq } = yaml();
  if (!(isMap(node) || isSeq(node)) || node.flow || node.items.length === 0) return node.range![1];
  const last = node.items.at(-1);
  const child = (isMap(node) ? (last as Pair<Node, Node | null>).value ?? (last as Pair<Node>).key : last) as Node;
  const end = endOf(parsed, child);
  if (isScalar(child) && child.value === null && child.range![0] === child.range![1]) return end;
  if (end > 0 && parsed.text.charCodeAt(end - 1) === 0x0a) return end;
  const lineBreak = parsed.text.indexOf('\n', end);
  return lineBreak === -1 ? parsed.text.length : lineBreak + 1;
}
