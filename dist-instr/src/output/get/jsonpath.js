/**
 * kubectl's `-o jsonpath=TEMPLATE` (k8s.io/client-go/util/jsonpath), the commonly used part:
 * literal text, `{.a.b}`, `{.items[*].metadata.name}`, `{.a[0]}`, `{.a['k.with.dots']}`,
 * `{range .items[*]}...{end}`, `{"\n"}` string literals and `{@}`. Several results of one
 * expression are joined by a space; maps and lists print as JSON.
 */
export class JsonPathError extends Error {
    name = 'JsonPathError';
}
function tokens(template) {
    const out = [];
    let i = 0;
    while (i < template.length) {
        const open = template.indexOf('{', i);
        if (open < 0) {
            out.push(template.slice(i));
            break;
        }
        if (open > i)
            out.push(template.slice(i, open));
        let depth = 0, j = open, quote = '';
        for (; j < template.length; j++) {
            const ch = template[j];
            if (quote) {
                if (ch === quote && template[j - 1] !== '\\')
                    quote = '';
                continue;
            }
            if (ch === '"' || ch === "'")
                quote = ch;
            else if (ch === '{')
                depth++;
            else if (ch === '}' && --depth === 0)
                break;
        }
        if (j >= template.length)
            throw new JsonPathError(`unclosed action`);
        out.push({ expr: template.slice(open + 1, j).trim() });
        i = j + 1;
    }
    return out;
}
function parse(template) {
    const root = [];
    const stack = [root];
    for (const t of tokens(template)) {
        const top = stack[stack.length - 1];
        if (typeof t === 'string') {
            top.push({ kind: 'text', text: t });
            continue;
        }
        if (t.expr.startsWith('range ')) {
            const body = [];
            top.push({ kind: 'range', path: t.expr.slice(6).trim(), body });
            stack.push(body);
            continue;
        }
        if (t.expr === 'end') {
            if (stack.length === 1)
                throw new JsonPathError('not in range, nothing to end');
            stack.pop();
            continue;
        }
        const lit = t.expr.match(/^"((?:[^"\\]|\\.)*)"$/);
        if (lit) {
            top.push({ kind: 'text', text: JSON.parse(`"${lit[1]}"`) });
            continue;
        }
        top.push({ kind: 'expr', path: t.expr });
    }
    if (stack.length > 1)
        throw new JsonPathError('unclosed range');
    return root;
}
/** Evaluates a path against one value; each step may fan out ([*]). */
function evaluate(path, data, root) {
    let p = path.trim();
    let cur = [data];
    if (p.startsWith('$')) {
        cur = [root];
        p = p.slice(1);
    }
    else if (p.startsWith('@'))
        p = p.slice(1);
    const re = /\.\.|\.([A-Za-z0-9_\-$/]+)|\[\*\]|\.\*|\[(-?\d+)\]|\['([^']*)'\]|\["([^"]*)"\]/y;
    let pos = 0;
    while (pos < p.length) {
        re.lastIndex = pos;
        const m = re.exec(p);
        if (!m)
            throw new JsonPathError(`unrecognized character in action: ${JSON.stringify(p.slice(pos))}`);
        pos = re.lastIndex;
        if (m[0] === '..')
            throw new JsonPathError('recursive descent (..) is not supported by kubesim');
        const key = m[1] ?? m[3] ?? m[4];
        if (key !== undefined)
            cur = cur.flatMap((v) => (v && typeof v === 'object' && !Array.isArray(v) && key in v
                ? [v[key]] : []));
        else if (m[2] !== undefined) {
            const n = Number(m[2]);
            cur =
                cur.flatMap((v) => (Array.isArray(v) ? [v[n < 0 ? v.length + n : n]].filter((x) => x !== undefined) : []));
        }
        else
            cur = cur.flatMap((v) => (Array.isArray(v) ? v : v && typeof v === 'object' ? Object.values(v) : []));
    }
    return cur;
}
const show = (v) => (typeof v === 'string' ? v : typeof v === 'object' && v !== null
    ? JSON.stringify(v) : String(v));
function run(nodes, data, root) {
    let out = '';
    for (const n of nodes) {
        if (n.kind === 'text')
            out += n.text;
        else if (n.kind === 'expr')
            out += evaluate(n.path, data, root).map(show).join(' ');
        else
            for (const item of evaluate(n.path, data, root))
                out += run(n.body, item, root);
    }
    return out;
}
export function jsonPath(template, data) {
    return run(parse(template), data, data);
}
/**
 * jsonpath.FindResults with AllowMissingKeys: the values of a template's first expression (a
 * missing key gives none), as kubectl's custom-columns and --sort-by read them.
 */
export function findResults(template, data) {
    const first = parse(template).find((n) => n.kind !== 'text');
    if (!first)
        return [];
    if (first.kind === 'range')
        throw new JsonPathError('range is not supported in a field path');
    return evaluate(first.path, data, data);
}
