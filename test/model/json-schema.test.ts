import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { Ajv } from 'ajv';
import addFormats from 'ajv-formats';
import { parse } from 'yaml';
import { describe, expect, it } from 'vitest';
import { strategyJsonSchema } from '../../src/model/json-schema.js';
import { edit, MINIMAL, ROOT, runCli } from '../helpers.js';

const committed = JSON.parse(readFileSync(join(ROOT, 'schema', 'strategy.schema.json'), 'utf8')) as object;
const examples = readdirSync(join(ROOT, 'examples')).filter((f) => f.endsWith('.yaml'));

function validator(schema: object) {
  const ajv = new Ajv({ allErrors: true, strict: true });
  addFormats.default(ajv);
  return ajv.compile(schema);
}

/** Every declared property, with its JSON pointer, anywhere in the schema. */
function properties(node: unknown, pointer = ''): [string, Record<string, unknown>][] {
  if (typeof node !== 'object' || node === null) return [];
  const found: [string, Record<string, unknown>][] = [];
  for (const [key, value] of Object.entries(node)) {
    if (key === 'properties' && typeof value === 'object' && value !== null) {
      for (const [name, property] of Object.entries(value)) found.push([`${pointer}/${name}`, property as Record<string, unknown>]);
    }
    found.push(...properties(value, key === 'properties' ? pointer : `${pointer}`));
  }
  return found;
}

describe('the JSON Schema', () => {
  it('is committed at schema/strategy.schema.json exactly as `socialplan schema` prints it', () => {
    const run = runCli(['schema']);
    expect(run.status).toBe(0);
    expect(JSON.parse(run.stdout)).toEqual(committed);
    // The message to whoever changed the zod schema: run `npm run schema:write`.
    expect(strategyJsonSchema(), 'schema/strategy.schema.json is stale: run npm run docs:write').toEqual(committed);
  });

  it('is draft-07 and explains every field', () => {
    expect(committed).toMatchObject({ $schema: 'http://json-schema.org/draft-07/schema#' });
    const missing = properties(committed)
      .filter(([, p]) => typeof p.description !== 'string')
      .map(([pointer]) => pointer);
    expect(missing).toEqual([]);
  });

  it.each(examples)('validates examples/%s in ajv', (name) => {
    const validate = validator(committed);
    const data = parse(readFileSync(join(ROOT, 'examples', name), 'utf8')) as unknown;
    const valid = validate(data);
    expect(validate.errors ?? [], JSON.stringify(validate.errors, null, 2)).toEqual([]);
    expect(valid).toBe(true);
  });

  it('agrees with the loader on unknown keys and x- keys', () => {
    const validate = validator(committed);
    expect(validate(parse(edit(MINIMAL, 'stage: pilot', 'stage: pilot\n    x-cost-centre: CC-1')))).toBe(true);
    expect(validate(parse(edit(MINIMAL, 'lawfulBasis:', 'lawfullBasis:')))).toBe(false);
    expect(validate(parse(edit(MINIMAL, 'scope: external', 'scope: externl')))).toBe(false);
  });
});
