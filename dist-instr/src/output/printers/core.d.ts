import { type EventObject } from '../events/eventObject.js';
import { type Printer } from './types.js';
/** printConfigMap: DATA counts data and binaryData keys. */
export declare const configMapPrinter: Printer;
/** printSecret: TYPE and DATA. */
export declare const secretPrinter: Printer;
/** printNamespace: STATUS is the phase. */
export declare const namespacePrinter: Printer;
/** printPersistentVolumeClaim. */
export declare const persistentVolumeClaimPrinter: Printer;
/** printPriorityClass: VALUE, GLOBAL-DEFAULT, AGE, PREEMPTIONPOLICY. */
export declare const priorityClassPrinter: Printer;
/**
 * printEvent: LAST SEEN, TYPE, REASON, OBJECT (kind/name lowercased kind), MESSAGE; wide adds SUBOBJECT, SOURCE, FIRST
 * SEEN, COUNT, NAME.
 */
export declare const eventPrinter: Printer<EventObject>;
/**
 * printResourceQuota: REQUEST and LIMIT as "used/hard" per resource in status.hard, sorted by
 * name; `limits.*` names go to LIMIT, all others to REQUEST.
 */
export declare const resourceQuotaPrinter: Printer;
/** printLimitRange: CREATED AT is the creation timestamp in RFC 3339. */
export declare const limitRangePrinter: Printer;
/** printService: TYPE, CLUSTER-IP (the first of clusterIPs), EXTERNAL-IP, PORT(S), AGE; wide adds SELECTOR. */
export declare const servicePrinter: Printer;
