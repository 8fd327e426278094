import type { Command } from 'commander';
import type { SchedulingAttemptExplained } from '../../events/index.js';
/** One attempt as text: feasible nodes by total score (raw -> normalised x weight per plugin), then rejected nodes. */
export declare function explainAttempt(e: SchedulingAttemptExplained): string;
export declare function registerExplain(program: Command): void;
