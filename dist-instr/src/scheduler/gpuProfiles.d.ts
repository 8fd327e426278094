/** The paper's policies by the short names `bench --compare` and `--scheduler` take, and their Score plugin. */
export declare const GPU_POLICIES: {
    readonly random: "RandomScore";
    readonly dotprod: "DotProductScore";
    readonly clustering: "GpuClusteringScore";
    readonly packing: "GpuPackingScore";
    readonly bestfit: "BestFitScore";
    readonly fgd: "FGDScore";
};
export type GpuPolicy = keyof typeof GPU_POLICIES;
export declare const isGpuPolicy: (s: string) => s is GpuPolicy;
/**
 * A KubeSchedulerConfiguration as the artifact's generate_config_and_run.py writes it for one
 * policy: the default filters plus Open-Gpu-Share, and the policy as the only Score plugin
 * (every default score disabled); percentageOfNodesToScore 100, so every feasible node is scored.
 * Without a policy: the default profile with Open-Gpu-Share added (`gpu-share`).
 */
export declare function gpuProfileConfig(policy?: GpuPolicy, policyArgs?: unknown): {
    profiles: {
        plugins: {
            preFilter: {
                enabled: {
                    name: "Open-Gpu-Share";
                }[];
            };
            filter: {
                enabled: {
                    name: "Open-Gpu-Share";
                }[];
            };
        };
    }[];
    percentageOfNodesToScore?: undefined;
} | {
    percentageOfNodesToScore: number;
    profiles: {
        pluginConfig?: {
            name: "RandomScore" | "DotProductScore" | "GpuClusteringScore" | "GpuPackingScore" | "BestFitScore" | "FGDScore";
            args: {} | null;
        }[] | undefined;
        plugins: {
            preFilter: {
                enabled: {
                    name: "Open-Gpu-Share";
                }[];
            };
            filter: {
                enabled: {
                    name: "Open-Gpu-Share";
                }[];
            };
            preScore: {
                disabled: {
                    name: string;
                }[];
                enabled: {
                    name: "RandomScore" | "DotProductScore" | "GpuClusteringScore" | "GpuPackingScore" | "BestFitScore" | "FGDScore";
                }[];
            };
            score: {
                disabled: {
                    name: string;
                }[];
                enabled: {
                    name: "RandomScore" | "DotProductScore" | "GpuClusteringScore" | "GpuPackingScore" | "BestFitScore" | "FGDScore";
                    weight: number;
                }[];
            };
        };
    }[];
};
