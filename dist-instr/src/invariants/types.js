/** Builds a violation at the context's time. */
export const violation = (invariant, ctx, message, objects) => ({ invariant, message, objects, at: ctx.state.time });
/**
 * A `batch` law whose check reports each violation through `report`, which stamps the law's name
 * and the context's time on it (the name is written once, here).
 */
export function batchInvariant(name, description, check) {
    return {
        name, description, when: 'batch',
        check(ctx) {
            const out = [];
            check(ctx, (message, objects) => out.push(violation(name, ctx, message, objects)));
            return out;
        },
    };
}
