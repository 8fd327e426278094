import type { Command } from 'commander';
export declare function registerClock(program: Command): void;
