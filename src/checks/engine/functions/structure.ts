import { parsePath, select, valueAt } from '../path.js';
import { defineFunction, FAIL } from './types.js';

export const hasFields = defineFunction({
  name: 'hasFields',
  description: 'The field is a mapping in which every field named in `value` is present; the message can name the `{{missing}}` ones.',
  value: (zod) => zod.array(zod.string().min(1)).min(1),
  check: (target, value) => {
    if (target === null || typeof target !== 'object') return { data: { missing: value.join(', ') } };
    const missing = value.filter((field) => {
      const found = valueAt(target, parsePath(field).segments);
      return found === undefined || found === null || found === '';
    });
    return missing.length ? { data: { missing: missing.join(', ') } } : undefined;
  },
});

export const isReferenced = defineFunction({
  name: 'isReferenced',
  description: 'The field (an id) appears in the lists at the absolute path `value`, such as `$.initiatives[*].supports`.',
  value: (zod) => zod.string().regex(/^\$\./, 'an absolute path starting with $.'),
  check: (target, value, { strategy }) => {
    const lists = select(strategy, parsePath(value).segments);
    const found = lists.some(({ value: list }) => (Array.isArray(list) ? list.includes(target) : list === target));
    return found ? undefined : FAIL;
  },
});
