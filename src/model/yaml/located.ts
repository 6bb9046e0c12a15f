import type { Diagnostic, Location, PathSegment } from '../diagnostic.js';

/**
 * A file as text and as plain data, and where in the text each path of the data is. Two parsers
 * stand behind it: the quick one for the plain YAML strategies are written in (fast-yaml.ts),
 * and the `yaml` package, loaded only for a file the quick one steps aside from, which words
 * every syntax error. Both answer `locate` alike, to the line and column.
 */
export interface Source {
  file: string;
  text: string;
  /** The document as JavaScript data: mappings are objects, lists arrays; null when the file holds nothing. */
  data: unknown;
  /**
   * Where a path points: the value's node, or its key with `at: 'key'`. When the path goes further
   * than the file does (a missing field), the deepest node that exists: the key of the parent
   * field, so "missing lawfulBasis" points at `personalData:`. A block mapping or list spans the
   * lines below its key, so a finding about one is placed on the key's line.
   */
  locate(path: readonly PathSegment[], at?: 'key' | 'value'): Location;
}

/** A parsed file, or the diagnostics that say why not; `text` whenever the file could be read, so a formatter can quote its lines. */
export type SourceResult = { text: string; source: Source; diagnostics: Diagnostic[] } | { text?: string; source?: undefined; diagnostics: Diagnostic[] };
