export const TIMELINE_DUE = 'TimelineDue';
export const timelineDue = (action) => ({ kind: TIMELINE_DUE, action });
export const isTimelineDue = (t) => t.kind === TIMELINE_DUE;
