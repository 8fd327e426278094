import type { KubeObject } from '../../api/types.js';
import type { DescribeContext } from './context.js';
import { DescribeWriter } from './writer.js';
/**
 * What every object describer of describe.go does around its own lines: tabbedString over a
 * prefix writer, the head (Name, Namespace, CreationTimestamp when `created`), then, last, the
 * object's Events (DescribeEvents).
 */
export declare function describeObject(o: KubeObject, ctx: DescribeContext, created: boolean, body: (w: DescribeWriter) => void): string;
