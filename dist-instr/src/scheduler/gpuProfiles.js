import { gpuNames } from './plugins/names.js';
/** The paper's policies by the short names `bench --compare` and `--scheduler` take, and their Score plugin. */
export const GPU_POLICIES = {
    random: gpuNames.RandomScore,
    dotprod: gpuNames.DotProductScore,
    clustering: gpuNames.GpuClusteringScore,
    packing: gpuNames.GpuPackingScore,
    bestfit: gpuNames.BestFitScore,
    fgd: gpuNames.FGDScore,
};
export const isGpuPolicy = (s) => Object.prototype.hasOwnProperty.call(GPU_POLICIES, s);
/**
 * A KubeSchedulerConfiguration as the artifact's generate_config_and_run.py writes it for one
 * policy: the default filters plus Open-Gpu-Share, and the policy as the only Score plugin
 * (every default score disabled); percentageOfNodesToScore 100, so every feasible node is scored.
 * Without a policy: the default profile with Open-Gpu-Share added (`gpu-share`).
 */
export function gpuProfileConfig(policy, policyArgs) {
    const gpu = [{ name: gpuNames.GpuShare }];
    if (!policy)
        return { profiles: [{ plugins: { preFilter: { enabled: gpu }, filter: { enabled: gpu } } }] };
    const name = GPU_POLICIES[policy];
    const withPreScore = policy === 'random' || policy === 'fgd';
    return {
        percentageOfNodesToScore: 100,
        profiles: [{
                plugins: {
                    preFilter: { enabled: gpu },
                    filter: { enabled: gpu },
                    preScore: { disabled: [{ name: '*' }], enabled: withPreScore ? [{ name }] : [] },
                    score: { disabled: [{ name: '*' }], enabled: [{ name, weight: 1 }] },
                },
                ...(policyArgs === undefined ? {} : { pluginConfig: [{ name, args: policyArgs }] }),
            }],
    };
}
