import type { Draft } from 'immer';
import type { EventOf, EventType } from '../events/index.js';
import type { ClusterState } from './state.js';
export type CaseReducer<E> = (draft: Draft<ClusterState>, event: E) => void;
/** A case-reducer table for one slice: keys are event types, each payload narrowed. */
export type CaseReducers = {
    [T in EventType]?: CaseReducer<EventOf<T>>;
};
