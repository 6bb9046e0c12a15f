import { parsePath, valueAt } from './path.js';

/**
 * `{{name}}` in a rule's message, from the function's data or the item's fields. Plain text
 * substitution, no logic: checklists are data, not programs.
 *
 * A checklist may come from anyone who can open a pull request, and `{{$}}` is the whole item: a
 * message of a thousand of them on a large strategy would fill the memory. So each placeholder
 * shows at most PLACEHOLDER_LIMIT characters and a message at most MESSAGE_LIMIT, each cut with an
 * ellipsis, and no value is written out further than it will be shown.
 */
export const PLACEHOLDER_LIMIT = 300;
export const MESSAGE_LIMIT = 4000;

const ELLIPSIS = '…';

function cut(text: string, limit: number): string {
  return text.length > limit ? `${text.slice(0, limit - ELLIPSIS.length)}${ELLIPSIS}` : text;
}

/**
 * JSON of a value, stopping once `budget` characters are written: a field of a large strategy is
 * never stringified whole for the few hundred characters a message shows of it. Recursion follows
 * the nesting of the file, which the YAML readers bound, never the length of a list.
 */
function boundedJson(value: unknown, budget: number): string {
  const out: string[] = [];
  let size = 0;
  const write = (s: string): boolean => {
    out.push(s);
    size += s.length;
    return size <= budget;
  };
  const walk = (v: unknown): boolean => {
    if (v === null || v === undefined || typeof v !== 'object') return write(JSON.stringify(v) ?? 'null');
    if (Array.isArray(v)) {
      if (!write('[')) return false;
      for (let i = 0; i < v.length; i++) if ((i > 0 && !write(',')) || !walk(v[i])) return false;
      return write(']');
    }
    if (!write('{')) return false;
    let first = true;
    for (const key in v) {
      const x = (v as Record<string, unknown>)[key];
      if (!Object.hasOwn(v, key) || x === undefined) continue;
      if ((!first && !write(',')) || !write(`${JSON.stringify(key)}:`) || !walk(x)) return false;
      first = false;
    }
    return write('}');
  };
  walk(value);
  return out.join('');
}

/** A list joined with ", " (empty items empty, as join writes them), stopping once `budget` characters are written. */
function boundedList(list: readonly unknown[], budget: number): string {
  let out = '';
  for (let i = 0; i < list.length && out.length <= budget; i++) {
    const item = list[i];
    const text = item === null || item === undefined ? '' : typeof item === 'object' ? boundedJson(item, budget) : String(item);
    out += i > 0 ? `, ${text}` : text;
  }
  return out;
}

function shown(value: unknown, budget: number): string {
  if (Array.isArray(value)) return boundedList(value, budget);
  if (typeof value === 'object') return boundedJson(value, budget);
  return String(value);
}

export function fillMessage(template: string, item: unknown, data: Record<string, string>): string {
  let message = '';
  let last = 0;
  for (const match of template.matchAll(/\{\{\s*([\w.$-]+)\s*\}\}/g)) {
    message += template.slice(last, match.index);
    last = match.index + match[0].length;
    const key = match[1]!;
    let value: string;
    if (Object.hasOwn(data, key)) value = data[key]!;
    else {
      const found = valueAt(item, parsePath(key).segments);
      value = found === undefined || found === null ? `(no ${key})` : shown(found, PLACEHOLDER_LIMIT);
    }
    message += cut(value, PLACEHOLDER_LIMIT);
    // The rest would be cut anyway: stop filling placeholders in.
    if (message.length > MESSAGE_LIMIT) return cut(message, MESSAGE_LIMIT);
  }
  return cut(message + template.slice(last), MESSAGE_LIMIT);
}
