import { Immer, type Draft } from 'immer';
export declare const produce: Immer["produce"];
export declare const createDraft: Immer["createDraft"];
export declare const finishDraft: Immer["finishDraft"];
export declare const setAutoFreeze: (on: boolean) => void;
/** Whether state is frozen as it is written (reducers that build plain copies follow this too). */
export declare const isAutoFreeze: () => boolean;
export { freeze, original, current, isDraft } from 'immer';
export type { Draft };
