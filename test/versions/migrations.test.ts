import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { isMap, isScalar, type Document } from 'yaml';
import { migrate } from '../../src/cli/commands/migrate.js';
import { InputError } from '../../src/errors.js';
import { parseStrategy } from '../../src/model/parse.js';
import { API_VERSION } from '../../src/model/schema/strategy.js';
import { MIGRATIONS, MigrationError, migrateText, migrationPath, type Migration } from '../../src/versions/migrations.js';
import { edit, MINIMAL, tempFolders } from '../helpers.js';

/**
 * socialplan/v1 is the first format, so the migrations here are made up for the test: a v0 in which
 * metadata.owner was a plain name and governance said `offChannelBan: true`, and before it a v-1 in
 * which metadata.title was called `heading`.
 */

/** A folder of its own for each test, all removed after the file. */
const folder = tempFolders('migrate-');

const V1 = 'socialplan/v1';
const V0 = 'socialplan/v0';
const VM1 = 'socialplan/v-1';

const V0_TO_V1: Migration = {
  from: V0,
  to: V1,
  summary: 'metadata.owner becomes { name }, governance.offChannelBan becomes personalMessaging.',
  migrate(doc: Document) {
    const owner = doc.getIn(['metadata', 'owner']);
    if (typeof owner === 'string') doc.setIn(['metadata', 'owner'], doc.createNode({ name: owner }));
    const governance = doc.get('governance', true);
    if (isMap(governance) && governance.has('offChannelBan')) {
      const ban = governance.get('offChannelBan');
      governance.delete('offChannelBan');
      governance.set('personalMessaging', ban ? 'banned' : 'allowed');
    }
  },
};

const VM1_TO_V0: Migration = {
  from: VM1,
  to: V0,
  summary: 'metadata.heading is called metadata.title.',
  migrate(doc: Document) {
    const metadata = doc.get('metadata', true);
    if (!isMap(metadata)) return;
    for (const pair of metadata.items) if (isScalar(pair.key) && pair.key.value === 'heading') pair.key.value = 'title';
  },
};

/** A v0 strategy, with comments at the top, inline, above keys, inside lists and at the end. */
const V0_TEXT = `# A strategy written for socialplan v0.
# It has comments everywhere, and migrating must keep them.
apiVersion: socialplan/v0   # the old format
kind: SocialStrategy

metadata:
  name: legacy
  title: Legacy strategy
  organization: Example Ltd
  # in v0 the owner was just a name
  owner: Ada Lovelace
  version: 0.9.0
  status: draft
alignment:
  businessProblem: >-
    Customers wait days for an answer,
    and nobody owns the channel.
  businessGoals:
    - { id: BG1, statement: Serve customers faster. }   # the only goal
  itObjectives:
    # one objective
    - { id: IT1, statement: Answer customers where they are., supports: [BG1] }
initiatives:
  - id: care
    name: Customer care   # renamed in 2025
    scope: external
    stage: pilot
    supports: [IT1]
    platforms: [linkedin]
    personalData:
      lawfulBasis: legitimate-interests
platforms:
  - { id: linkedin, name: LinkedIn page }
governance:
  # WhatsApp and texting for business are not captured
  offChannelBan: true
# the end of the file
`;

const VM1_TEXT = edit(edit(V0_TEXT, 'apiVersion: socialplan/v0', 'apiVersion: socialplan/v-1'), '  title: Legacy strategy', '  heading: Legacy strategy');

function comments(text: string): string[] {
  return text
    .split('\n')
    .filter((l) => l.includes('#'))
    .map((l) => l.slice(l.indexOf('#')).trim());
}

function load(text: string) {
  const result = parseStrategy('migrated.yaml', text);
  if (!result.loaded) throw new Error(result.diagnostics.map((d) => `${d.line}: ${d.message}`).join('\n'));
  return result.loaded.data;
}

async function migrationError(run: () => unknown): Promise<string> {
  try {
    await run();
  } catch (error) {
    if (error instanceof MigrationError || error instanceof InputError) return error.message;
    throw error;
  }
  throw new Error('expected an error');
}

