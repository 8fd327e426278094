import { type TraceIo, type TraceLoad } from '../io.js';
/**
 * A node lists its images fully qualified (docker.io/library/nginx:1.27), pods name them as
 * written (nginx:1.27); the runtime treats both as one image. Adds each name's familiar form
 * (github.com/distribution/reference normalize.go FamiliarName: drop docker.io/ and library/) so
 * the kubelet finds a pod's image in the node's cache.
 */
export declare function familiarName(name: string): string;
/**
 * A cluster snapshot: the `kind: List` that `kubectl get nodes,pods,deploy,rs,sts,ds,jobs,
 * cronjobs,hpa,pdb,cm -A -o yaml` prints, as the state at t=0. Objects keep their uids, so the
 * controllers find the ReplicaSets, StatefulSets and pods they own through ownerReferences and
 * adopt them instead of creating new ones; pods bound to a node (spec.nodeName) start there
 * without the scheduler, with the images the node lists in status.images already present.
 * Pods that had finished (Succeeded, Failed) or were being deleted are not recreated, and each
 * is named in a warning. Kinds kubesim does not model are warned about by the manifest reader.
 */
export declare function loadSnapshot(files: readonly string[], io: TraceIo): TraceLoad;
