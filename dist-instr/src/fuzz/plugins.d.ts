import type { ComponentFactory } from '../engine/simulation.js';
import { InvariantRegistry } from '../invariants/registry.js';
import { type InvariantSpec } from '../invariants/operational/index.js';
import type { Invariant } from '../invariants/types.js';
import { type CaseSetup } from './runCase.js';
/**
 * A user module loaded with `--plugin` / `--invariants ./mine.js`: it may export `invariants`
 * (an array), `invariant` or a default export (one Invariant or an array), and `components`
 * (engine ComponentFactory[] added after the built-in components, e.g. a custom controller) and
 * `options` (Simulation options handed to every component).
 */
export interface Plugin {
    readonly invariants: readonly Invariant[];
    readonly components: readonly ComponentFactory[];
    /** Simulation options the module sets (`export const options = {...}`), merged in module order. */
    readonly options: Readonly<Record<string, unknown>>;
}
export declare class PluginError extends Error {
    readonly name = "PluginError";
}
/** Imports plugin modules (absolute file URLs), in the given order. */
export declare function loadPlugins(urls: readonly string[]): Promise<Plugin>;
/** What a fuzz run or a check needs to rebuild its setup anywhere (a worker thread included). */
export interface SetupSpec {
    /** Invariant names to judge; empty means every registered one. */
    readonly invariants: readonly string[];
    /** Plugin module URLs. */
    readonly plugins: readonly string[];
    readonly settle?: number;
    readonly options?: Readonly<Record<string, unknown>>;
    /**
     * Operational invariants with parameters (the scenario's `invariants:`, `--invariant`): they replace the defaults of
     * their name.
     */
    readonly specs?: readonly InvariantSpec[];
    /** Judge only `invariants` and `specs` (a scenario that declares its invariants), not every registered one. */
    readonly only?: boolean;
}
/** The registry (built-ins + plugin invariants) and the selected invariants and components. */
export declare function buildSetup(spec: SetupSpec): Promise<CaseSetup & {
    registry: InvariantRegistry;
}>;
