import type { ComponentFactory } from '../engine/simulation.js';
import { builtinInvariants, InvariantRegistry } from '../invariants/registry.js';
import { operationalDefaults, withSpecs, type InvariantSpec } from '../invariants/operational/index.js';
import type { Invariant } from '../invariants/types.js';
import { RUN_OPTIONS, type CaseSetup } from './runCase.js';

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

export class PluginError extends Error {
  override readonly name = 'PluginError';
}

const asList = <T>(v: unknown): T[] => (v === undefined ? [] : Array.isArray(v) ? (v as T[]) : [v as T]);

/** Imports plugin modules (absolute file URLs), in the given order. */
export async function loadPlugins(urls: readonly string[]): Promise<Plugin> {
  const invariants: Invariant[] = [];
  const components: ComponentFactory[] = [];
  const options: Record<string, unknown> = {};
  for (const url of urls) {
    let m: Record<string, unknown>;
    try { m = (await import(url)) as Record<string, unknown>; } catch (err) {
      throw new PluginError(`${url}: cannot load module: ${(err as Error)?.message ?? String(err)}`);
    }
    const invs = [...asList<Invariant>(m.invariants), ...asList<Invariant>(m.invariant),
      ...asList<Invariant>(m.default)];
    const comps = asList<ComponentFactory>(m.components);
    for (const c of comps) if (!c || typeof c.name !== 'string'
      || typeof c.create !== 'function') throw new PluginError(
        `${url}: components: each must be {name, create(scenario, ctx)}`);
    const opts = m.options;
    if (opts !== undefined && (typeof opts !== 'object' || opts === null || Array.isArray(opts))) throw new PluginError(
      `${url}: options: must be an object of Simulation options`);
    if (invs.length === 0 && comps.length === 0 && opts === undefined) throw new PluginError(
      `${url}: exports no invariants, components or options (export const invariants = [...], components = [...] or ` +
        `options = {...})`);
    invariants.push(...invs);
    components.push(...comps);
    Object.assign(options, opts ?? {});
  }
  return { invariants, components, options };
}

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
export async function buildSetup(spec: SetupSpec): Promise<CaseSetup & { registry: InvariantRegistry }> {
  const plugin = await loadPlugins(spec.plugins);
  // kubesim's own laws, then the operational invariants with default parameters.
  const registry = new InvariantRegistry([...builtinInvariants(spec.settle === undefined ? {}
    : { settle: spec.settle }), ...operationalDefaults()]);
  try { for (const i of plugin.invariants) registry.register(i); } catch (err) {
    throw new PluginError((err as Error).message); }
  let invariants: Invariant[];
  try { invariants = spec.invariants.length || spec.only ? registry.select(spec.invariants)
    : registry.all(); } catch (err) { throw new PluginError((err as Error).message); }
  invariants = withSpecs(invariants, spec.specs ?? []);
  return { registry, invariants, components: plugin.components,
    options: { ...RUN_OPTIONS, ...(spec.options ?? {}), ...plugin.options } };
}
