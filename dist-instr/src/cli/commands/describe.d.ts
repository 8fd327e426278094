import type { Command } from 'commander';
export declare function registerDescribe(program: Command): void;
