/**
 * kubectl describe of Services, ConfigMaps and Namespaces (kubectl 1.34 pkg/describe/describe.go:
 * describeService, ConfigMapDescriber, describeNamespace with DescribeResourceQuotas and
 * DescribeLimitRanges).
 */
import type { KubeObject } from '../../api/types.js';
import { type DescribeContext } from './context.js';
/** describe.go describeService, over the Service as the API server stores it (defaults applied). */
export declare function describeService(svc: KubeObject, ctx: DescribeContext): string;
/** ConfigMapDescriber: Data with each key's value under `----`, BinaryData as byte counts, keys sorted. */
export declare function describeConfigMap(cm: KubeObject, ctx: DescribeContext): string;
/** describeNamespace: Name, Labels, Annotations, Status, conditions, then its quotas and limit ranges. */
export declare function describeNamespace(ns: KubeObject, ctx: DescribeContext): string;
