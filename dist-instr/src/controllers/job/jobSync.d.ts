import { type ObjectKey } from '../../api/ids.js';
import type { ClusterState } from '../../reducers/state.js';
import type { SyncContext, SyncResult } from '../controller.js';
import type { JobMemory } from './jobMemory.js';
import type { Job } from './jobTypes.js';
export declare function syncJob(job: Job, key: ObjectKey, state: ClusterState, ctx: SyncContext, mem: JobMemory, jobOf?: Map<string, string>): SyncResult | void;
