import type { Plugin, PluginFactory } from './framework.js';
export interface RegistryEntry {
    readonly factory: PluginFactory;
    /** Checks pluginConfig args; returns problems as `field.path: message`. */
    readonly validateArgs?: (args: unknown) => string[];
}
/** Plugin name -> factory (kube-scheduler's runtime.Registry). Registering a name twice throws. */
export declare class Registry {
    #private;
    register(name: string, factory: PluginFactory, validateArgs?: (args: unknown) => string[]): this;
    /** Registers a ready-made plugin object (an out-of-tree plugin that takes no args). */
    registerPlugin(plugin: Plugin): this;
    get(name: string): RegistryEntry | undefined;
    has(name: string): boolean;
    names(): string[];
}
/** The in-tree plugins (pkg/scheduler/framework/plugins/registry.go), a fresh registry each call. */
export declare function inTreeRegistry(): Registry;
