import { formatDuration } from '../../api/time.js';
import { CliError, fail } from '../io.js';
import { readLog } from './replay.js';
/** Renders rows as aligned columns. */
function table(rows) {
    const widths = rows[0].map((_, i) => Math.max(...rows.map((r) => (r[i] ?? '').length)));
    return rows.map((r) => r.map((c, i) => (i === r.length - 1 ? c : c.padEnd(widths[i]))).join('  ')).join('\n');
}
/** One attempt as text: feasible nodes by total score (raw -> normalised x weight per plugin), then rejected nodes. */
export function explainAttempt(e) {
    const head = `Attempt ${e.attempt} at ${formatDuration(e.at)}: ` +
        (`${e.selected ? `bound to ${e.selected}` : 'no node'} (${e.evaluated} of ${e.totalNodes} nodes filtered, ` +
            `profile ${e.profile})`);
    const feasible = e.nodes.filter((n) => n.verdict === 'Feasible').sort((a, b) => (b.total ?? 0) - (a.total ?? 0)
        || a.node.localeCompare(b.node));
    const rejected = e.nodes.filter((n) => n.verdict !== 'Feasible');
    const plugins = [...new Set(feasible.flatMap((n) => Object.keys(n.scores ?? {})))];
    const out = [e.nominated ? `${head}\npreemption: nominated ${e.nominated}, evicting ${(e.victims ?? []).join(', ')}`
            : head];
    if (feasible.length) {
        const rows = [['NODE', ...plugins.map((p) => `${p} (raw>norm*w)`), 'TOTAL']];
        for (const n of feasible) {
            rows.push([`${n.node === e.selected ? '*' : ' '}${n.node}`,
                ...plugins.map((p) => { const s = n.scores?.[p]; return s ? `${s[0]}>${s[1]}=${s[2]}` : '-'; }),
                String(n.total ?? '')]);
        }
        out.push(table(rows));
    }
    if (rejected.length) {
        const rows = [['NODE', 'FILTER', 'REASON']];
        for (const n of rejected)
            rows.push([n.node, n.plugin ?? '', n.verdict]);
        out.push(table(rows));
    }
    return out.join('\n\n');
}
export function registerExplain(program) {
    program
        .command('explain')
        .description('show why the scheduler placed a pod: per attempt, each node\'s filter verdict and each plugin\'s scores (needs '
        +
            'a log from run --explain-scheduling)')
        .argument('<kind>', 'pod')
        .argument('<name>', 'pod name, or namespace/name')
        .requiredOption('--log <file>', 'a log written by kubesim run --explain-scheduling --log FILE')
        .option('--attempt <n>', 'only this attempt (1-based)')
        .action((kind, name, o) => {
        try {
            if (kind !== 'pod' && kind !== 'pods' && kind !== 'po')
                throw new CliError(`explain: only pods can be explained, got ${kind}`);
            const key = name.includes('/') ? name : `default/${name}`;
            const log = readLog(o.log);
            const attempts = log.events.filter((e) => e.type === 'SchedulingAttemptExplained' && e.pod === key);
            if (attempts.length === 0) {
                const any = log.events.some((e) => e.type === 'SchedulingAttemptExplained');
                throw new CliError(any ? `${o.log}: no scheduling attempt for pod ${key}`
                    : `${o.log}: no explained attempts; run with kubesim run --explain-scheduling --log ${o.log}`);
            }
            const want = o.attempt !== undefined ? Number(o.attempt) : undefined;
            if (want !== undefined && (!Number.isInteger(want) || want < 1))
                throw new CliError(`--attempt: must be a positive integer, got ${o.attempt}`);
            const shown = want !== undefined ? attempts.filter((a) => a.attempt === want) : attempts;
            if (shown.length === 0)
                throw new CliError(`--attempt ${want}: pod ${key} had ${attempts.length} attempt(s)`);
            process.stdout.write(`${shown.map(explainAttempt).join('\n\n')}\n`);
        }
        catch (err) {
            fail(err);
        }
    });
}
