import type { Command } from 'commander';
export declare function registerDiff(program: Command): void;
