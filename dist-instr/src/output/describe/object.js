import { describeEvents } from './events.js';
import { DescribeWriter, head } from './writer.js';
/**
 * What every object describer of describe.go does around its own lines: tabbedString over a
 * prefix writer, the head (Name, Namespace, CreationTimestamp when `created`), then, last, the
 * object's Events (DescribeEvents).
 */
export function describeObject(o, ctx, created, body) {
    const w = new DescribeWriter(ctx.startTime, ctx.now);
    head(w, o, created);
    body(w);
    describeEvents(w, ctx.events);
    return w.toString();
}
