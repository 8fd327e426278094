import type { KubeObject } from '../../api/types.js';
import { type DescribeContext } from './context.js';
/** describe.go describeHorizontalPodAutoscalerV2. */
export declare function describeHPA(hpa: KubeObject, ctx: DescribeContext): string;
/** describe.go describePodDisruptionBudgetV1. */
export declare function describePDB(pdb: KubeObject, ctx: DescribeContext): string;
