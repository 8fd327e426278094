/**
 * The shape of a KubeSchedulerConfiguration's profiles, checked before buildProfiles reads them:
 * a null profile or a plugin list that is not a list is a problem naming its path (found by the
 * front-door fuzz tests: `profiles: [null]` was an internal error). The Go types are
 * k8s.io/kube-scheduler config/v1 KubeSchedulerProfile, Plugins, PluginSet, Plugin, PluginConfig.
 */
const isObj = (v) => typeof v === 'object' && v !== null && !Array.isArray(v);
function pluginList(v, at, problems) {
    if (v === undefined || v === null)
        return;
    if (!Array.isArray(v)) {
        problems.push(`${at}: must be a list of {name, weight?}`);
        return;
    }
    v.forEach((p, i) => {
        if (!isObj(p) || typeof p.name !== 'string')
            problems.push(`${at}[${i}]: must be {name: string, weight?: integer}`);
        else if (p.weight !== undefined && typeof p.weight !== 'number')
            problems.push(`${at}[${i}].weight: must be an integer in 1..100, got ${JSON.stringify(p.weight)}`);
    });
}
export function profileShapeProblems(profiles) {
    const problems = [];
    if (profiles === undefined || profiles === null)
        return problems;
    if (!Array.isArray(profiles))
        return ['scheduler.profiles: must be a list of profiles'];
    profiles.forEach((pc, pi) => {
        const at = `scheduler.profiles[${pi}]`;
        if (!isObj(pc)) {
            problems.push(`${at}: must be a profile (a mapping with schedulerName, plugins, pluginConfig)`);
            return;
        }
        if (pc.schedulerName !== undefined && typeof pc.schedulerName !== 'string')
            problems.push(`${at}.schedulerName: must be a string`);
        if (pc.plugins !== undefined && pc.plugins !== null) {
            if (!isObj(pc.plugins))
                problems.push(`${at}.plugins: must be a mapping of extension points`);
            else
                for (const [point, set] of Object.entries(pc.plugins)) {
                    if (set === null || set === undefined)
                        continue;
                    if (!isObj(set)) {
                        problems.push(`${at}.plugins.${point}: must be {enabled?, disabled?}`);
                        continue;
                    }
                    pluginList(set.enabled, `${at}.plugins.${point}.enabled`, problems);
                    pluginList(set.disabled, `${at}.plugins.${point}.disabled`, problems);
                }
        }
        if (pc.pluginConfig !== undefined && pc.pluginConfig !== null) {
            if (!Array.isArray(pc.pluginConfig))
                problems.push(`${at}.pluginConfig: must be a list of {name, args}`);
            else
                pc.pluginConfig.forEach((c, i) => {
                    if (!isObj(c)
                        || typeof c.name !== 'string')
                        problems.push(`${at}.pluginConfig[${i}]: must be {name: string, args: {...}}`);
                });
        }
    });
    return problems;
}
