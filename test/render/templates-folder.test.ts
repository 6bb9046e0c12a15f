import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { InputError } from '../../src/errors.js';
import { loadTemplates } from '../../src/render/templates.js';
import { tempFolders } from '../helpers.js';

/** A --templates folder that holds something other than readable templates ends in one line naming it. */
const folder = tempFolders();

describe('a --templates folder', () => {
  it('with a folder named like a template: one line naming it, not an internal error', async () => {
    const { dir } = folder();
    mkdirSync(join(dir, 'index.md.hbs'));
    const error = await loadTemplates(dir).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(InputError);
    expect((error as Error).message).toBe(`${join(dir, 'index.md.hbs')}: is a directory, not a file`);
  });

  it('with a partial folder named like a partial: the same', async () => {
    const { dir } = folder();
    mkdirSync(join(dir, 'partials', 'footer.md.hbs'), { recursive: true });
    writeFileSync(join(dir, 'index.md.hbs'), '# {{md header.title}}\n');
    await expect(loadTemplates(dir)).rejects.toThrow(/partials\/footer\.md\.hbs: is a directory, not a file$/);
  });
});
