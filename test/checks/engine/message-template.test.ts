import { describe, expect, it } from 'vitest';
import { fillMessage, MESSAGE_LIMIT, PLACEHOLDER_LIMIT } from '../../../src/checks/engine/template.js';

/**
 * `{{name}}` in a rule's message (src/checks/engine/template.ts), in process: plain substitution from the
 * function's data or the item's fields, each placeholder shown to at most PLACEHOLDER_LIMIT characters and the
 * message to at most MESSAGE_LIMIT, each cut with an ellipsis. The bounded writers must show exactly what the
 * whole value would show once cut: the expected text is built the naive way, with JSON.stringify and join.
 */

const ELLIPSIS = '…';
/** What the documentation promises: text longer than the limit is cut to limit - 1 characters and an ellipsis. */
function cut(text: string, limit: number): string {
  return text.length > limit ? `${text.slice(0, limit - 1)}${ELLIPSIS}` : text;
}

describe('substitution', () => {
  it('states its limits', () => {
    expect([PLACEHOLDER_LIMIT, MESSAGE_LIMIT]).toEqual([300, 4000]);
  });

  it('fills placeholders from the data first, then from the item, and keeps the text between', () => {
    expect(fillMessage('{{name}} lacks {{missing}}.', { name: 'Customer care', missing: 'from the item' }, { missing: 'ropaId, dpia' })).toBe('Customer care lacks ropaId, dpia.');
  });

  it('allows spaces inside the braces and reads nested fields', () => {
    expect(fillMessage('{{ name }}: {{personalData.lawfulBasis}}', { name: 'Care', personalData: { lawfulBasis: 'consent' } }, {})).toBe('Care: consent');
  });

  it('says "(no key)" for a field that is absent or null, and writes false and 0 as they are', () => {
    expect(fillMessage('[{{owner}}] [{{gone}}] [{{off}}] [{{zero}}] [{{blank}}]', { gone: null, off: false, zero: 0, blank: '' }, {})).toBe('[(no owner)] [(no gone)] [false] [0] []');
  });

  it('never reads through to a prototype: neither the data’s nor the item’s', () => {
    expect(fillMessage('{{constructor}} {{toString}}', {}, {})).toBe('(no constructor) (no toString)');
  });

  it('leaves text without placeholders, and braces that are not a placeholder, as they are', () => {
    expect(fillMessage('No crisis plan tested in the last 12 months.', {}, {})).toBe('No crisis plan tested in the last 12 months.');
    expect(fillMessage('{{}} {name} {{na me}}', { name: 'x' }, {})).toBe('{{}} {name} {{na me}}');
  });
});

describe('lists and mappings', () => {
  it('joins a list with ", ", an absent or null item empty, as join writes it', () => {
    expect(fillMessage('{{tags}}', { tags: ['FIN', null, 'GOV', ''] }, {})).toBe(['FIN', null, 'GOV', ''].join(', '));
    expect(fillMessage('{{tags}}', { tags: ['FIN', null, 'GOV', ''] }, {})).toBe('FIN, , GOV, ');
    expect(fillMessage('[{{tags}}]', { tags: [] }, {})).toBe('[]');
    // An undefined item (a list built in code rather than read from YAML) is empty too, not "undefined".
    expect(fillMessage('{{tags}}', { tags: ['FIN', undefined, 'GOV'] }, {})).toBe('FIN, , GOV');
  });

  it('writes a mapping, or a mapping in a list, as JSON, leaving out undefined fields', () => {
    const item = { block: { a: 1, b: 'x', c: [1, null, true], d: null, e: undefined, f: { g: [] } } };
    expect(fillMessage('{{block}}', item, {})).toBe('{"a":1,"b":"x","c":[1,null,true],"d":null,"f":{"g":[]}}');
    expect(fillMessage('{{block}}', item, {})).toBe(JSON.stringify(item.block));
    expect(fillMessage('{{list}}', { list: ['a', { k: 'v' }, [1, 2]] }, {})).toBe('a, {"k":"v"}, [1,2]');
    // An undefined inside a list is written null, as JSON.stringify writes it.
    expect(fillMessage('{{m}}', { m: { l: [undefined, 1] } }, {})).toBe('{"l":[null,1]}');
  });

  it('{{$}} is the whole item', () => {
    expect(fillMessage('{{$}}', { id: 'care', stage: 'pilot' }, {})).toBe('{"id":"care","stage":"pilot"}');
  });
});

