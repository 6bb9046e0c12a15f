import type { Finding } from './diagnostic.js';
import type { Strategy } from './schema/strategy.js';

/**
 * Money is exact to the cent (src/measure/exact.ts): an amount has at most two decimal places. Up to the
 * schema's 1e13, a double keeps every cent of such an amount, so the figure the tool computes with is the
 * figure written. An amount with a third decimal is refused rather than rounded without a word.
 */
export function checkAmounts(strategy: Strategy): Finding[] {
  const findings: Finding[] = [];
  strategy.initiatives.forEach((initiative, i) => {
    for (const side of ['costs', 'benefits'] as const) {
      initiative.roi?.[side]?.forEach((flow, j) => {
        if (/^\d+(\.\d{1,2})?$/.test(String(flow.amount))) return;
        findings.push({
          ruleId: 'schema/amount-cents',
          severity: 'error',
          path: ['initiatives', i, 'roi', side, j, 'amount'],
          message: `amount ${String(flow.amount)} has more than two decimal places; money is kept to the cent`,
          fix: 'Write the amount in the currency to the cent, such as 1234.56.',
        });
      });
    }
  });
  return findings;
}
