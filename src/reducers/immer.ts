import { Immer, type Draft } from 'immer';

/**
 * The one configured immer instance. Auto-freeze stays on by default: it turns an accidental
 * mutation of state or of an event into an error. Benchmarks may turn it off and must say so.
 */
const immer = new Immer({ autoFreeze: true });

export const produce = immer.produce.bind(immer) as Immer['produce'];
export const setAutoFreeze = (on: boolean): void => immer.setAutoFreeze(on);
export { freeze, original, current, isDraft } from 'immer';
export type { Draft };
