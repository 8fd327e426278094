import { kindOfResource } from '../api/kinds.js';
import type { KubeObject } from '../api/types.js';
import type { ClusterEvent } from '../events/index.js';
import { kubeEvent } from '../output/kubeEvent.js';

/** The component that reports each kind of fact (the Event's source.component / reportingController). */
function sourceOf(e: ClusterEvent): string {
  if (e.type === 'PodScheduled' || e.type === 'FailedScheduling'
    || e.type === 'PodNominated') return 'default-scheduler';
  if (e.type === 'ControllerEvent') return `${kindOfResource(e.resource)?.kind.toLowerCase() ?? e.resource}-controller`;
  if (e.type.startsWith('Node')) return 'node-controller';
  if (e.type === 'Warning') return 'kubesim';
  return 'kubelet';
}

/**
 * The fact types output/kubeEvent maps to a user-visible event (a cheap test per fact; the
 * Event object is made only when read). Checked against kubeEvent by events.test.ts.
 */
export const EVENT_FACT_TYPES: ReadonlySet<string> = new Set([
  'PodScheduled', 'FailedScheduling', 'PodNominated', 'ImagePulling', 'ImagePulled', 'ContainerWaiting', 'FailedMount',
  'PodStatusPatched', 'ContainerCreated', 'ContainerStarted', 'ContainerExited', 'OOMKilled', 'BackOff', 'Killing',
    'HookFailed',
  'ProbeFailed', 'NodeAdded', 'NodeLost', 'NodeRecovered', 'NodeRemoved', 'NodeConditionChanged',
    'NodeSchedulableChanged',
  'ControllerEvent', 'Warning',
]);
export const hasEvent = (e: ClusterEvent): boolean => EVENT_FACT_TYPES.has(e.type) && kubeEvent(e) !== undefined;

const KIND_OF: Readonly<Record<string, string>> = { pod: 'Pod', node: 'Node' };

/**
 * A core/v1 Event for a fact with a user-visible event (output/kubeEvent's reason and message),
 * named `<object>.<seq in hex>` as the recorder names events `<object>.<unique suffix>`;
 * timestamps in virtual milliseconds (rendered as RFC 3339 by the API view).
 */
export function eventObject(e: ClusterEvent, seq: number): KubeObject | undefined {
  const k = kubeEvent(e);
  if (!k) return undefined;
  const f = e as { pod?: string; uid?: string; resource?: string; key?: string; node?: string };
  const [kindWord, name] = k.object.includes('/') ? k.object.split('/') : ['', k.object];
  const kind = f.resource ? (kindOfResource(f.resource)?.kind ?? kindWord) : (KIND_OF[kindWord] ?? 'Scenario');
  const namespace = f.pod ? f.pod.split('/')[0] : f.key?.includes('/') ? f.key.split('/')[0] : 'default';
  const component = sourceOf(e);
  return {
    apiVersion: 'v1', kind: 'Event',
    metadata: { name: `${name}.${seq.toString(16).padStart(16, '0')}`, namespace, creationTimestamp: e.at },
    involvedObject: { kind, namespace: kind === 'Node' ? '' : namespace, name,
      ...(f.pod && f.uid ? { uid: f.uid } : {}), apiVersion: kind === 'Pod' || kind === 'Node' ? 'v1' : undefined },
    reason: k.reason, message: k.message, type: k.type,
    source: { component, ...(f.node && component === 'kubelet' ? { host: f.node } : {}) },
    firstTimestamp: e.at, lastTimestamp: e.at, count: 1,
    reportingComponent: component, reportingInstance: '',
  } as unknown as KubeObject;
}

/** The same Event as events.k8s.io/v1 shows it (regarding, note, deprecated* fields). */
export function eventsV1(core: Record<string, unknown>): Record<string, unknown> {
  const { involvedObject, message, source, firstTimestamp, lastTimestamp, count, reportingComponent, reportingInstance,
    ...rest } = core;
  return {
    ...rest, apiVersion: 'events.k8s.io/v1', regarding: involvedObject, note: message,
    reportingController: reportingComponent, reportingInstance,
    deprecatedSource: source, deprecatedFirstTimestamp: firstTimestamp, deprecatedLastTimestamp: lastTimestamp,
      deprecatedCount: count,
  };
}
