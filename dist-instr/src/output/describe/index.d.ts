import type { ClusterEvent } from '../../events/index.js';
import { type ClusterState } from '../../reducers/state.js';
/** The kinds `kubesim describe` knows. */
export declare const DESCRIBABLE: string[];
/** What kubectl would print, and its exit code. */
export interface DescribeResult {
    readonly stdout: string;
    readonly stderr: string;
    readonly exitCode: number;
}
/**
 * `kubectl describe KIND NAME` against the state at one instant (kubectl describe.go's
 * describers, kubectl 1.34), with the Events recorded from the facts up to that instant.
 */
export declare function kubectlDescribe(state: ClusterState, facts: readonly ClusterEvent[], kind: string, name: string, namespace?: string): DescribeResult;
