import type { FieldProblem } from '../../scenario/errors.js';
import { kindInfo, REMOVED_API_VERSIONS } from '../kinds.js';
import { isObj, metadata, type Problems } from './common.js';
import { validatePodSpec } from './pod.js';

export type KindValidator = (p: Problems, obj: Record<string, unknown>) => void;

/**
 * Per-kind validators, after pkg/apis/<group>/validation. Each pushes problems with field paths.
 * Later issues register more kinds here.
 */
export const VALIDATORS: Record<string, KindValidator> = {
  Pod: (p, o) => validatePodSpec(p, 'spec', o.spec),
  Node: (p, o) => { if (o.spec !== undefined && !isObj(o.spec)) p.push({ path: 'spec', message: 'must be an object' }); },
};

export interface ValidationResult {
  readonly errors: readonly FieldProblem[];
  readonly warnings: readonly FieldProblem[];
  /** A kind kubesim does not model: skipped with a warning. */
  readonly skipped: boolean;
}

/** Validates one Kubernetes object as `kubectl apply --validate=strict` would, for the kinds kubesim models. */
export function validateObject(obj: unknown): ValidationResult {
  const errors: Problems = [];
  const warnings: Problems = [];
  if (!isObj(obj)) return { errors: [{ path: '', message: 'a manifest must be a YAML mapping with apiVersion, kind and metadata' }], warnings, skipped: false };
  if (typeof obj.apiVersion !== 'string') errors.push({ path: 'apiVersion', message: 'Required value' });
  if (typeof obj.kind !== 'string') errors.push({ path: 'kind', message: 'Required value' });
  if (errors.length) return { errors, warnings, skipped: false };
  const kind = obj.kind as string, apiVersion = obj.apiVersion as string;
  const removed = REMOVED_API_VERSIONS[apiVersion];
  const info = kindInfo(kind);
  if (removed) {
    errors.push({ path: 'apiVersion', message: `${apiVersion} ${kind} is no longer served: ${removed}; use ${info?.apiVersions[0] ?? 'a current API version'}` });
    return { errors, warnings, skipped: false };
  }
  if (!info) {
    warnings.push({ path: 'kind', message: `kind ${kind} (${apiVersion}) is not simulated by kubesim: skipped` });
    return { errors, warnings, skipped: true };
  }
  if (!info.apiVersions.includes(apiVersion)) {
    errors.push({ path: 'apiVersion', message: `Unsupported value: ${JSON.stringify(apiVersion)} for kind ${kind}: supported values: ${info.apiVersions.map((v) => `"${v}"`).join(', ')}` });
    return { errors, warnings, skipped: false };
  }
  metadata(errors, obj.metadata, info.namespaced);
  VALIDATORS[kind]?.(errors, obj);
  return { errors, warnings, skipped: false };
}
