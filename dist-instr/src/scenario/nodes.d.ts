import type { Node } from '../api/types.js';
import { type Problems } from '../api/validation/common.js';
/**
 * Builds Node objects from the scenario's `nodes:` shorthand. Labels get the well-known ones the
 * kubelet sets (kubernetes.io/hostname, kubernetes.io/os, kubernetes.io/arch); allocatable
 * defaults to capacity (no system reservations unless the user gives `allocatable`).
 */
export declare function buildNode(name: string, e: Record<string, unknown>, p: Problems, path: string): Node;
/** Expands one `nodes:` entry: `name:` gives one node; `namePrefix:` with `count:` gives prefix0..prefixN-1. */
export declare function expandNodes(e: unknown, p: Problems, path: string): Node[];
