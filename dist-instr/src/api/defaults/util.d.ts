import type { KubeObject } from '../types.js';
export type Obj = Record<string, unknown>;
export declare const isObj: (v: unknown) => v is Obj;
export declare const specOf: (o: KubeObject) => Obj;
/** `v` when set (not undefined/null), else the default. */
export declare const or: <T>(v: unknown, d: T) => T;
/** A PodTemplateSpec with the pod defaults applied (defaulting recurses into templates). */
export declare function defaultTemplate(t: unknown): Obj;
export declare const withSpec: <T extends KubeObject>(o: T, spec: Obj) => T;
