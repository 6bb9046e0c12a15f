// Large strategies for `npm run bench`, in each way people write YAML: the portfolio example with its
// initiatives repeated under new ids until the file reaches the size asked for, the copies written in one style. The
// yaml package writes one copy in the style (a few ms); the copies differ only in their ids.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { isMap, isScalar, parseDocument, visit } from 'yaml';

/** The portfolio split around its initiatives: the text before them, the items, and the text after. */
function portfolio(root) {
  const text = readFileSync(join(root, 'examples', 'portfolio.yaml'), 'utf8');
  const start = text.indexOf('\ninitiatives:\n') + '\ninitiatives:\n'.length;
  const end = text.indexOf('\n# Every platform used');
  return { head: text.slice(0, start), items: text.slice(start, end), tail: text.slice(end) };
}

/** The initiatives as the yaml package's document, each id ending in NNNN for the copy number. */
function itemsDocument(items) {
  const doc = parseDocument(`initiatives:\n${items}`);
  for (const item of doc.get('initiatives').items) item.set('id', `${item.get('id')}-NNNN`);
  return doc;
}

/** Text with a quote and a tab in it, which double quotes must escape (\" and \t). */
const escaped = (s) => s.replace(' ', ' "\t');

/** One copy of the initiatives in a style, as text that starts with "initiatives:". */
const STYLES = {
  /** As the examples are written: block mappings and lists, plain text, short flow lists. */
  plain: (items) => `initiatives:\n${items.replace(/^ {2}- id: ([a-z-]+)$/gm, '  - id: $1-NNNN')}\n`,
  /** The same with Windows line endings. */
  crlf: (items) => STYLES.plain(items).replace(/\n/g, '\r\n'),
  /** Every mapping in a list, and every list of text, as one { ... } or [ ... ] on its line. */
  flow: (items) => {
    const doc = itemsDocument(items);
    visit(doc, {
      Seq(_, seq) {
        if (seq.items.every(isScalar)) seq.flow = true;
        for (const item of seq.items) if (isMap(item) && item.items.every((p) => isScalar(p.value) || p.value?.flow)) item.flow = true;
      },
    });
    return doc.toString({ lineWidth: 0, flowCollectionPadding: true });
  },
  /** Every text in double quotes, with escapes in the sentences. */
  quoted: (items) => {
    const doc = itemsDocument(items);
    visit(doc, {
      Scalar(_, node) {
        if (typeof node.value === 'string' && node.value.includes(' ')) node.value = escaped(node.value);
      },
    });
    return doc.toString({ defaultStringType: 'QUOTE_DOUBLE', defaultKeyType: 'PLAIN', lineWidth: 0 });
  },
  /** Every sentence as a literal block scalar (|-). */
  block: (items) => {
    const doc = itemsDocument(items);
    visit(doc, {
      Scalar(_, node) {
        if (typeof node.value === 'string' && node.value.includes(' ')) node.type = 'BLOCK_LITERAL';
      },
    });
    return doc.toString({ lineWidth: 0 });
  },
  /** The first initiative's sponsor anchored (&sponsor-NNNN) and the others' sponsors as its aliases. */
  anchors: (items) => {
    const doc = itemsDocument(items);
    const initiatives = doc.get('initiatives').items;
    const sponsor = initiatives[0].get('sponsor', true);
    sponsor.anchor = 'sponsor-NNNN';
    for (const item of initiatives.slice(1)) if (item.has('sponsor')) item.set('sponsor', doc.createAlias(sponsor));
    return doc.toString({ lineWidth: 0 });
  },
};

export const STYLE_NAMES = Object.keys(STYLES);

/** A strategy of about `mb` megabytes whose initiatives are written in `style`. */
export function generatedStrategy(root, mb, style) {
  const { head, items, tail } = portfolio(root);
  const copy = STYLES[style](items).replace(/^initiatives:\r?\n/, '');
  const eol = style === 'crlf' ? '\r\n' : '\n';
  const copies = [];
  let size = head.length + items.length + tail.length;
  for (let n = 1; size < mb * 1024 * 1024; n++) {
    const text = copy.replaceAll('NNNN', String(n));
    copies.push(text);
    size += text.length;
  }
  // The example's own initiatives stay first, as written: the rest of the file refers to their ids.
  const text = `${head}${items}\n${copies.join('')}${tail.replace(/^\n/, '')}`;
  return style === 'crlf' ? text.replace(/\r?\n/g, eol) : text;
}
