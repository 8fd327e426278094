import { fnv1a32 } from '../util/hash.js';
import { asUid, type Uid } from './ids.js';

/**
 * A fixed uid per object the control plane makes by itself (`what`: resource/key): a real
 * cluster's are random; kubesim's are the same in every run.
 */
export const bootstrapUid = (what: string): Uid => {
  const hex = [0, 1, 2, 3].map((i) => fnv1a32(`bootstrap/${i}/${what}`).toString(16).padStart(8, '0')).join('');
  return asUid(
    `${hex.slice(0, 8)}-${hex.slice(8, 12)}-4${hex.slice(13, 16)}-8${hex.slice(17, 20)}-${hex.slice(20, 32)}`);
};
