export const newMemory = () => ({ tracked: new Map(), counted: new Set(), expectedRemovals: new Set(),
    succeededIndexes: new Set(), failedIndexes: new Set(), backoff: { failuresAfterLastSuccess: 0 }, open: new Set(),
    closed: new Set(), primed: false });
