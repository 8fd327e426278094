import type { KubeObject } from '../../api/types.js';
import { type DescribeContext } from './context.js';
/** describe.go describeDeployment; old and new ReplicaSets as deploymentutil.GetAllReplicaSets finds them. */
export declare function describeDeployment(d: KubeObject, ctx: DescribeContext): string;
/** describe.go describeReplicaSet. */
export declare function describeReplicaSet(rs: KubeObject, ctx: DescribeContext): string;
/** describe.go describeStatefulSet (kubectl 1.34) and describeVolumeClaimTemplates. */
export declare function describeStatefulSet(ss: KubeObject, ctx: DescribeContext): string;
/** describe.go describeDaemonSet. */
export declare function describeDaemonSet(ds: KubeObject, ctx: DescribeContext): string;
