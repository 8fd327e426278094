/**
 * How many cases a property checks: its own bounded count in `npm test`, or FC_NUM_RUNS when set
 * (`npm run test:fuzz` widens every property; an explicit numRuns would otherwise win over the
 * global setting in setup.ts).
 */
export const runs = (n: number): number => (process.env.FC_NUM_RUNS ? Number(process.env.FC_NUM_RUNS) : n);
