import type { Command } from 'commander';
/**
 * `kubesim trace import FORMAT FILE... -o DIR`: checks every row of the trace files (each bad
 * one named file:line:column, exit 2) and writes DIR/scenario.yaml, whose `trace:` key reads
 * those files directly during the run. Nothing is expanded into YAML.
 */
export declare function registerTrace(program: Command): void;
