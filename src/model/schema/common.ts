import * as z from 'zod';
import { closest } from '../suggest.js';

/** Keys an organisation may add anywhere for its own data; socialplan ignores them. */
export const EXTENSION_KEY = /^x-/;

/**
 * An object whose unknown keys are errors with a "did you mean" suggestion, except `x-` keys.
 *
 * zod's strictObject would reject `x-` keys too, and its unrecognized_keys issue does not know
 * the expected keys, so the check is ours. It runs even when a field inside failed (`when`),
 * so one run reports a typo and a wrong type together. The cast hides the catch-all index
 * signature from the inferred type: `x-` data is the organisation's, not socialplan's.
 */
const ENTITIES = new WeakMap<object, readonly string[]>();

/**
 * The declared keys of a schema made by entity() (or a copy of one, as .describe() makes: copies
 * share the definition), or undefined for any other schema. Read by accepts-codegen.ts.
 */
export function entityKeys(schema: z.ZodType): readonly string[] | undefined {
  return ENTITIES.get(schema._zod.def);
}

export function entity<S extends z.ZodRawShape>(shape: S): z.ZodObject<S> {
  const known = Object.keys(shape);
  const schema = z
    .object(shape)
    .catchall(z.unknown())
    .superRefine(
      (value, ctx) => {
        if (typeof value !== 'object' || value === null || Array.isArray(value)) return;
        for (const key of Object.keys(value)) {
          if (Object.hasOwn(shape, key) || EXTENSION_KEY.test(key)) continue;
          const suggestion = closest(key, known);
          ctx.addIssue({
            code: 'custom',
            path: [key],
            message: `unknown key "${key}"`,
            params: { rule: 'schema/unknown-key', key, suggestion, expected: known },
          });
        }
      },
      { when: () => true },
    );
  ENTITIES.set(schema._zod.def, known);
  return schema as unknown as z.ZodObject<S>;
}

export const Id = z
  .string()
  .regex(/^[A-Za-z][A-Za-z0-9_.-]*$/, 'an id: a letter, then letters, digits, "-", "_" or "."')
  .max(64);

export const Slug = z
  .string()
  .regex(/^[a-z][a-z0-9-]*$/, 'lower-case letters, digits and "-", starting with a letter')
  .max(64);

export const IsoDate = z.iso.date();

/** semver.org's own pattern: no empty or leading-zero numeric pre-release identifiers, no empty build identifiers. */
export const SEMVER =
  /^(0|[1-9]\d*)\.(0|[1-9]\d*)\.(0|[1-9]\d*)(?:-((?:0|[1-9]\d*|\d*[a-zA-Z-][0-9a-zA-Z-]*)(?:\.(?:0|[1-9]\d*|\d*[a-zA-Z-][0-9a-zA-Z-]*))*))?(?:\+([0-9a-zA-Z-]+(?:\.[0-9a-zA-Z-]+)*))?$/;

export const SemVer = z.string().regex(SEMVER, 'a semantic version such as 1.4.0');

/**
 * Every number in a strategy has a range, so that every sum, present value and ratio socialplan works out
 * of valid numbers is a finite number: YAML reads 1e308 as a valid float, and two of them add up to
 * Infinity. Each range is wider than any real strategy needs.
 */

/** A rate or share, in percent: a discount rate above 100% a year, or a share above the whole, means nothing. */
export const Percent = z.number().min(0).max(100);

/**
 * Money: an amount per occurrence of at most 1e13 (ten trillion), to the cent. Up to 2^45 (about 3.5e13) a
 * double tells every cent apart, so an amount the schema accepts is exactly the amount written, and the ROI
 * arithmetic (src/measure/exact.ts) keeps it exact; src/model/amounts.ts refuses a third decimal place.
 */
export const MAX_MONEY = 1e13;
export const Money = z.number().min(0).max(MAX_MONEY);

/** A KPI's value, in its own unit (hours, percent, a sum of money): within ±1e15. */
export const MAX_KPI_VALUE = 1e15;
export const KpiValue = z.number().min(-MAX_KPI_VALUE).max(MAX_KPI_VALUE);

/** A count of people or accounts: at most ten billion, more people than live on Earth. */
export const Count = z.number().int().min(0).max(1e10);

/** A time to respond, in hours: more than zero and at most a year (8,760 hours). */
export const ResponseHours = z.number().positive().max(8760);

/** Text someone reads: not blank (spaces alone would show as nothing in every briefing). */
export const Text = z.string().min(1).max(4000).regex(/\S/, 'text that is not blank');

/** A link or a document reference ("DPIA-2026-014"): either is evidence a reviewer can follow. */
export const Reference = z.string().min(1).max(500).regex(/\S/, 'text that is not blank');

/**
 * What backs an answer a reviewer would otherwise take on trust: the document, who keeps it and its date.
 * A `true` that an error-level rule reads can carry one, next to it, under the object's `evidence`.
 */
export const Evidence = entity({
  document: Reference.describe('The document that shows it: a policy, a test record, a contract clause, a link.'),
  owner: Text.describe('Who keeps the document.'),
  date: IsoDate.describe('The document’s date (YYYY-MM-DD).'),
});

/**
 * An entity whose answers can each name their evidence: `evidence: { wormStorage: { document, owner, date } }`
 * next to `wormStorage: true`. The keys of `evidence` are the entity's own, so a misspelt one is caught.
 */
export function withEvidence<S extends z.ZodRawShape>(shape: S) {
  const byField = Object.fromEntries(Object.keys(shape).map((key) => [key, Evidence.optional().describe(`What backs \`${key}\`.`)]));
  return entity({
    ...shape,
    evidence: entity(byField)
      .optional()
      .describe('What backs the answers above, by field name: the document, who keeps it and its date.') as unknown as z.ZodOptional<z.ZodType<Partial<Record<keyof S, z.infer<typeof Evidence>>>>>,
  });
}

export const Person = entity({
  name: Text.describe('Full name.'),
  role: Text.optional().describe('Job title, as the stakeholders know it.'),
  email: z.email().optional().describe('Work e-mail address.'),
});

export const Recurrence = z.enum(['once', 'monthly', 'quarterly', 'yearly']);