describe('the test formats', () => {
  it('v0 is not loadable as it is: the loader points at socialplan migrate', () => {
    const result = parseStrategy('legacy.yaml', V0_TEXT);
    expect(result.loaded).toBeUndefined();
    expect(result.diagnostics.map((d) => d.message)).toEqual(['apiVersion "socialplan/v0" is an older format; this socialplan reads socialplan/v1: `socialplan migrate FILE` moves the file to it']);
  });

  it('a newer format asks for a newer socialplan', () => {
    const result = parseStrategy('future.yaml', edit(MINIMAL, 'apiVersion: socialplan/v1', 'apiVersion: socialplan/v2'));
    expect(result.diagnostics.map((d) => d.message)).toEqual(['apiVersion "socialplan/v2" is newer than this socialplan reads (socialplan/v1): upgrade socialplan']);
  });

  it('this socialplan reads v1 and knows no migrations yet', () => {
    expect(API_VERSION).toBe(V1);
    expect(MIGRATIONS).toEqual([]);
  });
});

describe('migrationPath', () => {
  it('is empty from a format to itself', () => {
    expect(migrationPath(V1, V1, [V0_TO_V1])).toEqual([]);
  });

  it('finds the chain, step by step, whatever order the migrations are listed in', () => {
    expect(migrationPath(VM1, V1, [V0_TO_V1, VM1_TO_V0])).toEqual([VM1_TO_V0, V0_TO_V1]);
    expect(migrationPath(V0, V1, [VM1_TO_V0, V0_TO_V1])).toEqual([V0_TO_V1]);
  });

  it('says there is no path, naming the versions, with no migrations at all', async () => {
    expect(await migrationError(() => migrationPath(V0, V1, []))).toBe('no migration from socialplan/v0 to socialplan/v1 (this socialplan knows only socialplan/v1)');
  });

  it('says where the chain breaks and which formats it can migrate', async () => {
    expect(await migrationError(() => migrationPath(VM1, V1, [VM1_TO_V0]))).toBe('no migration from socialplan/v0 to socialplan/v1 (this socialplan migrates socialplan/v-1, socialplan/v0)');
    expect(await migrationError(() => migrationPath('socialplan/v2', V1, [V0_TO_V1]))).toBe('no migration from socialplan/v2 to socialplan/v1 (this socialplan migrates socialplan/v0, socialplan/v1)');
  });

  it('stops at a loop instead of going round it', async () => {
    const loop: Migration[] = [
      { from: V0, to: 'socialplan/v0b', summary: 'a', migrate: () => {} },
      { from: 'socialplan/v0b', to: V0, summary: 'b', migrate: () => {} },
    ];
    const message = await migrationError(() => migrationPath(V0, V1, loop));
    expect(message).toBe('the migrations loop at socialplan/v0');
    expect(() => migrateText(V0_TEXT, loop)).toThrow(MigrationError);
  });
});

