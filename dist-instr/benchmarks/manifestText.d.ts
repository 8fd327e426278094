/** A manifest file of `n` documents cycling through Deployment, StatefulSet, CronJob, ConfigMap and Pod, as YAML text. */
export declare function manifestText(n: number, prefix?: string): string;