describe('a placeholder shows at most 300 characters', () => {
  it('text of exactly 300 characters whole, of 301 cut to 299 and an ellipsis', () => {
    expect(fillMessage('{{v}}', { v: 'x'.repeat(300) }, {})).toBe('x'.repeat(300));
    expect(fillMessage('{{v}}', { v: 'x'.repeat(301) }, {})).toBe(`${'x'.repeat(299)}${ELLIPSIS}`);
    expect(fillMessage('<{{v}}>', {}, { v: 'y'.repeat(301) })).toBe(`<${'y'.repeat(299)}${ELLIPSIS}>`);
  });

  it('a mapping whose JSON reaches 300 characters on a boundary between tokens, then goes on', () => {
    // '{' + '"k":' + '"' + 293 x + '"' is exactly 300 characters; ',"m":1}' follows.
    const value = { k: 'x'.repeat(293), m: 1 };
    expect(JSON.stringify(value).indexOf(',"m"')).toBe(300);
    expect(fillMessage('{{v}}', { v: value }, {})).toBe(cut(JSON.stringify(value), 300));
    expect(fillMessage('{{v}}', { v: value }, {})).toHaveLength(300);
    expect(fillMessage('{{v}}', { v: value }, {}).endsWith(ELLIPSIS)).toBe(true);
  });

  it('a mapping of exactly 300 characters of JSON, whole', () => {
    // '{"k":"' + 292 x + '"}' = 6 + 292 + 2 = 300.
    const value = { k: 'x'.repeat(292) };
    expect(JSON.stringify(value)).toHaveLength(300);
    expect(fillMessage('{{v}}', { v: value }, {})).toBe(JSON.stringify(value));
  });

  it('a list reaching 300 characters exactly at an item, then more items', () => {
    const list = ['x'.repeat(300), 'y', 'z'];
    expect(fillMessage('{{v}}', { v: list }, {})).toBe(cut(list.join(', '), 300));
    expect(fillMessage('{{v}}', { v: list }, {})).toBe(`${'x'.repeat(299)}${ELLIPSIS}`);
  });

  it('a list of 298 characters and one more item', () => {
    // 'x' x 298 + ', y' = 301 characters: cut.
    const list = ['x'.repeat(298), 'y'];
    expect(fillMessage('{{v}}', { v: list }, {})).toBe(`${'x'.repeat(298)},${ELLIPSIS}`);
  });

  it('a long list of mappings and lists shows what the whole would, cut', () => {
    const list = Array.from({ length: 200 }, (_, i) => (i % 2 ? { id: `item-${i}`, tags: ['a', 'b'] } : [i, `n${i}`]));
    const whole = list.map((x) => JSON.stringify(x)).join(', ');
    expect(fillMessage('{{v}}', { v: list }, {})).toBe(cut(whole, 300));
  });

  it('a deep mapping larger than the budget shows what the whole would, cut', () => {
    const big = { initiatives: Array.from({ length: 50 }, (_, i) => ({ id: `i${i}`, name: `Initiative ${i}`, supports: ['IT1'], skip: undefined, none: null })) };
    expect(fillMessage('{{$}}', big, {})).toBe(cut(JSON.stringify(big), 300));
  });
});

