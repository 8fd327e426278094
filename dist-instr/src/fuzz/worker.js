import { applyCase } from './materialize.js';
import { buildSetup } from './plugins.js';
import { runDoc } from './runCase.js';
let cached;
/** Runs a slice of cases; the setup (plugins, invariants) is built once per thread. */
export async function runCases(task) {
    const key = JSON.stringify(task.setup);
    if (!cached || cached.key !== key)
        cached = { key, setup: buildSetup(task.setup) };
    const setup = await cached.setup;
    return task.cases.map(([index, c]) => {
        const r = runDoc(applyCase(task.base, c), 'fuzz-case.yaml', setup, undefined, true);
        return { index, violations: r.violations, coverage: r.coverage };
    });
}
/** piscina's entry point. */
export default runCases;
