import { MAX_NESTING_DEPTH } from '../api/limits.js';
/**
 * An upper estimate of a YAML/JSON text's nesting, found in one pass over the text before the
 * YAML parser sees it: the parser itself slows down and runs out of memory on a million nested
 * brackets, so the depth limit must be enforced before parsing goes deep.
 * - flow collections: `[` and `{` that open a value (not inside quotes or comments);
 * - block collections: the stack of increasing indentations, plus compact `- - x` entries.
 * Returns the 1-based line where the estimate first passes `limit`, or 0.
 */
export function tooDeepLine(text, limit = MAX_NESTING_DEPTH) {
    const indents = [];
    let flow = 0, line = 1, blockScalarIndent = -1;
    for (let start = 0; start <= text.length;) {
        let end = text.indexOf('\n', start);
        if (end < 0)
            end = text.length;
        let i = start;
        while (i < end && (text[i] === ' ' || text[i] === '\t'))
            i++;
        const indent = i - start, blank = i === end || text[i] === '#';
        if (blockScalarIndent >= 0 && (blank || indent > blockScalarIndent)) {
            start = end + 1;
            line++;
            continue;
        }
        blockScalarIndent = -1;
        if (!blank && flow === 0) {
            while (indents.length > 0 && indents[indents.length - 1] >= indent)
                indents.pop();
            indents.push(indent);
        }
        let compact = 0;
        while (text[i] === '-' && (text[i + 1] === ' ' || text[i + 1] === '\t')) {
            compact++;
            i += 2;
            while (text[i] === ' ')
                i++;
        }
        if (indents.length + compact + flow > limit)
            return line;
        let quote = '', prev = ' ';
        for (; i < end; i++) {
            const c = text[i];
            if (quote) {
                if (c === quote)
                    quote = '';
                continue;
            }
            if (c === '#' && (prev === ' ' || prev === '\t'))
                break;
            // A bracket or quote starts a value only where a value can start: after `key:`, `- `, `? `
            // or the indentation in block context; after `[`, `{`, `,` or `:` inside a flow collection.
            const opensValue = flow > 0 ? '[{,:'.includes(prev) : ' :-?'.includes(prev);
            if ((c === '"' || c === "'") && (opensValue || '[{,'.includes(prev)))
                quote = c;
            else if ((c === '[' || c === '{') && opensValue) {
                flow++;
                if (indents.length + flow > limit)
                    return line;
            }
            else if ((c === ']' || c === '}') && flow > 0)
                flow--;
            if (c !== ' ')
                prev = c;
        }
        const tail = text.slice(Math.max(start, end - 4), end).trimEnd();
        if (flow === 0 && /[|>][-+0-9]*$/.test(tail) && /(^|[\s:-])[|>][-+0-9]*$/.test(tail))
            blockScalarIndent = indent;
        start = end + 1;
        line++;
    }
    return 0;
}
