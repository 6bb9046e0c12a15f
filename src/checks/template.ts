import { parsePath, valueAt } from './path.js';

/**
 * `{{name}}` in a rule's message, from the function's data or the item's fields. Plain text
 * substitution, no logic: checklists are data, not programs.
 */
export function fillMessage(template: string, item: unknown, data: Record<string, string>): string {
  return template.replace(/\{\{\s*([\w.$-]+)\s*\}\}/g, (_, key: string) => {
    if (Object.hasOwn(data, key)) return data[key]!;
    const value = valueAt(item, parsePath(key).segments);
    if (value === undefined || value === null) return `(no ${key})`;
    return Array.isArray(value) ? value.join(', ') : typeof value === 'object' ? JSON.stringify(value) : String(value);
  });
}
