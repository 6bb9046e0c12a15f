import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { buildRuleSet } from '../../src/checks/ruleset/rule-set.js';
import { signoffFindings } from '../../src/governance/signoffs.js';
import { codeRule } from '../../src/model/rules.js';
import { parseStrategy } from '../../src/model/parse.js';
import { digest, rulesFor } from '../../src/governance/digest.js';
import { edit, lineOf, ROOT } from '../helpers.js';

/**
 * Sign-offs judged against the strategy as it is: each stakeholder's latest sign-off must carry the
 * digest of what their checklist reads now and be given by the owner the strategy names.
 */

const PORTFOLIO = readFileSync(join(ROOT, 'examples', 'portfolio.yaml'), 'utf8');
const ALL = buildRuleSet().all;

function loaded(text: string) {
  const result = parseStrategy('strategy.yaml', text);
  if (!result.loaded) throw new Error(result.diagnostics.map((d) => `${d.line}: ${d.message}`).join('\n'));
  return result.loaded;
}

const BASE = loaded(PORTFOLIO).data;
const CURRENT = Object.fromEntries(['privacy', 'compliance', 'legal', 'records', 'communications', 'security', 'hr'].map((s) => [s, digest(BASE, rulesFor(ALL, s))]));
const OWNERS: Record<string, string> = {
  privacy: 'Sinéad Gallagher',
  compliance: 'Rajesh Menon',
  legal: 'Catherine Albrecht',
  records: 'Daniel Osei',
  communications: 'Laura Bianchi',
  security: 'Ethan Park',
  hr: 'Monique Fortier',
};

interface Entry {
  stakeholder: string;
  by?: string;
  date?: string;
  decision?: string;
  version?: string;
  /** A digest, 'current' for the stakeholder's digest of the unedited portfolio, or null for none. */
  digest?: string | null;
}

/** The portfolio with these sign-offs appended, one flow line each. */
function withSignoffs(entries: Entry[], text = PORTFOLIO): string {
  const lines = entries.map((e) => {
    const d = e.digest === null ? undefined : e.digest === undefined || e.digest === 'current' ? CURRENT[e.stakeholder] : e.digest;
    const fields = [
      `stakeholder: ${e.stakeholder}`,
      `by: "${e.by ?? OWNERS[e.stakeholder]}"`,
      `date: ${e.date ?? '2026-11-25'}`,
      `decision: ${e.decision ?? 'approved'}`,
      ...(e.version === undefined ? ['version: 2.3.1'] : e.version ? [`version: ${e.version}`] : []),
      ...(d ? [`digest: "${d}"`] : []),
    ];
    return `  - { ${fields.join(', ')} }`;
  });
  return `${text}signoffs:\n${lines.join('\n')}\n`;
}

const PRIVACY_CHANGE: [string, string] = ['ropaId: ROPA-CX-019 (draft)', 'ropaId: ROPA-CX-019'];
const approve = (text: string) => edit(text, '  status: in-review', '  status: approved');

function findings(text: string) {
  const l = loaded(text);
  return signoffFindings(l.data, ALL).map((f) => ({ ...f, line: l.place(f).line }));
}

function brief(text: string) {
  return findings(text).map((f) => [f.ruleId, f.severity, f.path.join('.'), f.stakeholder]);
}

