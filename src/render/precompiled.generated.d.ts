// Generated from templates/ by scripts/precompile-templates.mjs (run by scripts/build.mjs): do not edit.
// test/render/precompiled.test.ts fails when it no longer matches templates/.
import type { PrecompiledTemplate } from './templates.js';

export declare const PRECOMPILED: readonly PrecompiledTemplate[];
