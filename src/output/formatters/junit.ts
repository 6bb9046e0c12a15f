import type { Diagnostic } from '../../model/diagnostic.js';
import { escapeCharacter, visible, visibleLines } from '../../text/visible.js';
import { repositoryPath } from './artifact-path.js';
import type { Formatter } from './types.js';

/** What XML 1.0 forbids beyond the controls visibleLines() escapes: lone surrogates, U+FFFE and U+FFFF. */
const ILLEGAL = /[^\t\n\r\x20-\uD7FF\uE000-\uFFFD\u{10000}-\u{10FFFF}]/gu;

/**
 * XML text. User text arrives visible() already: a report printed to a CI log must not let it start
 * a line, and XML 1.0 cannot carry most C0 controls even as character references. This pass shows
 * whatever else XML forbids the same way, so the file is always well-formed.
 */
function text(s: string): string {
  return visibleLines(s)
    .replace(ILLEGAL, escapeCharacter)
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;')
    .replace(/'/g, '&apos;');
}

/** As text, and whitespace as character references, which attribute normalisation would otherwise flatten. */
function attr(s: string | number): string {
  return text(String(s)).replace(/\n/g, '&#10;').replace(/\t/g, '&#9;');
}

function details(d: Diagnostic): string {
  return [
    visible(d.message),
    d.path ? `path: ${visible(d.path)}` : '',
    d.rationale ? `rationale: ${visible(d.rationale)}` : '',
    d.fix ? `fix: ${visible(d.fix)}` : '',
    d.reference ? `reference: ${visible(d.reference)}` : '',
  ]
    .filter(Boolean)
    .join('\n');
}

interface Case {
  xml: string;
  failed: boolean;
  skipped: boolean;
}

function testcase(d: Diagnostic, file: string): Case {
  const rule = visible(d.ruleId);
  const name = d.line > 0 ? `${rule} ${file}:${d.line}:${d.column}` : `${rule} ${file}`;
  // The file is the class: the strict schema (junit-10.xsd) has no file attribute on a testcase,
  // and GitLab and Jenkins group and show testcases by classname.
  const open = `    <testcase classname="${attr(file)}" name="${attr(name)}">`;
  if (d.waived) {
    const why = `waived: ${visible(d.waived.reason)} (approved by ${visible(d.waived.approvedBy)}, expires ${visible(d.waived.expires)})`;
    return { xml: `${open}\n      <skipped message="${attr(why)}">${text(details(d))}</skipped>\n    </testcase>\n`, failed: false, skipped: true };
  }
  if (d.severity === 'info') {
    return { xml: `${open}\n      <system-out>${text(details(d))}</system-out>\n    </testcase>\n`, failed: false, skipped: false };
  }
  const failure = `<failure message="${attr(visible(d.message))}" type="${d.severity}">${text(details(d))}</failure>`;
  return { xml: `${open}\n      ${failure}\n    </testcase>\n`, failed: true, skipped: false };
}

/**
 * JUnit XML for CI test reports, valid against the Jenkins xunit plugin's junit-10.xsd (Ant's
 * format, the strictest in use) and read by GitLab, Jenkins and the common parsers: one suite per
 * strategy file (its `file` attribute naming it from the repository root), one testcase per
 * finding with the file as its classname. Errors and warnings are failing testcases; an info
 * finding is a passing testcase with its text in system-out (advice, not a failure); a waived
 * finding is skipped, the waiver in its message; a file-level (line 0) finding is named without a
 * position. A file without failures also gets a passing "valid strategy" testcase, so every file
 * shows up as a suite with a test. Counts of skipped testcases are on each suite, where the schema
 * allows them, not on the root.
 */
export const junit: Formatter = (reports, { workspace }) => {
  let total = 0;
  let failures = 0;
  let suites = '';
  for (const report of reports) {
    const file = visible(repositoryPath(report.file, workspace).path);
    const cases = report.diagnostics.map((d) => testcase(d, visible(repositoryPath(d.file || report.file, workspace).path)));
    const failed = cases.filter((c) => c.failed).length;
    if (failed === 0 && report.valid) {
      cases.push({ xml: `    <testcase classname="${attr(file)}" name="valid strategy"/>\n`, failed: false, skipped: false });
    }
    const skips = cases.filter((c) => c.skipped).length;
    total += cases.length;
    failures += failed;
    suites += `  <testsuite name="${attr(file)}" file="${attr(file)}" tests="${cases.length}" failures="${failed}" errors="0" skipped="${skips}">\n`;
    suites += cases.map((c) => c.xml).join('');
    suites += '  </testsuite>\n';
  }
  return '<?xml version="1.0" encoding="UTF-8"?>\n' + `<testsuites name="socialplan" tests="${total}" failures="${failures}" errors="0">\n` + suites + '</testsuites>\n';
};
