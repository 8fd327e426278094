import { benches as engineBenches } from './engine.bench.js';
import { benches as kubeletBenches } from './kubelet.bench.js';
import { benches as schedulerBenches } from './scheduler.bench.js';
import { benches as controllersBenches } from './controllers.bench.js';
import { benches as validationBenches } from './validation.bench.js';
import { benches as fuzzBenches } from './fuzz.bench.js';
import { benches as fuzzOpsBenches } from './fuzzOps.bench.js';
import { benches as batchBenches } from './batch.bench.js';
import { benches as traceTimedBenches } from './traceTimed.bench.js';
import { benches as reportBenches } from './report.bench.js';
import { benches as gpuSharingBenches } from './gpuSharing.bench.js';
import { benches as serveBenches } from './serve.bench.js';
import { benches as gcdaBenches } from './gcda.bench.js';
import { benches as replayAtBenches } from './replayAt.bench.js';
import { benches as scaleBenches } from './scale.bench.js';
import { benches as rxjsBenches } from './rxjs.bench.js';
/** Every benchmark module, in a fixed order. Add a module's `benches` here. */
// The engine group runs last: its 150,000-pod pipeline sets the process's peak RSS, which would
// otherwise show up in every later benchmark's peak_rss_mb.
const ALL = [
    ...kubeletBenches,
    ...schedulerBenches,
    ...controllersBenches,
    ...validationBenches,
    ...fuzzBenches,
    ...fuzzOpsBenches,
    ...batchBenches,
    ...traceTimedBenches,
    ...reportBenches,
    ...gpuSharingBenches,
    ...serveBenches,
    ...gcdaBenches,
    ...replayAtBenches,
    ...scaleBenches,
    ...rxjsBenches,
    ...engineBenches,
];
const groups = process.argv.slice(2);
const selected = groups.length ? ALL.filter((b) => groups.includes(b.group) || groups.includes(b.name)) : ALL;
const summary = {};
for (const b of selected) {
    const r = await b.run();
    for (const line of r.lines)
        process.stdout.write(`${JSON.stringify({ ...line, node: process.version })}\n`);
    Object.assign(summary, r.metrics);
}
// The last line: one flat object of metric name -> number, for mechanical comparison across commits.
process.stdout.write(`${JSON.stringify(summary)}\n`);
