import type * as z from 'zod';
import { EXTENSION_KEY, entityKeys } from './common.js';

/**
 * Writes, from a zod schema, the source of a function that answers one question fast: would zod
 * accept this data, unchanged? It is generated once, by `npm run docs:write`, into
 * src/model/schema/accepts.generated.ts, so `socialplan check` can skip building the zod schema
 * (about 45 ms) and parsing with it (25 ms) for a valid strategy, and ask zod only when something
 * is wrong, for its words. zod stays the one definition of what is valid: this reads zod's own
 * definitions, refuses to generate for anything it does not read exactly (transforms, defaults,
 * refinements other than entity()'s key check, formats without a pattern), and
 * test/model/accepts.test.ts holds the two to the same answer on thousands of mutated strategies.
 */

type Def = {
  type: string;
  checks?: { _zod: { def: CheckDef } }[];
  shape?: Record<string, z.ZodType>;
  catchall?: z.ZodType;
  element?: z.ZodType;
  innerType?: z.ZodType;
  options?: z.ZodType[];
  entries?: Record<string, unknown>;
  values?: unknown[];
  getter?: () => z.ZodType;
  keyType?: z.ZodType;
  valueType?: z.ZodType;
  format?: string;
  pattern?: RegExp;
};

type CheckDef = {
  check: string;
  minimum?: number;
  maximum?: number;
  value?: number;
  inclusive?: boolean;
  format?: string;
  pattern?: RegExp;
};

const defOf = (schema: z.ZodType): Def => (schema as unknown as { _zod: { def: Def } })._zod.def;

export class CodegenError extends Error {}

