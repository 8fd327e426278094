import { DESCRIBABLE, kubectlDescribe } from '../../output/describe/index.js';
import { fail } from '../io.js';
import { logAt } from './get.js';
export function registerDescribe(program) {
    program
        .command('describe')
        .description('show one object as `kubectl describe` would, from a log (at its end or at any virtual time)')
        .argument('<kind>', DESCRIBABLE.join(', '))
        .argument('<name>', 'the object name')
        .requiredOption('--log <file>', 'a log written by kubesim run --log')
        .option('--at <duration>', 'the state at this virtual time (e.g. 5m); past the log\'s end is refused')
        .option('-n, --namespace <ns>', 'namespace', 'default')
        .action((kind, name, o) => {
        try {
            const { log, state } = logAt(o.log, o.at);
            const r = kubectlDescribe(state, log.events, kind, name, o.namespace);
            process.stdout.write(r.stdout);
            process.stderr.write(r.stderr);
            if (r.exitCode)
                process.exitCode = r.exitCode;
        }
        catch (err) {
            fail(err);
        }
    });
}
