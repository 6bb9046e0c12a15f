import { json } from './json.js';
import { stylish } from './stylish.js';
import type { Formatter } from './types.js';

/** A record, so adding a format name without its formatter does not compile. */
export const FORMATS = ['stylish', 'json'] as const;
export type FormatName = (typeof FORMATS)[number];

export const formatters: Record<FormatName, Formatter> = { stylish, json };