describe('sign-off findings', () => {
  it('finds nothing without sign-offs, and nothing when every sign-off is current and by its owner', () => {
    expect(brief(PORTFOLIO)).toEqual([]);
    const all = withSignoffs(Object.keys(OWNERS).map((stakeholder) => ({ stakeholder })));
    expect(brief(all)).toEqual([]);
    expect(brief(approve(all))).toEqual([]);
  });

  it('signoff/stale: a field the stakeholder reads changed since; a warning at the digest, naming who, when and which version', () => {
    const text = edit(withSignoffs([{ stakeholder: 'legal' }, { stakeholder: 'privacy' }]), ...PRIVACY_CHANGE);
    const found = findings(text);
    expect(found).toEqual([
      {
        ruleId: 'signoff/stale',
        severity: 'warning',
        path: ['signoffs', 1, 'digest'],
        message: 'Privacy sign-off by Sinéad Gallagher on 2026-11-25 (version 2.3.1) is stale: a field the Privacy checklist reads has changed since',
        fix: codeRule('signoff/stale').fix,
        stakeholder: 'privacy',
        line: lineOf(text, '  - { stakeholder: privacy'),
      },
    ]);
  });

  it('signoff/stale leaves the version out of the message when the sign-off names none', () => {
    const text = edit(withSignoffs([{ stakeholder: 'privacy', version: '' }]), ...PRIVACY_CHANGE);
    expect(findings(text)[0]?.message).toBe('Privacy sign-off by Sinéad Gallagher on 2026-11-25 is stale: a field the Privacy checklist reads has changed since');
  });

  it('is not stale when only fields the stakeholder does not read changed', () => {
    const text = withSignoffs([{ stakeholder: 'privacy' }, { stakeholder: 'communications' }]);
    expect(brief(edit(text, 'name: SmileSteps family community', 'name: SmileSteps parents community'))).toEqual([]);
    expect(brief(edit(text, '  version: 2.3.1\n', '  version: 2.4.0\n'))).toEqual([]);
    expect(brief(edit(text, 'responseMinutes: 30', 'responseMinutes: 20'))).toEqual([['signoff/stale', 'warning', 'signoffs.1.digest', 'communications']]);
  });

  it('signoff/stale for a made-up digest, and for an optional stakeholder’s too', () => {
    const text = withSignoffs([{ stakeholder: 'security', digest: `sha256:${'0'.repeat(64)}` }]);
    expect(brief(text)).toEqual([['signoff/stale', 'warning', 'signoffs.0.digest', 'security']]);
  });

  it('signoff/not-owner: a warning at `by`, naming both people', () => {
    const text = withSignoffs([{ stakeholder: 'privacy', by: 'Ethan Park' }]);
    const found = findings(text);
    expect(found).toEqual([
      {
        ruleId: 'signoff/not-owner',
        severity: 'warning',
        path: ['signoffs', 0, 'by'],
        message: 'Privacy sign-off is by Ethan Park, but the strategy names Sinéad Gallagher as the Privacy owner',
        fix: codeRule('signoff/not-owner').fix,
        stakeholder: 'privacy',
        line: lineOf(text, '  - { stakeholder: privacy'),
      },
    ]);
  });

  it.each([['sinéad gallagher'], ['SINÉAD GALLAGHER'], ['  Sinéad Gallagher '], ['Sinéad Gallagher\t']])('compares owners ignoring case and surrounding spaces (%j)', (by) => {
    expect(brief(withSignoffs([{ stakeholder: 'privacy', by }]))).toEqual([]);
  });

  it.each([['Sinead Gallagher'], ['Sinéad'], ['S. Gallagher']])('a different spelling is someone else (%j)', (by) => {
    expect(brief(withSignoffs([{ stakeholder: 'privacy', by }]))).toEqual([['signoff/not-owner', 'warning', 'signoffs.0.by', 'privacy']]);
  });

  // The same name in two Unicode forms (é as one code point, or e + combining accent) reads the same
  // on screen, and the message then says "by Sinéad Gallagher, but the strategy names Sinéad Gallagher".
  it('an owner written in decomposed Unicode (NFD) is the same person', () => {
    expect(brief(withSignoffs([{ stakeholder: 'privacy', by: 'Sinéad Gallagher'.normalize('NFD') }]))).toEqual([]);
  });

  it('has no owner to compare with when the strategy names none for that stakeholder', () => {
    const text = edit(withSignoffs([{ stakeholder: 'hr', by: 'Anyone At All' }]), '  hr: { owner: Monique Fortier, role: VP Employee Relations, email: monique.fortier@alderbrook.example }\n', '');
    expect(brief(text)).toEqual([]);
  });

  it('signoff/no-digest: info at the sign-off itself, and nothing about staleness since nobody can tell', () => {
    const text = edit(withSignoffs([{ stakeholder: 'records', digest: null }]), ...PRIVACY_CHANGE);
    expect(findings(text)).toEqual([
      {
        ruleId: 'signoff/no-digest',
        severity: 'info',
        path: ['signoffs', 0],
        message: 'Records sign-off by Daniel Osei on 2026-11-25 has no digest, so whether it covers the current content is unknown',
        fix: codeRule('signoff/no-digest').fix,
        stakeholder: 'records',
        line: lineOf(text, '  - { stakeholder: records'),
      },
    ]);
    // still info when approved: it is not known to be stale
    expect(brief(approve(text))).toEqual([['signoff/no-digest', 'info', 'signoffs.0', 'records']]);
  });

  it('reports not-owner and stale together for one sign-off', () => {
    const text = edit(withSignoffs([{ stakeholder: 'privacy', by: 'Ethan Park' }]), ...PRIVACY_CHANGE);
    expect(brief(text)).toEqual([
      ['signoff/not-owner', 'warning', 'signoffs.0.by', 'privacy'],
      ['signoff/stale', 'warning', 'signoffs.0.digest', 'privacy'],
    ]);
  });
});

