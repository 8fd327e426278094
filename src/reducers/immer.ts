import { Immer, type Draft } from 'immer';

/**
 * The one configured immer instance. Auto-freeze stays on by default: it turns an accidental
 * mutation of state or of an event into an error. Benchmarks may turn it off and must say so.
 */
const immer = new Immer({ autoFreeze: true });

export const produce = immer.produce.bind(immer) as Immer['produce'];
export const createDraft = immer.createDraft.bind(immer) as Immer['createDraft'];
export const finishDraft = immer.finishDraft.bind(immer) as Immer['finishDraft'];
let autoFreeze = true;
export const setAutoFreeze = (on: boolean): void => { autoFreeze = on; immer.setAutoFreeze(on); };
/** Whether state is frozen as it is written (reducers that build plain copies follow this too). */
export const isAutoFreeze = (): boolean => autoFreeze;
export { freeze, original, current, isDraft } from 'immer';
export type { Draft };
