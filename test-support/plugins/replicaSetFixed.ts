/** A `--plugin` module for kubesim run/check/fuzz: the test ReplicaSet controller without the bug. */
import { controller } from '../../src/controllers/controller.js';
import { plantedReplicaSetDef } from '../plantedReplicaSet.js';

export const components = [controller(plantedReplicaSetDef(false))];
