import type { Container, ContainerStatus, PodTemplateSpec, Probe, Volume } from '../../api/types.js';
import { type DescribeWriter } from './writer.js';
/**
 * A quantity as Quantity.String() prints it: exact to the nano unit while that fits a double
 * (below 9e6 units), else in whole units (memory, storage).
 */
export declare function quantityString(q: string | number): string;
/** describe.go DescribeProbe (kubectl 1.34): `exec [cat /tmp/healthy] delay=5s timeout=1s ... #failure=3`. */
export declare function probeLine(p: Probe): string;
/** describe.go describeContainers (basic info, command, state, resources, probes, env, mounts). */
export declare function describeContainers(w: DescribeWriter, label: string, containers: readonly Container[], statuses: readonly ContainerStatus[] | undefined, space: string, fieldValue?: (path: string) => string): void;
/** describe.go describeVolumes and the print*VolumeSource functions of the volume kinds kubesim reads. */
export declare function describeVolumes(w: DescribeWriter, volumes: readonly Volume[] | undefined, space: string): void;
/** describe.go describeTopologySpreadConstraints, sorted by topology key. */
export declare function describeTopologySpread(w: DescribeWriter, spec: PodTemplateSpec['spec'], space: string): void;
/** describe.go DescribePodTemplate. */
export declare function describePodTemplate(w: DescribeWriter, template: PodTemplateSpec | undefined): void;
