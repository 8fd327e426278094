import { runInflation } from './inflation.js';
import { openbInput } from './openbInput.js';
let cached;
/** Runs one (policy, seed); the trace is parsed once per thread. */
export function runTask(t) {
    const key = `${t.pods.file}\n${t.nodes.file}\n${t.pods.text.length}`;
    if (!cached || cached.key !== key)
        cached = { key, input: openbInput({ chunks: [t.pods.text], file: t.pods.file }, { chunks: [t.nodes.text], file: t.nodes.file }) };
    return runInflation(cached.input, t.policy, t.seed);
}
/** piscina's entry point. */
export default runTask;
