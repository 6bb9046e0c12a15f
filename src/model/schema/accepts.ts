import { acceptsSource } from './accepts-codegen.js';
import { Strategy } from './strategy.js';

/** The source of src/model/schema/accepts.generated.ts, which `npm run docs:write` writes and a test keeps in step. */
export function strategyAcceptsSource(): string {
  return acceptsSource(Strategy, 'acceptsStrategy', 'npm run docs:write');
}