describe('no value is read further than it will be shown', () => {
  /** A mapping of `size` fields, each counting the reads of it. */
  function countedMapping(size: number): { value: Record<string, string>; reads: () => number } {
    let reads = 0;
    const value: Record<string, string> = {};
    for (let i = 0; i < size; i++) Object.defineProperty(value, `key${i}`, { enumerable: true, get: () => (reads++, 'value') });
    return { value, reads: () => reads };
  }

  it('a mapping of 10,000 fields: only the first few are read for 300 characters', () => {
    const { value, reads } = countedMapping(10_000);
    const shown = fillMessage('{{v}}', { v: value }, {});
    // '{"key0":"value"' is 15 characters, each of ',"key1":"value"' to key9 15 more (150), each from key10 on 16:
    // key18 ends at 294, and the name of key19 passes 300. So fields key0 to key19 are read: 20 of 10,000.
    expect(shown).toHaveLength(300);
    expect(shown.startsWith('{"key0":"value","key1":"value",')).toBe(true);
    expect(reads()).toBeLessThanOrEqual(21);
  });

  it('the same mapping inside a list, or a list inside it: still only the first few fields', () => {
    const inList = countedMapping(10_000);
    expect(fillMessage('{{v}}', { v: ['a', inList.value] }, {})).toHaveLength(300);
    expect(inList.reads()).toBeLessThanOrEqual(21);
    const around = countedMapping(10_000);
    expect(fillMessage('{{v}}', { v: { list: [around.value] } }, {})).toHaveLength(300);
    expect(around.reads()).toBeLessThanOrEqual(21);
  });

  it('a list of 10,000 items: only the first few are read for 300 characters', () => {
    let reads = 0;
    const items = Array.from({ length: 10_000 }, () => 'item');
    const list = new Proxy(items, {
      get(target, key, receiver) {
        if (typeof key === 'string' && /^\d+$/.test(key)) reads++;
        return Reflect.get(target, key, receiver) as unknown;
      },
    });
    const shown = fillMessage('{{v}}', { v: list }, {});
    expect(shown).toBe(cut(items.join(', '), 300));
    // "item, " is 6 characters: 300 characters are reached within the first 51 items.
    expect(reads).toBeLessThanOrEqual(52);
  });

  it('stops filling placeholders in once the message is past 4,000 characters', () => {
    let reads = 0;
    const item = {};
    Object.defineProperty(item, 'big', { enumerable: true, get: () => (reads++, 'x'.repeat(300)) });
    const message = fillMessage('{{big}}'.repeat(20), item, {});
    expect(message).toBe(cut('x'.repeat(6000), 4000));
    // 13 placeholders make 3,900 characters, the 14th 4,200: past the limit, so the last 6 are never read.
    expect(reads).toBe(14);
  });
});

describe('a message shows at most 4,000 characters', () => {
  it('text of exactly 4,000 characters whole, of 4,001 cut', () => {
    expect(fillMessage('a'.repeat(4000), {}, {})).toBe('a'.repeat(4000));
    expect(fillMessage('a'.repeat(4001), {}, {})).toBe(`${'a'.repeat(3999)}${ELLIPSIS}`);
  });

  it('placeholders that fill it to exactly 4,000 characters, with text after them: cut', () => {
    // 100 y + 13 placeholders of 300 x = 4,000 characters, then "tail".
    const template = `${'y'.repeat(100)}${'{{a}}'.repeat(13)}tail`;
    const whole = `${'y'.repeat(100)}${'x'.repeat(3900)}tail`;
    expect(fillMessage(template, {}, { a: 'x'.repeat(300) })).toBe(cut(whole, 4000));
    expect(fillMessage(template, {}, { a: 'x'.repeat(300) })).toHaveLength(4000);
  });

  it('placeholders that fill it to exactly 4,000 characters and nothing after: whole', () => {
    const template = `${'y'.repeat(100)}${'{{a}}'.repeat(13)}`;
    expect(fillMessage(template, {}, { a: 'x'.repeat(300) })).toBe(`${'y'.repeat(100)}${'x'.repeat(3900)}`);
  });

  it('many placeholders past the limit: the first 3,999 characters and an ellipsis', () => {
    const item = { big: { text: 'z'.repeat(1000) } };
    const template = `Start ${'{{big}} and '.repeat(40)}end`;
    const shown = cut(JSON.stringify(item.big), 300);
    const whole = `Start ${`${shown} and `.repeat(40)}end`;
    expect(fillMessage(template, item, {})).toBe(cut(whole, 4000));
  });
});
