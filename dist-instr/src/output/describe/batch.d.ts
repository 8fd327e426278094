import type { KubeObject } from '../../api/types.js';
import { type DescribeContext } from './context.js';
/** describe.go describeJob. */
export declare function describeJob(job: KubeObject, ctx: DescribeContext): string;
/** describe.go describeCronJob (kubectl 1.34: no Time Zone line) and describeJobTemplate. */
export declare function describeCronJob(cj: KubeObject, ctx: DescribeContext): string;
