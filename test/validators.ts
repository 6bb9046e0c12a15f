import { spawnSync } from 'node:child_process';
import { chmodSync, existsSync, mkdtempSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import Ajv04 from 'ajv-draft-04';
import addFormats from 'ajv-formats';
import { XMLParser, XMLValidator } from 'fast-xml-parser';

/**
 * The official SARIF 2.1.0 (rtm.5) schema, as shipped in the MIT-licensed dev dependency
 * @microsoft/jest-sarif: a clone has it after `npm install`, with nothing beside the project.
 */
export const SARIF_SCHEMA = createRequire(import.meta.url).resolve('@microsoft/jest-sarif/lib/schemas/sarif-2.1.0-rtm.5.json');

type SarifValidate = (log: unknown) => { valid: boolean; errors: string };
let sarifValidator: SarifValidate | undefined;

/**
 * ajv-draft-04 and ajv-formats are CommonJS. Under NodeNext a default import of CommonJS is its
 * `module.exports`, which TypeScript types as the module namespace, so the class and the plugin
 * are its `.default` (both packages set `exports.default` to the same thing at run time).
 */
function compileSarifValidator(): SarifValidate {
  const schema = JSON.parse(readFileSync(SARIF_SCHEMA, 'utf8')) as object;
  // The official schema is draft-04 and ajv-draft-04 reads it as it is. strict: false because the
  // schema uses annotations Ajv's strict mode does not know; unicodeRegExp: false because the
  // schema's `language` pattern (`^[a-zA-Z]{2}|...]?$`, a stray `]`) is only valid as a
  // non-unicode regular expression, as JSON Schema validators of its day read it.
  const ajv = new Ajv04.default({ allErrors: true, strict: false, unicodeRegExp: false });
  addFormats.default(ajv);
  const validate = ajv.compile(schema);
  return (log) => {
    const valid = validate(log);
    return { valid, errors: ajv.errorsText(validate.errors) };
  };
}

/** A SARIF log checked against the official 2.1.0 schema; compiled once, as the schema is large. */
export function validateSarif(log: unknown): { valid: boolean; errors: string } {
  sarifValidator ??= compileSarifValidator();
  return sarifValidator(log);
}

const JUNIT_LISTS = new Set(['testsuite', 'testcase']);

/**
 * JUnit XML checked for well-formedness by fast-xml-parser's validator (which throws with its
 * message, line and column), then parsed: attributes unprefixed beside child elements, element
 * text under `#text` (or the element itself is a string when it has no attributes), values kept
 * as strings, and every testsuite and testcase in an array even when there is only one.
 * `htmlEntities: true` is what turns on numeric character references (`&#10;`); without it
 * fast-xml-parser leaves them as written.
 */
export function parseJUnit(xml: string): JUnitDocument {
  const result = XMLValidator.validate(xml);
  if (result !== true) {
    const { msg, line, col } = result.err;
    throw new Error(`malformed XML: ${msg} (line ${line}, column ${col})`);
  }
  const parser = new XMLParser({
    ignoreAttributes: false,
    attributeNamePrefix: '',
    parseTagValue: false,
    htmlEntities: true,
    isArray: (name) => JUNIT_LISTS.has(name),
  });
  return parser.parse(xml) as JUnitDocument;
}

/** An element's text and attributes, or just its text when it has no attributes. */
export type JUnitText = string | ({ '#text'?: string } & Record<string, string>);

export interface JUnitTestCase {
  classname: string;
  name: string;
  file?: string;
  failure?: JUnitText;
  error?: JUnitText;
  skipped?: JUnitText;
  'system-out'?: JUnitText;
  'system-err'?: JUnitText;
}

export interface JUnitTestSuite {
  name: string;
  tests: string;
  failures: string;
  errors: string;
  skipped: string;
  testcase?: JUnitTestCase[];
}

export interface JUnitDocument {
  '?xml'?: Record<string, string>;
  testsuites: {
    name: string;
    tests: string;
    failures: string;
    errors: string;
    skipped: string;
    testsuite?: JUnitTestSuite[];
  };
}

/**
 * JUnit XML validated by xmllint (libxml2, compiled to WebAssembly in the MIT-licensed dev
 * dependency xmllint-wasm) against the Jenkins xunit plugin's junit-10.xsd, vendored with its licence
 * in test/fixtures/schemas. Resolves to xmllint's errors, none when the document is valid.
 */
export async function xmllintJUnit(xml: string): Promise<string[]> {
  const { validateXML } = await import('xmllint-wasm');
  const schema = readFileSync(new URL('./fixtures/schemas/junit-10.xsd', import.meta.url), 'utf8');
  const result = await validateXML({ xml: [{ fileName: 'report.xml', contents: xml }], schema: [{ fileName: 'junit-10.xsd', contents: schema }] });
  return result.errors.map((e) => e.rawMessage);
}

/**
 * The SARIF multitool (@microsoft/sarif-multitool, MIT, a dev dependency with a binary per
 * platform), or undefined where no binary for this platform was installed. npm may skip the
 * package's postinstall that marks the binary executable, so it is marked here.
 */
export function sarifMultitool(): string | undefined {
  const require = createRequire(import.meta.url);
  const name = { linux: 'linux', darwin: 'darwin', win32: 'win32' }[process.platform as string];
  if (!name) return undefined;
  try {
    const folder = dirname(require.resolve(`@microsoft/sarif-multitool-${name}/package.json`));
    const binary = join(folder, process.platform === 'win32' ? 'Sarif.Multitool.exe' : 'Sarif.Multitool');
    if (!existsSync(binary)) return undefined;
    if (process.platform !== 'win32' && (statSync(binary).mode & 0o100) === 0) chmodSync(binary, statSync(binary).mode | 0o100);
    return binary;
  } catch {
    return undefined;
  }
}

/**
 * `sarif-multitool validate --rule-kind "Sarif;Gh"` (the SARIF rules and GitHub's) on a log:
 * its errors and warnings as "RULE: message" lines, notes left out.
 */
export function multitoolFindings(multitool: string, log: string): { errors: string[]; warnings: string[] } {
  const dir = mkdtempSync(join(tmpdir(), 'socialplan-sarif-'));
  try {
    const input = join(dir, 'report.sarif');
    const output = join(dir, 'validation.sarif');
    writeFileSync(input, log);
    const run = spawnSync(multitool, ['validate', '--rule-kind', 'Sarif;Gh', '--level', 'Error;Warning', input, '--output', output], { encoding: 'utf8', timeout: 120_000 });
    if (!existsSync(output)) throw new Error(`the multitool wrote no output (exit ${run.status}): ${run.stdout}${run.stderr}`);
    const results = (JSON.parse(readFileSync(output, 'utf8')) as { runs: { results?: { ruleId: string; level?: string; message: { text?: string; arguments?: string[] } }[] }[] }).runs[0]!.results ?? [];
    const line = (r: (typeof results)[number]) => `${r.ruleId}: ${r.message.text ?? (r.message.arguments ?? []).join(' | ')}`;
    return { errors: results.filter((r) => r.level === 'error').map(line), warnings: results.filter((r) => (r.level ?? 'warning') === 'warning').map(line) };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