export function acceptsSource(root: z.ZodType, exportName: string, generatedBy: string): string {
  const functions = new Map<string, string>(); // body -> name
  const constants = new Map<string, string>(); // expression -> name
  const memo = new Map<z.ZodType, string>();

  const constant = (expression: string): string => {
    let name = constants.get(expression);
    if (!name) constants.set(expression, (name = `c${constants.size}`));
    return name;
  };

  /** The name of a function (x) => boolean for this schema. */
  const fn = (schema: z.ZodType, where: string): string => {
    const known = memo.get(schema);
    if (known) return known;
    const body = bodyOf(schema, where);
    let name = functions.get(body);
    if (!name) functions.set(body, (name = `v${functions.size}`));
    memo.set(schema, name);
    return name;
  };

  const checksOf = (def: Def, where: string, allowed: readonly string[]): CheckDef[] => {
    const checks = (def.checks ?? []).map((c) => c._zod.def);
    for (const c of checks) if (!allowed.includes(c.check)) throw new CodegenError(`${where}: a ${def.type} check "${c.check}" has no generated equivalent`);
    return checks;
  };

  const regex = (pattern: RegExp, where: string): string => {
    if (pattern.global || pattern.sticky) throw new CodegenError(`${where}: a /g or /y pattern keeps state between tests`);
    return constant(`/${pattern.source}/${pattern.flags}`);
  };

  const lengthTests = (checks: CheckDef[]): string[] =>
    checks.flatMap((c) =>
      c.check === 'min_length' ? [`x.length < ${c.minimum}`] : c.check === 'max_length' ? [`x.length > ${c.maximum}`] : [],
    );

  function bodyOf(schema: z.ZodType, where: string): string {
    const def = defOf(schema);
    switch (def.type) {
      case 'lazy':
        return `return ${fn(def.getter!(), where)}(x);`;
      case 'optional':
        checksOf(def, where, []);
        return `return x === undefined || ${fn(def.innerType!, where)}(x);`;
      case 'nullable':
        checksOf(def, where, []);
        return `return x === null || ${fn(def.innerType!, where)}(x);`;
      case 'unknown':
      case 'any':
        return 'return true;';
      case 'boolean':
        checksOf(def, where, []);
        return `return typeof x === 'boolean';`;
      case 'string': {
        const checks = checksOf(def, where, ['min_length', 'max_length', 'string_format']);
        const fails = [`typeof x !== 'string'`, ...lengthTests(checks)];
        const formats = def.format ? [{ check: 'string_format', format: def.format, pattern: def.pattern } as CheckDef, ...checks] : checks;
        for (const c of formats) {
          if (c.check !== 'string_format') continue;
          if (!c.pattern) throw new CodegenError(`${where}: the string format "${c.format}" has no pattern to test`);
          fails.push(`!${regex(c.pattern, where)}.test(x)`);
        }
        return `return !(${fails.join(' || ')});`;
      }
      case 'number': {
        const checks = checksOf(def, where, ['greater_than', 'less_than', 'number_format']);
        const fails = [`typeof x !== 'number'`, '!Number.isFinite(x)'];
        for (const c of checks) {
          if (c.check === 'greater_than') fails.push(c.inclusive ? `x < ${c.value}` : `x <= ${c.value}`);
          else if (c.check === 'less_than') fails.push(c.inclusive ? `x > ${c.value}` : `x >= ${c.value}`);
          else if (c.format === 'safeint') fails.push('!Number.isSafeInteger(x)');
          else throw new CodegenError(`${where}: the number format "${c.format}" has no generated equivalent`);
        }
        return `return !(${fails.join(' || ')});`;
      }
      case 'enum': {
        checksOf(def, where, []);
        return `return ${constant(`new Set(${JSON.stringify(Object.values(def.entries!))})`)}.has(x);`;
      }
      case 'literal': {
        checksOf(def, where, []);
        return `return ${def.values!.map((v) => `x === ${JSON.stringify(v)}`).join(' || ')};`;
      }
      case 'array': {
        const checks = checksOf(def, where, ['min_length', 'max_length']);
        const item = fn(def.element!, `${where}[]`);
        const fails = ['!Array.isArray(x)', ...lengthTests(checks)];
        return `if (${fails.join(' || ')}) return false; for (let i = 0; i < x.length; i++) if (!${item}(x[i])) return false; return true;`;
      }
      case 'union': {
        checksOf(def, where, []);
        const options = def.options!.map((o, i) => fn(o, `${where}|${i}`));
        return `return ${options.map((o) => `${o}(x)`).join(' || ')};`;
      }
      case 'object':
        return objectBody(schema, def, where);
      case 'record': {
        checksOf(def, where, []);
        const key = fn(def.keyType!, `${where}{key}`);
        const value = fn(def.valueType!, `${where}{}`);
        const plain = `(Object.getPrototypeOf(x) === Object.prototype || Object.getPrototypeOf(x) === null)`;
        return `if (typeof x !== 'object' || x === null || !${plain}) return false; for (const k of Object.keys(x)) if (!${key}(k) || !${value}(x[k])) return false; return true;`;
      }
      default:
        throw new CodegenError(`${where}: a ${def.type} schema has no generated equivalent`);
    }
  }

  function objectBody(schema: z.ZodType, def: Def, where: string): string {
    const shape = def.shape!;
    const keys = Object.keys(shape);
    const entity = entityKeys(schema);
    const checks = checksOf(def, where, entity ? ['custom'] : []);
    if (entity && (checks.length !== 1 || defOf(def.catchall!).type !== 'unknown')) throw new CodegenError(`${where}: an entity with checks of its own`);
    if (!entity && def.catchall && defOf(def.catchall).type !== 'never') throw new CodegenError(`${where}: an object with a catch-all that is not entity()'s`);
    // zod strips unknown keys from a plain object (its output differs from the input) and rejects
    // them from a strict one; entity() accepts x- keys and rejects the rest. Either way, unknown
    // keys other than entity()'s x- keys are "not accepted unchanged".
    const allowed = constant(`new Set(${JSON.stringify(keys)})`);
    const extension = entity ? ` && !${constant(`/${EXTENSION_KEY.source}/`)}.test(k)` : '';
    const lines = [
      `if (typeof x !== 'object' || x === null || Array.isArray(x)) return false;`,
      `for (const k of Object.keys(x)) if (!${allowed}.has(k)${extension}) return false;`,
      ...keys.map((key) => `if (!${fn(shape[key]!, `${where}.${key}`)}(x[${JSON.stringify(key)}])) return false;`),
      'return true;',
    ];
    return lines.join(' ');
  }

  const root_ = fn(root, 'strategy');
  const out = [
    `// Generated by ${generatedBy} from the zod schema in src/model/schema (src/model/schema/accepts-codegen.ts). Do not edit.`,
    '/* eslint-disable */',
    ...[...constants].map(([expression, name]) => `const ${name} = ${expression};`),
    ...[...functions].map(([body, name]) => `function ${name}(x: any): boolean { ${body} }`),
    '',
    '/** Whether zod would accept this data unchanged; false also when zod would only need to word what is wrong. */',
    `export function ${exportName}(x: unknown): boolean {`,
    `  return ${root_}(x);`,
    '}',
    '',
  ];
  return out.join('\n');
}
