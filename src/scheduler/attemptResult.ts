import type { NodeName } from '../api/ids.js';
import type { PostFilterResult } from './framework.js';
import type { Rejections } from './rejections.js';
import type { Status } from './status.js';

/** One node's part of an explained attempt. */
export interface NodeExplanation {
  readonly node: NodeName;
  /** `Feasible`, or the rejecting plugin's reasons joined by `; `. */
  readonly verdict: string;
  readonly plugin?: string;
  /** plugin -> [raw, normalised, weighted]. */
  readonly scores?: Record<string, readonly [number, number, number]>;
  readonly total?: number;
}

export interface AttemptResult {
  readonly node?: NodeName;
  /** FailedScheduling message when no node was chosen. */
  readonly message?: string;
  /**
   * Each rejecting node's status (built when read: read it before the next attempt, which reuses
   * what it is built from).
   */
  readonly nodeStatus: ReadonlyMap<string, Status>;
  /** Plugins that rejected the pod somewhere (what may make it schedulable again). */
  readonly rejectors: ReadonlySet<string>;
  readonly postFilter?: PostFilterResult;
  /** Nodes looked at by the filters this attempt. */
  readonly evaluated: number;
  readonly explain?: readonly NodeExplanation[];
}

/** The attempt's result, its nodeStatus built from the rejections only if read (one class: one object shape). */
export class Attempt implements AttemptResult {
  readonly node?: NodeName;
  readonly message?: string;
  readonly rejectors: ReadonlySet<string>;
  readonly postFilter?: PostFilterResult;
  readonly evaluated: number;
  readonly explain?: readonly NodeExplanation[];
  #nodeStatus: ReadonlyMap<string, Status> | undefined;
  readonly #attempt: number;
  readonly #rejected: Rejections;

  constructor(rejected: Rejections, attempt: number, r: Omit<AttemptResult, 'nodeStatus'>,
    nodeStatus?: ReadonlyMap<string, Status>) {
    this.node = r.node;
    this.message = r.message;
    this.rejectors = r.rejectors;
    this.postFilter = r.postFilter;
    this.evaluated = r.evaluated;
    this.explain = r.explain;
    this.#nodeStatus = nodeStatus;
    this.#attempt = attempt;
    this.#rejected = rejected;
  }

  get nodeStatus(): ReadonlyMap<string, Status> {
    return (this.#nodeStatus ??= this.#rejected.toMap(this.#attempt));
  }
}

