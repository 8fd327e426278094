import type { ComponentFactory } from './simulation.js';
/**
 * The built-in components, in the order they are asked to act on a timeline action and to
 * observe facts. Order is part of determinism: never iterate a hash to build this list.
 */
export declare const DEFAULT_COMPONENTS: readonly ComponentFactory[];
/**
 * The built-in components with a plugin's: a plugin component named like a built-in one replaces
 * it in its place (order is part of determinism), e.g. a modified ReplicaSet controller; the
 * others run after the built-in ones, in the plugin's order.
 */
export declare function withComponents(extra: readonly ComponentFactory[], base?: readonly ComponentFactory[]): ComponentFactory[];
