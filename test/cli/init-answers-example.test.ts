import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import { describe, expect, it } from 'vitest';
import { ROOT, runCli, tempDir } from '../helpers.js';

const tmp = tempDir();

describe('examples/answers/regulated-external.yaml', () => {
  it('drafts a well-formed strategy for a regulated external pilot, with every answer where it belongs', () => {
    const out = join(tmp.dir, 'strategy.yaml');
    const run = runCli(['init', '--answers', join(ROOT, 'examples/answers/regulated-external.yaml'), '--out', out]);
    expect(run.stderr).toBe('');
    expect(run.status).toBe(0);
    expect(run.stdout).toMatch(/^Wrote .*strategy\.yaml: 1 initiative, version 0\.1\.0, status draft\.$/m);
    const check = JSON.parse(runCli(['check', out, '--format', 'json']).stdout) as { files: { valid: boolean }[] };
    expect(check.files[0]!.valid).toBe(true);
    const strategy = parse(readFileSync(out, 'utf8'));
    expect(strategy.metadata).toMatchObject({ organization: 'Harborline Financial Group', regulatoryTags: ['FIN', 'PUBCO'], version: '0.1.0', status: 'draft' });
    expect(strategy.initiatives[0]).toMatchObject({
      id: 'client-care',
      scope: 'external',
      supervision: { preApproval: 'principal', postReview: { samplePct: 10 } },
      personalData: { tracking: { pixels: true, customAudiences: true, consent: 'prior-consent' }, noticeUrl: 'https://harborline.example/privacy/social' },
      records: { retentionYears: 6, archiver: 'Smarsh' },
    });
    expect(strategy.stakeholders.privacy).toEqual({ owner: 'Priya Patel', role: 'Data Protection Officer' });
  });
});
