import { isMap, parseDocument, type Document } from 'yaml';
import { apiVersionNumber } from '../model/document.js';
import { API_VERSION } from '../model/vocabulary.js';
import { WRITE_OPTIONS } from '../model/yaml/yaml-style.js';

/**
 * Moving a strategy file between format versions, so the format can change without stranding
 * anyone's files. Each migration moves one step (socialplan/v1 -> socialplan/v2) by editing the
 * parsed YAML Document, which keeps the user's comments, and sets apiVersion itself.
 */
export interface Migration {
  from: string;
  to: string;
  /** What changes, in a sentence the user reads before trusting the result. */
  summary: string;
  migrate(doc: Document): void;
}

/** The migrations this socialplan knows. socialplan/v1 is the first format: none yet. */
export const MIGRATIONS: readonly Migration[] = [];

export class MigrationError extends Error {}

/** The chain of steps from one format to another, or an error saying why there is none. */
export function migrationPath(from: string, to: string, migrations: readonly Migration[]): Migration[] {
  const path: Migration[] = [];
  let at = from;
  const seen = new Set<string>();
  while (at !== to) {
    if (seen.has(at)) throw new MigrationError(`the migrations loop at ${at}`);
    seen.add(at);
    const step = migrations.find((m) => m.from === at);
    if (!step) {
      const known = [...new Set(migrations.flatMap((m) => [m.from, m.to]))];
      throw new MigrationError(`no migration from ${at} to ${to}${known.length ? ` (this socialplan migrates ${known.join(', ')})` : ` (this socialplan knows only ${to})`}`);
    }
    path.push(step);
    at = step.to;
  }
  return path;
}

export interface Migrated {
  from: string;
  to: string;
  text: string;
  applied: Migration[];
}

/** A strategy's text moved to `to` (this socialplan's format by default), step by step. */
export function migrateText(text: string, migrations: readonly Migration[] = MIGRATIONS, to: string = API_VERSION): Migrated {
  const doc = parseDocument(text);
  if (doc.errors.length) throw new MigrationError(`the file is not valid YAML: ${doc.errors[0]!.message.split('\n')[0]}`);
  if (!isMap(doc.contents)) throw new MigrationError('the file is not a mapping with an apiVersion');
  const from = doc.get('apiVersion');
  if (typeof from !== 'string') throw new MigrationError('the file has no apiVersion to migrate from');
  if (from === to) return { from, to, text, applied: [] };
  const [ours, theirs] = [apiVersionNumber(to), apiVersionNumber(from)];
  if (ours !== undefined && theirs !== undefined && theirs > ours) throw new MigrationError(`${from} is newer than this socialplan reads (${to}): upgrade socialplan`);
  const applied = migrationPath(from, to, migrations);
  for (const step of applied) {
    step.migrate(doc);
    doc.set('apiVersion', step.to);
  }
  return { from, to, text: doc.toString(WRITE_OPTIONS), applied };
}
