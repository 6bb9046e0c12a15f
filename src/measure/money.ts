/** Rounding happens here and only here, once, when a figure is shown. */
export function roundTo(value: number, decimals: number): number {
  const factor = 10 ** decimals;
  // toPrecision first strips the binary noise (1.005 * 100 = 100.49999...); halves then round away from
  // zero, so -12.25 % and 12.25 % show as -12.3 % and 12.3 %.
  const scaled = Number((Math.abs(value) * factor).toPrecision(15));
  const rounded = (Math.sign(value) * Math.round(scaled)) / factor;
  return rounded === 0 ? 0 : rounded;
}

export function money(value: number, currency: string | undefined): string {
  const rounded = roundTo(value, 0);
  const digits = Math.abs(rounded).toLocaleString('en-US', { maximumFractionDigits: 0 });
  return `${rounded < 0 ? '-' : ''}${currency ? `${currency} ` : ''}${digits}`;
}

export function percent(value: number | null): string {
  return value === null ? 'n/a' : `${roundTo(value, 1).toFixed(1)}%`;
}

export function month(value: number | null, horizon: number): string {
  return value === null ? `not within ${horizon} months` : `month ${value}`;
}