describe('migrateText', () => {
  it('moves a v0 file to v1: the result loads as a valid v1 strategy', () => {
    const result = migrateText(V0_TEXT, [V0_TO_V1]);
    expect(result).toMatchObject({ from: V0, to: V1, applied: [V0_TO_V1] });
    const strategy = load(result.text);
    expect(strategy.apiVersion).toBe(V1);
    expect(strategy.metadata.owner).toEqual({ name: 'Ada Lovelace' });
    expect(strategy.governance).toEqual({ personalMessaging: 'banned' });
    expect(result.text).not.toContain('offChannelBan');
  });

  it('keeps every comment, in order', () => {
    const { text } = migrateText(V0_TEXT, [V0_TO_V1]);
    expect(comments(text)).toEqual(comments(V0_TEXT));
    expect(text).toContain('apiVersion: socialplan/v1 # the old format');
    expect(text.startsWith('# A strategy written for socialplan v0.\n# It has comments everywhere, and migrating must keep them.\n')).toBe(true);
  });

  it('changes nothing but what the migration changes', () => {
    const { text } = migrateText(V0_TEXT, [V0_TO_V1]);
    const strip = (t: string) => t.replace(/\s+/g, ' ');
    // the data apart from the migrated fields is the same
    const before = load(edit(edit(edit(V0_TEXT, 'apiVersion: socialplan/v0', 'apiVersion: socialplan/v1'), '  owner: Ada Lovelace', '  owner: { name: Ada Lovelace }'), 'offChannelBan: true', 'personalMessaging: banned'));
    expect(load(text)).toEqual(before);
    expect(strip(text)).toContain('initiatives: - id: care name: Customer care # renamed in 2025');
    expect(load(text).alignment.businessProblem).toBe('Customers wait days for an answer, and nobody owns the channel.');
  });

  it('sets apiVersion after each step, even when the migration does not', () => {
    const seen: unknown[] = [];
    const spy = (m: Migration): Migration => ({
      ...m,
      migrate(doc) {
        seen.push(doc.get('apiVersion'));
        m.migrate(doc);
      },
    });
    const result = migrateText(VM1_TEXT, [spy(V0_TO_V1), spy(VM1_TO_V0)]);
    expect(seen).toEqual([VM1, V0]);
    expect(result.applied.map((m) => `${m.from} -> ${m.to}`)).toEqual([`${VM1} -> ${V0}`, `${V0} -> ${V1}`]);
    expect(result.from).toBe(VM1);
    const strategy = load(result.text);
    expect(strategy.metadata.title).toBe('Legacy strategy');
    expect(strategy.metadata.owner).toEqual({ name: 'Ada Lovelace' });
    expect(comments(result.text)).toEqual(comments(VM1_TEXT));
  });

  it('migrates to a format other than this socialplan’s when asked', () => {
    const result = migrateText(VM1_TEXT, [VM1_TO_V0, V0_TO_V1], V0);
    expect(result.applied).toEqual([VM1_TO_V0]);
    expect(result.text).toContain('apiVersion: socialplan/v0');
    expect(result.text).toContain('  title: Legacy strategy');
    expect(result.text).toContain('  owner: Ada Lovelace');
  });

  it('leaves a file already in the format alone, byte for byte', () => {
    const text = `${MINIMAL}# trailing comment   \n\n`;
    expect(migrateText(text, [V0_TO_V1])).toEqual({ from: V1, to: V1, text, applied: [] });
    expect(migrateText(text).text).toBe(text);
  });

  it('names the versions when there is no way there', async () => {
    expect(await migrationError(() => migrateText(V0_TEXT))).toBe('no migration from socialplan/v0 to socialplan/v1 (this socialplan knows only socialplan/v1)');
    // A newer format is not a missing migration: this socialplan is too old for the file.
    expect(await migrationError(() => migrateText(edit(MINIMAL, 'apiVersion: socialplan/v1', 'apiVersion: socialplan/v2'), [V0_TO_V1]))).toBe(
      'socialplan/v2 is newer than this socialplan reads (socialplan/v1): upgrade socialplan',
    );
  });

  it.each([
    ['not YAML', 'metadata: [unclosed\n', /^the file is not valid YAML: /],
    ['a list', '- apiVersion: socialplan/v0\n', /^the file is not a mapping with an apiVersion$/],
    ['empty', '', /^the file is not a mapping with an apiVersion$/],
    ['without apiVersion', 'kind: SocialStrategy\n', /^the file has no apiVersion to migrate from$/],
    ['a number for apiVersion', 'apiVersion: 1\n', /^the file has no apiVersion to migrate from$/],
  ])('refuses a file that is %s', async (_, text, message) => {
    expect(await migrationError(() => migrateText(text, [V0_TO_V1]))).toMatch(message);
  });
});

