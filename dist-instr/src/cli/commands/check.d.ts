import type { Command } from 'commander';
import { type ExpectationResult } from '../../check/evaluate.js';
/**
 * Scenario files under a folder (recursively, sorted, each real file once): YAML files whose kind
 * is Scenario. A link loop, a dangling link or an unreadable file is bad input (exit 2).
 */
export declare function scenarioFiles(dir: string): string[];
/** The readable report of one failed expectation. */
export declare function failureLines(r: ExpectationResult): string[];
export declare function registerCheck(program: Command): void;
