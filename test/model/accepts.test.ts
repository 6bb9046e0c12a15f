import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import fc from 'fast-check';
import { load } from 'js-yaml';
import { describe, expect, it } from 'vitest';
import { acceptsSource } from '../../src/model/schema/accepts-codegen.js';
import { strategyAcceptsSource } from '../../src/model/schema/accepts.js';
import { acceptsStrategy } from '../../generated/accepts-strategy.js';
import { Strategy } from '../../src/model/schema/strategy.js';
import { parseSource } from '../../src/model/yaml/source.js';
import { ROOT } from '../helpers.js';
import * as z from 'zod';

// `check` takes a strategy that acceptsStrategy passes without asking zod. So acceptsStrategy must
// never pass what zod rejects; and, to be worth having, pass what zod accepts.

const EXAMPLES = ['portfolio', 'bank-customer-engagement', 'manufacturer-collaboration', 'first-draft-with-gaps'];
const data = (name: string): unknown => parseSource(name, readFileSync(join(ROOT, 'examples', `${name}.yaml`), 'utf8')).source!.data;
const zodAccepts = (x: unknown): boolean => Strategy.safeParse(x, { jitless: true }).success;

type Path = (string | number)[];

function containers(value: unknown, path: Path = [], out: Path[] = []): Path[] {
  out.push(path);
  if (Array.isArray(value)) value.forEach((v, i) => containers(v, [...path, i], out));
  else if (value && typeof value === 'object') for (const [k, v] of Object.entries(value)) containers(v, [...path, k], out);
  return out;
}

function at(root: unknown, path: Path): unknown {
  return path.reduce<unknown>((v, k) => (v as Record<string | number, unknown>)[k], root);
}

const VALUES: unknown[] = [
  null, '', '   ', 'x', 'Text', 'a'.repeat(4001), 'a'.repeat(501), 0, -1, 1.5, 5, 6, 100, 101, 168, 601, 1e20, Infinity, -Infinity, NaN, true, false,
  [], {}, ['x'], [{}], { id: 'a' }, '2026-02-29', '2028-02-29', '2026-02-30', '2026-13-01', 'name@example.com', 'not-an-email', 'US-CA', 'EU', 'usa',
  'pilot', 'idea', 'gone', 'internal', 'privacy', 'monthly', 'sometimes', 'USD', 'usd', '1.2.3', '01.2.3', 'sha256:' + 'a'.repeat(64), 'records/capture-tested',
  'Bad Id', 'good-id', 'A.b_c-1', '1abc',
];

type Mutation = { kind: 'set' | 'delete' | 'add-key' | 'push' | 'clear'; pick: number; value: number; key: string };
const mutation: fc.Arbitrary<Mutation> = fc.record({
  kind: fc.constantFrom('set', 'set', 'set', 'delete', 'add-key', 'push', 'clear'),
  pick: fc.nat(),
  value: fc.nat(),
  key: fc.constantFrom('unknownKey', 'x-own', 'x-', 'X-upper', 'id', 'notes'),
});

function mutate(original: unknown, mutations: Mutation[]): unknown {
  const root = structuredClone(original) as Record<string, unknown>;
  for (const m of mutations) {
    const paths = containers(root).filter((p) => p.length > 0);
    const path = paths[m.pick % paths.length]!;
    const parent = at(root, path.slice(0, -1)) as Record<string | number, unknown>;
    const key = path.at(-1)!;
    const target = at(root, path);
    if (m.kind === 'set') parent[key] = structuredClone(VALUES[m.value % VALUES.length]);
    else if (m.kind === 'delete') {
      if (Array.isArray(parent)) parent.splice(key as number, 1);
      else delete parent[key];
    } else if (m.kind === 'add-key' && target && typeof target === 'object' && !Array.isArray(target)) (target as Record<string, unknown>)[m.key] = 'value';
    else if (m.kind === 'push' && Array.isArray(target)) target.push(structuredClone(target[0] ?? VALUES[m.value % VALUES.length]));
    else if (m.kind === 'clear' && Array.isArray(target)) target.length = 0;
  }
  return root;
}

describe('acceptsStrategy, generated from the zod schema', () => {
  it('is what npm run build writes from the schema today (a schema changed since the last build fails here)', () => {
    expect(readFileSync(join(ROOT, 'generated', 'accepts-strategy.ts'), 'utf8')).toBe(strategyAcceptsSource());
  });

  for (const name of EXAMPLES) {
    it(`accepts examples/${name}.yaml, as zod does`, () => {
      expect(zodAccepts(data(name))).toBe(true);
      expect(acceptsStrategy(data(name))).toBe(true);
    });
  }

  it('answers as zod does on mutated strategies: wrong types, bounds, formats, unknown and x- keys, missing fields', () => {
    let rejected = 0;
    const strategies = EXAMPLES.map(data);
    fc.assert(
      fc.property(fc.nat({ max: strategies.length - 1 }), fc.array(mutation, { minLength: 1, maxLength: 3 }), (which, mutations) => {
        const candidate = mutate(strategies[which], mutations);
        const zod = zodAccepts(candidate);
        if (!zod) rejected++;
        expect(acceptsStrategy(candidate)).toBe(zod);
      }),
      { numRuns: Number(process.env.ACCEPTS_RUNS ?? 400) },
    );
    // Both answers occur, or the comparison proves little.
    expect(rejected).toBeGreaterThan(50);
  }, 600_000);

  it('answers as zod does on data that is not a strategy at all', () => {
    for (const x of [null, undefined, 0, 'text', [], {}, { apiVersion: 'socialplan/v1', kind: 'SocialStrategy' }, load('[1, 2]')]) {
      expect(acceptsStrategy(x)).toBe(zodAccepts(x));
    }
  });

  it('refuses to generate for what it cannot mirror exactly, so a schema change cannot make it pass more than zod', () => {
    expect(() => acceptsSource(z.object({ a: z.string().transform((s) => s.length) }), 'f', 'test')).toThrow(/pipe|transform/);
    expect(() => acceptsSource(z.object({ a: z.string().default('x') }), 'f', 'test')).toThrow(/default/);
    expect(() => acceptsSource(z.object({ a: z.string().refine((s) => s !== 'b') }), 'f', 'test')).toThrow(/custom/);
    expect(() => acceptsSource(z.object({ a: z.date() }), 'f', 'test')).toThrow(/date/);
    expect(() => acceptsSource(z.object({ a: z.number().multipleOf(2) }), 'f', 'test')).toThrow(/multiple_of/);
  });
});
