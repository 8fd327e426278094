import { Immer } from 'immer';
/**
 * The one configured immer instance. Auto-freeze stays on by default: it turns an accidental
 * mutation of state or of an event into an error. Benchmarks may turn it off and must say so.
 */
const immer = new Immer({ autoFreeze: true });
export const produce = immer.produce.bind(immer);
export const createDraft = immer.createDraft.bind(immer);
export const finishDraft = immer.finishDraft.bind(immer);
let autoFreeze = true;
export const setAutoFreeze = (on) => { autoFreeze = on; immer.setAutoFreeze(on); };
/** Whether state is frozen as it is written (reducers that build plain copies follow this too). */
export const isAutoFreeze = () => autoFreeze;
export { freeze, original, current, isDraft } from 'immer';
