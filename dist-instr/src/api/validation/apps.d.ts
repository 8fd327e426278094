/** Workload validation after pkg/apis/apps/validation/validation.go (and core's for ReplicationController). */
import { type Obj, type Problems } from './common.js';
export declare function validateDeployment(p: Problems, o: Obj): void;
export declare function validateReplicaSet(p: Problems, o: Obj): void;
/** core/validation ValidateReplicationControllerSpec: selector (a map) defaults to the template labels. */
export declare function validateReplicationController(p: Problems, o: Obj): void;
export declare function validateStatefulSet(p: Problems, o: Obj): void;
export declare function validateDaemonSet(p: Problems, o: Obj): void;
