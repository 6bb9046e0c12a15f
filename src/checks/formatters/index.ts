import { github } from './github.js';
import { gitlab } from './gitlab.js';
import { json } from './json.js';
import { junit } from './junit.js';
import { markdown } from './markdown.js';
import { sarif } from './sarif.js';
import { stylish } from './stylish.js';
import type { FormatName } from './names.js';
import type { Formatter } from './types.js';

export { FORMATS, type FormatName } from './names.js';

/** A record, so adding a format name without its formatter does not compile. */
export const formatters: Record<FormatName, Formatter> = { stylish, json, sarif, junit, github, gitlab, markdown };