describe('socialplan migrate, in-process', () => {
  it('writes the migrated file and says what each step did', async () => {
    const dir = folder();
    const file = dir.write('legacy.yaml', V0_TEXT);
    const result = await migrate({ file: 'legacy.yaml', dryRun: false, cwd: dir.dir, migrations: [V0_TO_V1] });
    expect(result).toEqual({
      stdout: 'legacy.yaml: socialplan/v0 -> socialplan/v1\n  socialplan/v0 -> socialplan/v1: metadata.owner becomes { name }, governance.offChannelBan becomes personalMessaging.\n',
      exitCode: 0,
    });
    const written = readFileSync(file, 'utf8');
    expect(written).toBe(migrateText(V0_TEXT, [V0_TO_V1]).text);
    expect(load(written).metadata.owner).toEqual({ name: 'Ada Lovelace' });
    // written atomically: no temporary file left beside it
    expect(readdirSync(dir.dir)).toEqual(['legacy.yaml']);
  });

  it('runs a chain of steps', async () => {
    const dir = folder();
    const file = dir.write('older.yaml', VM1_TEXT);
    const result = await migrate({ file, dryRun: false, cwd: '/', migrations: [V0_TO_V1, VM1_TO_V0] });
    expect(result.stdout).toBe(`${file}: socialplan/v-1 -> socialplan/v1\n  socialplan/v-1 -> socialplan/v0: metadata.heading is called metadata.title.\n  socialplan/v0 -> socialplan/v1: metadata.owner becomes { name }, governance.offChannelBan becomes personalMessaging.\n`);
    expect(load(readFileSync(file, 'utf8')).metadata.title).toBe('Legacy strategy');
  });

  it('--dry-run prints the result and writes nothing', async () => {
    const dir = folder();
    const file = dir.write('legacy.yaml', V0_TEXT);
    const result = await migrate({ file: 'legacy.yaml', dryRun: true, cwd: dir.dir, migrations: [V0_TO_V1] });
    expect(result).toEqual({ stdout: migrateText(V0_TEXT, [V0_TO_V1]).text, exitCode: 0 });
    expect(readFileSync(file, 'utf8')).toBe(V0_TEXT);
    expect(readdirSync(dir.dir)).toEqual(['legacy.yaml']);
  });

  it('writes nothing when the result is not a valid strategy, and says why', async () => {
    const dir = folder();
    const file = dir.write('legacy.yaml', V0_TEXT);
    const halfway: Migration = { from: V0, to: V1, summary: 'forgets the owner', migrate: () => {} };
    const message = await migrationError(() => migrate({ file: 'legacy.yaml', dryRun: false, cwd: dir.dir, migrations: [halfway] }));
    expect(message.split('\n')[0]).toBe('legacy.yaml: migrated to socialplan/v1, but the result is not a valid strategy; nothing was written:');
    expect(message).toMatch(/metadata\.owner/);
    expect(readFileSync(file, 'utf8')).toBe(V0_TEXT);
    expect(readdirSync(dir.dir)).toEqual(['legacy.yaml']);
    // and not with --dry-run either
    expect(await migrationError(() => migrate({ file: 'legacy.yaml', dryRun: true, cwd: dir.dir, migrations: [halfway] }))).toMatch(/not a valid strategy/);
  });

  it('writes nothing when a step throws', async () => {
    const dir = folder();
    const file = dir.write('legacy.yaml', V0_TEXT);
    const broken: Migration = {
      from: V0,
      to: V1,
      summary: 'throws half way',
      migrate(doc) {
        doc.setIn(['metadata', 'owner'], doc.createNode({ name: 'x' }));
        throw new Error('step failed');
      },
    };
    await expect(migrate({ file: 'legacy.yaml', dryRun: false, cwd: dir.dir, migrations: [broken] })).rejects.toThrow('step failed');
    expect(readFileSync(file, 'utf8')).toBe(V0_TEXT);
  });

  it('says a current file has nothing to do, and leaves it byte for byte', async () => {
    const dir = folder();
    const file = dir.write('current.yaml', MINIMAL);
    expect(await migrate({ file: 'current.yaml', dryRun: false, cwd: dir.dir, migrations: [V0_TO_V1] })).toEqual({ stdout: 'current.yaml is already socialplan/v1; nothing to do.\n', exitCode: 0 });
    expect(await migrate({ file: 'current.yaml', dryRun: false, cwd: dir.dir })).toEqual({ stdout: 'current.yaml is already socialplan/v1; nothing to do.\n', exitCode: 0 });
    expect(readFileSync(file, 'utf8')).toBe(MINIMAL);
  });

  it('turns a missing path, a missing file and a broken file into input errors naming the file', async () => {
    const dir = folder();
    dir.write('legacy.yaml', V0_TEXT);
    dir.write('broken.yaml', 'apiVersion: [\n');
    const run = (file: string, migrations?: Migration[]) => migrationError(() => migrate({ file, dryRun: false, cwd: dir.dir, ...(migrations ? { migrations } : {}) }));
    expect(await run('legacy.yaml')).toBe('legacy.yaml: no migration from socialplan/v0 to socialplan/v1 (this socialplan knows only socialplan/v1)');
    expect(await run('missing.yaml', [V0_TO_V1])).toBe('missing.yaml: no such file');
    // Located, and worded as check words it: migrate reads YAML by the same rules as every command.
    expect(await run('broken.yaml', [V0_TO_V1])).toMatch(/^broken\.yaml:1:13: .+ \[yaml\/syntax\]$/);
    dir.write('mac.yaml', V0_TEXT.replace(/\n/g, '\r'));
    dir.write('comment.yaml', `${V0_TEXT}x-note: "text"#comment\n`);
    expect(await run('mac.yaml', [V0_TO_V1])).toMatch(/^mac\.yaml:1:\d+: ends a line with a carriage return alone .+ \[file\/line-endings\]$/);
    expect(await run('comment.yaml', [V0_TO_V1])).toMatch(/^comment\.yaml:\d+:\d+: comments must be separated from other tokens by white space characters \[yaml\/syntax\]$/);
    await expect(migrate({ file: 'legacy.yaml', dryRun: false, cwd: dir.dir })).rejects.toBeInstanceOf(InputError);
    expect(readFileSync(join(dir.dir, 'legacy.yaml'), 'utf8')).toBe(V0_TEXT);
  });
});
