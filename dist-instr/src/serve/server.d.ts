import { type Server } from 'node:http';
import type { Pacer } from './clock.js';
import { type ServeContext } from './context.js';
export interface ServeOptions {
    readonly host: string;
    readonly port: number;
    /** Bearer token every request must carry (required for a non-loopback address). */
    readonly token?: string;
    /** Wall milliseconds between clock ticks. */
    readonly tickMs?: number;
}
export interface RunningServer {
    readonly server: Server;
    readonly url: string;
    /** Stops the clock, ends every watch and closes the server. */
    close(): Promise<void>;
}
/**
 * The HTTP edge of `kubesim serve` (node:http): authentication, body limits, routing, and a
 * Status object for every refusal, never a stack trace. The clock ticks on a wall timer.
 */
export declare function startServer(ctx: ServeContext, pacer: Pacer, opts: ServeOptions): Promise<RunningServer>;
