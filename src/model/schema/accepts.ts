import { acceptsSource } from './accepts-codegen.js';
import { Strategy } from './strategy.js';

/** The source of generated/accepts-strategy.ts, which `npm run build` writes (scripts/generate.mjs). */
export function strategyAcceptsSource(): string {
  return acceptsSource(Strategy, 'acceptsStrategy', 'npm run build');
}
