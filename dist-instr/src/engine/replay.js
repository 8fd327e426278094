import { evolveAll } from '../reducers/index.js';
import { initialState } from '../reducers/state.js';
/**
 * Rebuilds the state from facts alone: reducers only, no deciders. With `at`, stops after the
 * last fact at or before `at` and sets the clock to `at` (time travel). With `from` (a checkpoint's
 * state, taken between two instants), `events` are the facts after it.
 */
export function replay(events, at, from) {
    let state = from ?? initialState();
    let i = 0;
    // One produce per virtual instant, as the live run batches its facts.
    while (i < events.length) {
        const t = events[i].at;
        if (at !== undefined && t > at)
            break;
        let j = i;
        while (j < events.length && events[j].at === t)
            j++;
        state = evolveAll(state, events.slice(i, j));
        i = j;
    }
    if (at !== undefined && state.time !== at)
        state = { ...state, time: at };
    return state;
}
