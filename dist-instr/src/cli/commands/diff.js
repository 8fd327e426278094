import { replay } from '../../engine/replay.js';
import { diffText, firstDivergence, stateDiff } from '../../output/diff/diff.js';
import { CliError, durationOption, fail } from '../io.js';
import { readLog } from './replay.js';
export function registerDiff(program) {
    program
        .command('diff')
        .description('compare two logs: the first fact where they diverge, and how the cluster state differs (objects and field ' +
        'paths)')
        .argument('<a>', 'a log written by kubesim run --log')
        .argument('<b>', 'another log')
        .option('--at <duration>', 'compare the states at this virtual time (default: the later end of the two logs)')
        .action((fa, fb, o) => {
        try {
            const a = readLog(fa), b = readLog(fb);
            const endOf = (l) => (l.events.length ? l.events[l.events.length - 1].at : 0);
            const end = Math.max(endOf(a), endOf(b));
            const at = o.at !== undefined ? durationOption(o.at, '--at') : end;
            if (at > end)
                throw new CliError(`--at ${o.at}: past the end of both logs (the later ends at ${end} ms)`);
            const d = firstDivergence(a.events, b.events);
            const objects = stateDiff(replay(a.events, at), a.events, replay(b.events, at), b.events);
            process.stdout.write(diffText({ a: fa, b: fb }, d, objects, at));
            process.exitCode = d || objects.length ? 1 : 0;
        }
        catch (err) {
            fail(err);
        }
    });
}
