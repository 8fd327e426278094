import { readKubeconfig } from '../../serve/kubeconfig.js';
import { CliError, fail, readText } from '../io.js';
const USAGE = 'get | pause | resume | step DURATION | until TIME | quiet [WINDOW] | speed N|max';
/** The clock request body for `kubesim clock ACTION [ARG]`. */
function body(action, arg) {
    switch (action) {
        case 'get': return undefined;
        case 'pause':
        case 'resume': return { action };
        case 'step':
            if (!arg)
                throw new CliError('step needs a duration, e.g. kubesim clock step 30s');
            return { action,
                duration: arg };
        case 'until':
            if (!arg)
                throw new CliError('until needs a virtual time, e.g. kubesim clock until 10m');
            return {
                action: 'runUntil', time: arg
            };
        case 'quiet': return { action, ...(arg ? { duration: arg } : {}) };
        case 'speed':
            if (!arg)
                throw new CliError('speed needs a number or max');
            return { action, speed: arg === 'max'
                    ? 'max' : Number(arg) };
        default: throw new CliError(`unknown clock action ${JSON.stringify(action)} (${USAGE})`);
    }
}
export function registerClock(program) {
    program
        .command('clock')
        .description(`read or drive the virtual clock of a kubesim serve: ${USAGE}`)
        .argument('[action]', 'get (default), pause, resume, step, until, quiet, speed', 'get')
        .argument('[arg]', 'duration, time or speed for the action')
        .option('--kubeconfig <file>', 'kubeconfig written by kubesim serve --kubeconfig', process.env.KUBECONFIG)
        .option('--server <url>', 'server URL instead of a kubeconfig')
        .option('--token <token>', 'bearer token')
        .action(async (action, arg, o) => {
        try {
            const b = body(action, arg);
            let server = o.server, token = o.token;
            if (!server) {
                if (!o.kubeconfig)
                    throw new CliError('give --kubeconfig FILE (or KUBECONFIG) or --server URL');
                const k = readKubeconfig(readText(o.kubeconfig));
                server = k.server;
                token ??= k.token;
            }
            const res = await fetch(`${server}/apis/kubesim.io/v1/clock`, {
                method: b ? 'POST' : 'GET', headers: { 'Content-Type': 'application/json',
                    ...(token ? { Authorization: `Bearer ${token}` } : {}) },
                ...(b ? { body: JSON.stringify(b) } : {}),
            }).catch((e) => { throw new CliError(`cannot reach ${server}: ${e.message}`); });
            const json = await res.json();
            if (!res.ok)
                throw new CliError(`${res.status}: ${json.message ?? 'request refused'}`);
            process.stdout.write(`${json.status?.elapsed} (${json.status?.date}) ${json.spec?.paused ? 'paused' : `running at speed ` +
                `${String(json.spec?.speed)}`}, ${json.status?.mode}\n`);
        }
        catch (err) {
            fail(err);
        }
    });
}
