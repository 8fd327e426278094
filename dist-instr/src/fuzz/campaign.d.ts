import type { Coverage } from './coverage.js';
import type { FuzzReport } from './fuzz.js';
import { caseSize } from './materialize.js';
/** The campaign report as data: `kubesim fuzz` writes it to summary.json and prints it with --output json. */
export interface CampaignReport {
    readonly seed: number;
    readonly runs: number;
    readonly shard: {
        readonly index: number;
        readonly count: number;
    };
    readonly casesRun: number;
    readonly casesFailed: number;
    readonly failures: FuzzReport['failures'];
    readonly firstBroken?: {
        readonly invariant: string;
        readonly case: number;
        readonly at: number;
        readonly message: string;
    };
    readonly counterexample?: {
        readonly path: string;
        readonly shrinks: number;
        readonly firstCaseOps: number;
        readonly ops: number;
        readonly size: ReturnType<typeof caseSize>;
        readonly story: readonly string[];
        readonly violations: readonly {
            invariant: string;
            at: number;
            message: string;
        }[];
        readonly scenario?: string;
        readonly log?: string;
    };
    readonly coverage: {
        readonly faults: Coverage['kinds'];
        readonly operations: Coverage['kinds'];
        readonly transitions: Coverage['transitions'];
    };
    /** Kinds asked for that never found a target, with the first reason. */
    readonly noTarget: readonly {
        readonly kind: string;
        readonly reason: string;
    }[];
    /** True when no fault or operation found anything to aim at in any case. */
    readonly nothingToAimAt: boolean;
}
/** Builds the campaign report from a fuzz report (and where the counterexample was written). */
export declare function campaignReport(r: FuzzReport, written?: {
    scenario: string;
    log: string;
}): CampaignReport;
/** The campaign report as text lines (what `kubesim fuzz` prints after the counterexample). */
export declare function campaignText(c: CampaignReport): string[];
