/**
 * Kubernetes' defaulting for every kind kubesim models, as pure `default<Kind>(obj)` functions
 * (the controllers call these; the pod defaults live in ../defaults.ts, used by admission).
 */
import type { KubeObject } from '../types.js';
export * from './apps.js';
export * from './autoscaling.js';
export * from './batch.js';
export * from './core.js';
export * from './service.js';
/**
 * The object with the API server's defaults for its kind applied (unchanged for kinds without defaults here; Pods: see
 * defaultPodSpec).
 */
export declare const applyDefaults: <T extends KubeObject>(o: T) => T;
