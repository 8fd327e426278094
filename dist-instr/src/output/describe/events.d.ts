import { type EventObject } from '../events/eventObject.js';
import type { DescribeWriter } from './writer.js';
/**
 * describe.go DescribeEvents (kubectl 1.34): "Events:\t<none>" when there are none; else a table
 * sorted by lastTimestamp (pkg/util/event SortableEvents: an events.k8s.io event, which has none,
 * sorts first), Age from eventTime or firstTimestamp, "(xN over D)" for a series or a count > 1,
 * From as source.component or else reportingController.
 */
export declare function describeEvents(w: DescribeWriter, events: readonly EventObject[]): void;
/**
 * The recorded Events about one object, as describe's searchEvents asks for them
 * (involvedObject name, namespace, kind and uid); a node's events are also those whose uid is
 * the node's name (the kubelet's), so a node is matched by name and kind in any namespace.
 */
export declare const eventsAbout: (events: readonly EventObject[], kind: string, namespace: string | undefined, name: string, uid?: string) => EventObject[];
