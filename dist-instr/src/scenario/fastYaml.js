import { Document, isScalar } from 'yaml';
import { MAX_NESTING_DEPTH } from '../api/limits.js';
/**
 * A fast path for the YAML that manifests are written in: block mappings and sequences, plain and
 * one-line quoted scalars, one-line flow collections, comments. It builds the same JS values the
 * `yaml` package's parseAllDocuments + toJS build (a property test holds it to that), about ten
 * times faster, because it builds no syntax tree. Anything else (anchors, aliases, tags, block
 * scalars, multi-line scalars, complex or non-string keys, duplicate keys, any syntax error)
 * makes it give up on the document, which then goes through `yaml` with every position kept.
 */
/** Thrown (and caught inside this module) when a document leaves the shape this parser knows. */
class NotFast extends Error {
}
const bail = () => { throw new NotFast(); };
/** Resolves plain scalars with the tags of the `yaml` schema the slow path uses, so both agree by construction. */
export class PlainScalars {
    #tags;
    #options;
    #cache = new Map();
    constructor(options) {
        const doc = new Document(null, options);
        this.#tags = doc.schema.tags.filter((t) => !t.collection && t.test);
        this.#options = doc.options;
    }
    /** The value of a plain scalar (a key when `key`); NotFast when its tag reports an error. */
    resolve(s, key) {
        // Only these letters start a YAML 1.1 boolean or null (y, n, true, false, on, off, null); a plain
        // scalar starting with any other letter is a string whatever follows (the tags' tests agree).
        const c = s.charCodeAt(0) | 0x20;
        if (c >= 0x61 && c <= 0x7a && !STARTS_NON_STRING.has(c))
            return s;
        const cached = this.#cache.get(s);
        if (key && s === '<<')
            bail(); // YAML 1.1's merge key
        if (cached !== undefined || this.#cache.has(s)) {
            if (key && typeof cached !== 'string')
                bail();
            return cached;
        }
        let v = s;
        for (const t of this.#tags) {
            if (!(t.default === true || (key && t.default === 'key')) || !t.test.test(s))
                continue;
            if (key)
                bail(); // a key that is not a string (a number, a boolean, `<<`): the slow path names it
            let failed = false;
            const r = t.resolve(s, () => { failed = true; }, this.#options);
            if (failed)
                bail();
            v = isScalar(r) ? r.value : r;
            break;
        }
        if (this.#cache.size < 4096)
            this.#cache.set(s, v);
        return v;
    }
}
/** Deeper documents go to `yaml`, whose depth checks decide (kept below the limit so both never disagree). */
const FAST_DEPTH = MAX_NESTING_DEPTH - 10;
/** Lower-cased first letters of the YAML 1.1 booleans and nulls. */
const STARTS_NON_STRING = new Set([...'yntfo'].map((x) => x.charCodeAt(0)));
const isSpace = (c) => c === ' ' || c === undefined;
/** Characters a plain scalar may not start with (YAML 1.2 section 7.3.3, c-indicator), besides `-?:` + space. */
const INDICATORS = new Set([',', '[', ']', '{', '}', '#', '&', '*', '!', '|', '>', '\'', '"', '%', '@', '`']);
/** One document's lines into a value; NotFast when the document leaves the fast path's shape. */
class DocParser {
    lines;
    scalars;
    podSpecs;
    #i = 0;
    constructor(lines, scalars, podSpecs) {
        this.lines = lines;
        this.scalars = scalars;
        this.podSpecs = podSpecs;
    }
    parse() {
        if (this.lines.length === 0)
            return null;
        const first = this.lines[0];
        const v = this.#block(first.indent, 1);
        if (this.#i < this.lines.length)
            bail();
        return v;
    }
    #block(indent, depth) {
        if (depth > FAST_DEPTH)
            bail();
        const line = this.lines[this.#i];
        return isSeqItem(line.text) ? this.#seq(indent, depth) : this.#map(indent, depth);
    }
    #seq(indent, depth) {
        const out = [];
        while (this.#i < this.lines.length) {
            const line = this.lines[this.#i];
            if (line.indent !== indent || !isSeqItem(line.text))
                break;
            let k = 1;
            while (line.text[k] === ' ')
                k++;
            if (k >= line.text.length) {
                this.#i++;
                out.push(this.#nested(indent, false, depth));
                continue;
            }
            // `- key: v` or `- - x`: the rest of the line is a node at its own column, continued by deeper lines.
            const rest = line.text.slice(k);
            if (rest[0] !== '{' && rest[0] !== '[' && (isSeqItem(rest) || keyEnd(rest) >= 0)) {
                this.lines[this.#i] = { indent: indent + k, text: rest };
                out.push(this.#block(indent + k, depth + 1));
            }
            else {
                out.push(this.#value(rest, depth));
                this.#i++;
                this.#noDeeper(indent);
            }
        }
        return out;
    }
    #map(indent, depth) {
        const out = {};
        while (this.#i < this.lines.length) {
            const line = this.lines[this.#i];
            if (line.indent !== indent)
                break;
            if (isSeqItem(line.text))
                bail();
            const { key, rest } = splitKey(line.text, this.scalars);
            if (key === '__proto__' || Object.prototype.hasOwnProperty.call(out, key))
                bail();
            if (rest === '' && depth === 1 && key === 'spec' && out.kind === 'Pod' && this.podSpecs) {
                out[key] = this.#podSpec(indent, depth, this.podSpecs);
                continue;
            }
            if (rest === '') {
                this.#i++;
                out[key] = this.#nested(indent, true, depth);
                continue;
            }
            out[key] = this.#value(rest, depth);
            this.#i++;
            this.#noDeeper(indent);
        }
        return out;
    }
    /** After `key:` or `-` with nothing more: the deeper block (or, under a key, a sequence at the key's column). */
    #nested(indent, underKey, depth) {
        const next = this.lines[this.#i];
        if (next && (next.indent > indent || (underKey && next.indent === indent && isSeqItem(next.text))))
            return this
                .#block(next.indent, depth + 1);
        return null;
    }
    /**
     * A Pod's `spec:` block, read once per distinct text (its lines and their indents, which are all the
     * parse depends on): pods stamped from one template share one spec object, read once.
     */
    #podSpec(indent, depth, cache) {
        const from = this.#i + 1;
        let to = from, text = '';
        for (; to < this.lines.length && this.lines[to].indent > indent; to++)
            text += `${this.lines[to].indent} ` +
                `${this.lines[to].text}\n`;
        const hit = cache.get(text);
        this.#i++;
        if (hit !== undefined && to > from) {
            this.#i = to;
            return hit;
        }
        const v = this.#nested(indent, true, depth);
        if (this.#i === to && to > from)
            cache.set(text, v);
        return v;
    }
    /** A line deeper than a finished scalar would continue it over lines: not the fast path's. */
    #noDeeper(indent) {
        const next = this.lines[this.#i];
        if (next && next.indent > indent)
            bail();
    }
    /** A value on the line of its key or dash: quoted, flow, or plain. */
    #value(s, depth) {
        const c = s[0];
        if (c === '"' || c === '\'' || c === '[' || c === '{')
            return new FlowParser(s, this.scalars, depth).parseAll();
        if (INDICATORS.has(c) || ((c === '?' || c === ':' || c === '-') && isSpace(s[1])))
            bail();
        return this.scalars.resolve(plainInBlock(s), false);
    }
}
const isSeqItem = (t) => t[0] === '-' && isSpace(t[1]);
/** Where a plain scalar on one block line ends (before ` #`), trimmed; NotFast when it holds `: ` or ends in `:`. */
function plainInBlock(s) {
    const hash = s.indexOf(' #');
    const v = (hash >= 0 ? s.slice(0, hash) : s).trimEnd();
    if (v.includes(': ') || v.endsWith(':'))
        bail();
    return v;
}
/** The index of a plain key's `:` on a block line (`key: v` or `key:`), or -1. */
function keyEnd(t) {
    const c = t[0];
    if (c === '"' || c === '\'') {
        const end = quotedEnd(t, 0);
        return end >= 0 && t[end + 1] === ':' && isSpace(t[end + 2]) ? end + 1 : -1;
    }
    for (let k = t.indexOf(':'); k >= 0; k = t.indexOf(':', k + 1)) {
        if (isSpace(t[k + 1]))
            return k;
    }
    return -1;
}
/** The index of the closing quote of the quoted scalar starting at `from`, or -1. */
function quotedEnd(t, from) {
    const q = t[from];
    for (let k = from + 1; k < t.length; k++) {
        if (q === '"' && t[k] === '\\') {
            k++;
            continue;
        }
        if (t[k] === q) {
            if (q === '\'' && t[k + 1] === '\'') {
                k++;
                continue;
            }
            return k;
        }
    }
    return -1;
}
/** Splits `key: rest` (rest without its comment, trimmed); NotFast for keys the fast path leaves to `yaml`. */
function splitKey(t, scalars) {
    const k = keyEnd(t);
    if (k < 0 || k > 1000)
        bail();
    const raw = t.slice(0, k);
    let key;
    if (raw[0] === '"' || raw[0] === '\'')
        key = unquote(raw);
    else {
        if (INDICATORS.has(raw[0]) || ((raw[0] === '?' || raw[0] === '-' || raw[0] === ':') && isSpace(raw[1]))
            || raw.includes(' #') || raw !== raw.trimEnd() || raw === '')
            bail();
        key = scalars.resolve(raw, true);
    }
    let rest = t.slice(k + 1).trimStart();
    if (rest[0] === '#')
        rest = '';
    return { key, rest };
}
const ESCAPES = { '"': '"', '\\': '\\', '/': '/', n: '\n', t: '\t', r: '\r', '0': '\0' };
/** A whole quoted scalar `"..."` or `'...'` (quotes included) to its string; NotFast on rare escapes. */
function unquote(q) {
    const body = q.slice(1, -1);
    if (q[0] === '\'')
        return body.replaceAll('\'\'', '\'');
    if (!body.includes('\\'))
        return body;
    return body.replace(/\\(u[0-9a-fA-F]{4}|.)/g, (_, e) => {
        if (e.length === 5) {
            const cp = parseInt(e.slice(1), 16);
            if (cp >= 0xd800 && cp <= 0xdfff)
                bail();
            return String.fromCharCode(cp);
        }
        return ESCAPES[e] ?? bail();
    });
}
/** One-line flow collections and quoted scalars: `{a: 1, b: [x, "y"]}` (then only a comment may follow). */
class FlowParser {
    s;
    scalars;
    depth;
    #k = 0;
    constructor(s, scalars, depth) {
        this.s = s;
        this.scalars = scalars;
        this.depth = depth;
    }
    parseAll() {
        const v = this.#node(this.depth, false);
        this.#ws();
        if (this.#k < this.s.length && !(this.s[this.#k] === '#' && this.s[this.#k - 1] === ' '))
            bail();
        return v;
    }
    #ws() { while (this.s[this.#k] === ' ')
        this.#k++; }
    #node(depth, inFlow) {
        if (depth > FAST_DEPTH)
            bail();
        const c = this.s[this.#k];
        if (c === '{')
            return this.#flowMap(depth);
        if (c === '[')
            return this.#flowSeq(depth);
        if (c === '"' || c === '\'') {
            const end = quotedEnd(this.s, this.#k);
            if (end < 0)
                bail();
            const v = unquote(this.s.slice(this.#k, end + 1));
            this.#k = end + 1;
            return v;
        }
        if (!inFlow)
            bail();
        return this.scalars.resolve(this.#plain(), false);
    }
    /** A plain scalar inside a flow collection: up to `,`, `]`, `}` or `: `; NotFast on what it may not hold. */
    #plain() {
        const s = this.s, from = this.#k;
        const c = s[from];
        if (INDICATORS.has(c) || ((c === '?' || c === ':' || c === '-') && isSpace(s[from + 1])))
            bail();
        let k = from;
        while (k < s.length) {
            const x = s[k];
            if (x === ',' || x === ']' || x === '}' || x === '[' || x === '{')
                break;
            if (x === ':' && (s[k + 1] === ' ' || s[k + 1] === ',' || s[k + 1] === ']' || s[k + 1] === '}'
                || k + 1 === s.length))
                break;
            if (x === '#' && s[k - 1] === ' ')
                bail();
            k++;
        }
        this.#k = k;
        const v = s.slice(from, k).trimEnd();
        if (v === '')
            bail();
        return v;
    }
    #flowSeq(depth) {
        const out = [];
        this.#k++;
        for (;;) {
            this.#ws();
            if (this.s[this.#k] === ']') {
                this.#k++;
                return out;
            }
            out.push(this.#node(depth + 1, true));
            this.#ws();
            const c = this.s[this.#k];
            if (c === ',') {
                this.#k++;
                continue;
            }
            if (c !== ']')
                bail();
        }
    }
    #flowMap(depth) {
        const out = {};
        this.#k++;
        for (;;) {
            this.#ws();
            if (this.s[this.#k] === '}') {
                this.#k++;
                return out;
            }
            const c = this.s[this.#k];
            const key = c === '"' || c === '\'' ? this.#node(depth + 1, true)
                : this.scalars.resolve(this.#plain(), true);
            if (key === '__proto__' || Object.prototype.hasOwnProperty.call(out, key) || this.s[this.#k] !== ':')
                bail();
            this.#k++;
            if (this.s[this.#k] !== ' ')
                bail();
            this.#ws();
            out[key] = this.#node(depth + 1, true);
            this.#ws();
            const d = this.s[this.#k];
            if (d === ',') {
                this.#k++;
                continue;
            }
            if (d !== '}')
                bail();
        }
    }
}
/**
 * One document's text (no `---` lines) to its value: `undefined` when the fast path gives it up,
 * `null` for an empty document. With `podSpecs`, Pods whose `spec:` blocks are the same text get the
 * same spec object (the caller must not change it).
 */
export function fastParseDocument(lines, scalars, podSpecs) {
    const kept = [];
    for (const raw of lines) {
        let indent = 0;
        while (raw.charCodeAt(indent) === 32)
            indent++;
        if (indent === raw.length)
            continue;
        const c = raw[indent];
        if (c === '#')
            continue;
        if (c === '\t' || raw.includes('\t'))
            return undefined;
        kept.push({ indent, text: raw.slice(indent).trimEnd() });
    }
    try {
        return new DocParser(kept, scalars, podSpecs).parse();
    }
    catch (e) {
        if (e instanceof NotFast)
            return undefined;
        throw e;
    }
}
