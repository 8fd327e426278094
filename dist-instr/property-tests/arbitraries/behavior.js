import fc from 'fast-check';
/** A behaviour rule for pods labelled `app: name`: start delay, and maybe an exit after a while. */
export const behaviorRule = (name) => fc.record({
    startDelay: fc.integer({ min: 0, max: 30 }).map((s) => `${s}s`),
    exit: fc.option(fc.record({ after: fc.integer({ min: 1, max: 300 }), code: fc.constantFrom(0, 1, 137) }), { nil: undefined }),
}).map(({ startDelay, exit }) => ({ match: { labels: { app: name } }, startDelay, ...(exit ? { exitAfter: `${exit.after}s`, exitCode: exit.code } : {}) }));
