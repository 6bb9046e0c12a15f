import { json } from './json.js';
import { text } from './text.js';
import type { Formatter } from './types.js';

/** A record, so adding a format name without its formatter does not compile. */
export const FORMATS = ['text', 'json'] as const;
export type FormatName = (typeof FORMATS)[number];

export const formatters: Record<FormatName, Formatter> = { text, json };