describe('only the latest sign-off counts', () => {
  const stale = `sha256:${'1'.repeat(64)}`;

  it('an old stale sign-off, signed again since, is no finding', () => {
    expect(brief(withSignoffs([{ stakeholder: 'privacy', date: '2026-10-01', digest: stale, by: 'Someone Before' }, { stakeholder: 'privacy', date: '2026-11-20' }]))).toEqual([]);
  });

  it('goes by date, not by place in the list: a newer entry written first still wins', () => {
    expect(brief(withSignoffs([{ stakeholder: 'privacy', date: '2026-11-20' }, { stakeholder: 'privacy', date: '2026-10-01', digest: stale, by: 'Someone Before' }]))).toEqual([]);
    expect(brief(withSignoffs([{ stakeholder: 'privacy', date: '2026-11-20', digest: stale }, { stakeholder: 'privacy', date: '2026-10-01' }]))).toEqual([
      ['signoff/stale', 'warning', 'signoffs.0.digest', 'privacy'],
    ]);
  });

  it('on the same date, the later entry in the list wins', () => {
    expect(brief(withSignoffs([{ stakeholder: 'privacy', digest: stale }, { stakeholder: 'privacy' }]))).toEqual([]);
    expect(brief(withSignoffs([{ stakeholder: 'privacy' }, { stakeholder: 'privacy', digest: stale }]))).toEqual([['signoff/stale', 'warning', 'signoffs.1.digest', 'privacy']]);
  });

  it('judges each stakeholder on their own latest sign-off', () => {
    const text = withSignoffs([
      { stakeholder: 'privacy', date: '2026-11-01', digest: stale },
      { stakeholder: 'legal', date: '2026-11-02', by: 'Ethan Park' },
      { stakeholder: 'privacy', date: '2026-11-03' },
      { stakeholder: 'legal', date: '2026-11-01' },
    ]);
    expect(brief(text)).toEqual([['signoff/not-owner', 'warning', 'signoffs.1.by', 'legal']]);
  });
});

describe('an approved strategy', () => {
  it('makes stale and not-owner errors, and a stale core sign-off also signoff/not-approved at metadata.status', () => {
    const text = approve(edit(withSignoffs([{ stakeholder: 'privacy' }, { stakeholder: 'legal', by: 'Ethan Park' }]), ...PRIVACY_CHANGE));
    const found = findings(text);
    expect(found.map((f) => [f.ruleId, f.severity, f.path.join('.'), f.stakeholder])).toEqual([
      ['signoff/stale', 'error', 'signoffs.0.digest', 'privacy'],
      ['signoff/not-owner', 'error', 'signoffs.1.by', 'legal'],
      ['signoff/not-approved', 'error', 'metadata.status', 'privacy'],
    ]);
    const notApproved = found[2]!;
    expect(notApproved.message).toBe("the strategy is marked approved, but Privacy's latest sign-off is stale");
    expect(notApproved.fix).toBe(codeRule('signoff/not-approved').fix);
    expect(notApproved.line).toBe(lineOf(text, '  status: approved'));
  });

  it('signoff/not-approved for a core stakeholder whose latest sign-off rejects it', () => {
    const text = approve(withSignoffs([{ stakeholder: 'compliance', decision: 'approved', date: '2026-10-01' }, { stakeholder: 'compliance', decision: 'rejected', date: '2026-11-20' }]));
    const found = findings(text);
    expect(found.map((f) => [f.ruleId, f.severity, f.path.join('.'), f.stakeholder])).toEqual([['signoff/not-approved', 'error', 'metadata.status', 'compliance']]);
    expect(found[0]!.message).toBe("the strategy is marked approved, but Compliance's latest sign-off rejects it");
  });

  it('takes an approval after a rejection, and approved-with-conditions, as approval', () => {
    expect(brief(approve(withSignoffs([{ stakeholder: 'compliance', decision: 'rejected', date: '2026-10-01' }, { stakeholder: 'compliance', decision: 'approved', date: '2026-11-20' }])))).toEqual([]);
    expect(brief(approve(withSignoffs([{ stakeholder: 'legal', decision: 'approved-with-conditions' }])))).toEqual([]);
  });

  it('a rejection is no finding while the strategy is still in review', () => {
    expect(brief(withSignoffs([{ stakeholder: 'compliance', decision: 'rejected' }]))).toEqual([]);
  });

  it('only core stakeholders hold approval back: a stale or rejecting Security sign-off is an error, not signoff/not-approved', () => {
    const text = approve(withSignoffs([{ stakeholder: 'security', decision: 'rejected', digest: `sha256:${'2'.repeat(64)}` }]));
    expect(brief(text)).toEqual([['signoff/stale', 'error', 'signoffs.0.digest', 'security']]);
  });

  it('leaves a missing core sign-off to governance: no signoff finding for it', () => {
    expect(brief(approve(withSignoffs([{ stakeholder: 'privacy' }])))).toEqual([]);
  });

  it('every core stakeholder can hold it back, each with its own finding', () => {
    const core = ['privacy', 'compliance', 'legal', 'records', 'communications'];
    const text = approve(withSignoffs(core.map((stakeholder) => ({ stakeholder, decision: 'rejected' }))));
    expect(brief(text)).toEqual(core.map((s) => ['signoff/not-approved', 'error', 'metadata.status', s]));
  });
});
