import type { ExpectationResult } from './evaluate.js';
export interface SuiteResult {
    readonly file: string;
    /** Set when the scenario could not be loaded or judged (bad input): one errored test case. */
    readonly error?: string;
    readonly results: readonly ExpectationResult[];
    readonly ms: number;
}
/** JUnit XML (the Ant/Jenkins schema CI systems read): one testsuite per scenario, one testcase per expectation. */
export declare function junitXml(suites: readonly SuiteResult[]): string;
