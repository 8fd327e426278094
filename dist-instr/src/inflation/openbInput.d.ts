import type { Node, Pod } from '../api/types.js';
import { type OpenbNodeRow } from '../trace/openb/node.js';
import { type OpenbPodRow } from '../trace/openb/pod.js';
export interface TraceText {
    readonly chunks: Iterable<string>;
    readonly file: string;
}
export declare const openbPodRows: (t: TraceText) => OpenbPodRow[];
export declare const openbNodeRows: (t: TraceText) => OpenbNodeRow[];
/** The experiment's input from openb's pod list and GPU node list: objects with a uid from their name. */
export declare function openbInput(pods: TraceText, nodes: TraceText): {
    pods: Pod[];
    nodes: Node[];
};
