import { stringify } from 'yaml';
import { withComponents } from '../engine/components.js';
import { runScenario } from '../engine/run.js';
import { RunStopped } from '../engine/simulation.js';
import { InvariantChecker } from '../invariants/checker.js';
import { loadScenario } from '../scenario/load.js';
import { coverageOf, storyOf } from './coverage.js';
/** Scenario documents are written as YAML with this layout, so a counterexample reads well. */
export const toYaml = (doc) => stringify(doc, { lineWidth: 0, flowCollectionPadding: false });
/**
 * Runs one scenario document: written to YAML, loaded as the file `file` (the same loader and
 * the same engine entry point as `kubesim run`, so the log is the one `kubesim run file` writes)
 * and watched by the invariant checker. `untilDecided`: stop at the first violation (its log is cut
 * there, and end-of-run laws are not judged), for a search that only asks whether the case fails.
 */
export function runDoc(doc, file, setup, writeLog, untilDecided = false) {
    const text = toYaml(doc);
    const { scenario } = loadScenario(file, { read: (p) => {
            if (p !== file)
                throw new Error(`no file ${p}`);
            return text;
        }, resolve: (_from, rel) => rel });
    const checker = new InvariantChecker(setup.invariants);
    let r;
    try {
        r = runScenario(scenario, {
            components: withComponents(setup.components ?? []),
            options: setup.options ?? RUN_OPTIONS,
            attach: (sim) => checker.observe(sim),
            ...(writeLog ? { writeLog } : {}),
            // A search only asks whether the case fails: the run stops at its first violation.
            ...(untilDecided ? { watch: () => (checker.violations.length > 0 ? DECIDED : undefined) } : {}),
        });
    }
    catch (err) {
        if (!(err instanceof RunStopped) || err.reason !== DECIDED)
            throw err;
        const violations = [...checker.violations];
        return { violations, logHash: '', events: err.events, coverage: coverageOf(checker.history),
            story: storyOf(checker.history, violations) };
    }
    const violations = checker.finish();
    return { violations, logHash: r.logHash, events: r.events, coverage: coverageOf(checker.history),
        story: storyOf(checker.history, violations) };
}
const DECIDED = 'decided: an invariant broke';
/** The Simulation options `kubesim run` passes by default. */
export const RUN_OPTIONS = { explainScheduling: false };
