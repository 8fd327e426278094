import fc from 'fast-check';

// CI draws a seed and prints it; FC_SEED=<n> replays a failure, FC_NUM_RUNS widens a run
// (npm run test:fuzz). Failures print { seed, path } through fast-check's own report.
const seed = process.env.FC_SEED ? Number(process.env.FC_SEED) : undefined;
const numRuns = process.env.FC_NUM_RUNS ? Number(process.env.FC_NUM_RUNS) : undefined;
fc.configureGlobal({
  ...(seed === undefined ? {} : { seed }),
  ...(numRuns === undefined ? {} : { numRuns }),
  interruptAfterTimeLimit: 45_000,
  // A property that runs out of time fails: a slow law must not pass by checking fewer cases.
  markInterruptAsFailure: true,
});
