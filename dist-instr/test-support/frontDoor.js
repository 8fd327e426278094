import { cpSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createHash } from 'node:crypto';
import fc from 'fast-check';
import { parse, stringify } from 'yaml';
import { runCliInProcess } from '../src/cli/inProcess.js';
import { ROOT } from './cli.js';
/**
 * The front door under fuzz: inputs a careless user or an attacker could give, written to files
 * and fed to the CLI entry in process. What every answer must be: exit 0, 1 or 2 (never 3, an
 * internal error), no stack trace, and an answer within a bounded wall time.
 */
export const STACK_TRACE = /\n\s+at .+:\d+:\d+\)?\n/;
/** A run under fuzz is stopped by its own limits long before this. */
export const MAX_CASE_SECONDS = 20;
export async function frontDoor(args) {
    const t0 = process.hrtime.bigint();
    const result = await runCliInProcess(args);
    return { args, result, seconds: Number(process.hrtime.bigint() - t0) / 1e9 };
}
/** Why a verdict breaks the front door's promise, or undefined. */
export function broken(v) {
    const { code, stdout, stderr } = v.result;
    if (![0, 1, 2].includes(code))
        return `exit ${code}`;
    if (STACK_TRACE.test(`\n${stdout}\n${stderr}\n`))
        return 'stack trace in the output';
    if (v.seconds > MAX_CASE_SECONDS)
        return `took ${v.seconds.toFixed(1)} s`;
    return undefined;
}
/** A scratch copy of examples/ (so a mutated scenario's `file:` references resolve). */
export function scratchExamples() {
    const dir = mkdtempSync(join(tmpdir(), 'kubesim-front-door-'));
    cpSync(join(ROOT, 'examples'), dir, { recursive: true });
    const scenarios = [], manifests = [];
    for (const name of readdirSync(dir).sort()) {
        for (const f of readdirSync(join(dir, name)).sort()) {
            if (!/\.ya?ml$/.test(f))
                continue;
            const text = readFileSync(join(dir, name, f), 'utf8');
            if (f === 'scenario.yaml')
                scenarios.push({ dir: join(dir, name), text });
            else
                manifests.push(text);
        }
    }
    return { dir, scenarios, manifests };
}
export const write = (path, data) => { writeFileSync(path, data); return path; };
/** Values that break assumptions: huge, negative, fractional, non-finite, wrong type, deep. */
const nasty = fc.oneof(fc.constantFrom(2 ** 31, 2 ** 31 - 1, -1, -(2 ** 31) - 1, 2 ** 53 + 2, 2 ** 63, 1e308, 0.5, -0.0, '1e400', '-1', '', '*', '?', '999999999999d', '1e9999999999'), fc.constantFrom(null, true, false, [], {}, [[]], { a: { b: {} } }, 'Infinity', '.nan', '0x10', '1_000'), fc.jsonValue({ maxDepth: 3 }), fc.integer({ min: 100, max: 400 }).map((n) => {
    let v = 'x';
    for (let i = 0; i < n; i++)
        v = [v];
    return v;
}), fc.string({ maxLength: 40 }));
/** Every path (list of keys) in a JSON-like value. */
function paths(v, at = []) {
    const out = [at];
    if (Array.isArray(v))
        v.forEach((x, i) => out.push(...paths(x, [...at, i])));
    else if (typeof v === 'object' && v !== null)
        for (const [k, x] of Object.entries(v))
            out.push(...paths(x, [...at, k]));
    return out;
}
function edit(v, path, f) {
    if (path.length === 0)
        return f(v);
    const [h, ...rest] = path;
    if (Array.isArray(v))
        return v.flatMap((x, i) => (i === h ? [edit(x, rest, f)].filter((y) => y !== DROP) : [x]));
    const o = { ...v };
    const next = edit(o[h], rest, f);
    if (next === DROP)
        delete o[h];
    else
        o[h] = next;
    return o;
}
const DROP = Symbol('drop');
/** A structural mutation of a parsed document: drop a key, change a value's type, put in a nasty value. */
export const structuralMutation = fc.tuple(fc.nat(), fc.constantFrom('drop', 'replace', 'wrap'), nasty)
    .map(([i, op, value]) => (doc) => {
    const ps = paths(doc).filter((p) => p.length > 0);
    if (ps.length === 0)
        return value;
    const p = ps[i % ps.length];
    return edit(doc, p, (x) => (op === 'drop' ? DROP : op === 'wrap' ? [x, value] : value));
});
/** Mutates YAML text through its parsed form (1-3 structural changes), then writes YAML again. */
export const mutatedYaml = (texts) => fc.tuple(fc.constantFrom(...texts), fc.array(structuralMutation, { minLength: 1, maxLength: 3 }))
    .map(([text, ms]) => {
    let doc;
    try {
        doc = parse(text);
    }
    catch {
        return text;
    }
    for (const m of ms)
        doc = m(doc);
    try {
        return stringify(doc, { aliasDuplicateObjects: false });
    }
    catch {
        return text;
    }
});
/** Text-level damage: a byte changed, a line dropped or repeated, an encoding changed, a prefix added. */
export const damagedText = (texts) => fc.tuple(fc.constantFrom(...texts), fc.nat(), fc.constantFrom('byte', 'dropLine', 'dupLine', 'indent', 'utf16', 'latin1', 'bom', 'nul', 'truncate'))
    .map(([text, i, op]) => {
    const lines = text.split('\n');
    const li = i % Math.max(1, lines.length);
    switch (op) {
        case 'byte': {
            const b = Buffer.from(text);
            if (b.length)
                b[i % b.length] = (i * 37) & 0xff;
            return b;
        }
        case 'dropLine': return Buffer.from(lines.filter((_, j) => j !== li).join('\n'));
        case 'dupLine': return Buffer.from([...lines.slice(0, li + 1), lines[li], ...lines.slice(li + 1)].join('\n'));
        case 'indent': return Buffer.from(lines.map((l, j) => (j === li ? ` ${l}` : l)).join('\n'));
        case 'utf16': return Buffer.from(text, 'utf16le');
        case 'latin1': return Buffer.from(`${text}\n# caf\u00e9`, 'latin1');
        case 'bom': return Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(text)]);
        case 'nul': return Buffer.from(`${text.slice(0, i % (text.length + 1))}\u0000${text.slice(i % (text.length + 1))}`);
        default: return Buffer.from(text.slice(0, i % (text.length + 1)));
    }
});
/** Re-hashes a log after `edit` changed line `n` (1-based): the chain is valid, the history is not. */
export function forge(text, n, edit) {
    const lines = text.trimEnd().split('\n').flatMap((l, i) => {
        const { hash: _h, ...o } = JSON.parse(l);
        return i === n - 1 ? [edit(o)].flat() : [o];
    });
    let prev = '';
    return `${lines.map((o, i) => {
        const body = JSON.stringify(i > 0 ? { ...o, seq: i } : o);
        prev = createHash('sha256').update(prev).update('\n').update(body).digest('hex').slice(0, 16);
        return `${body.slice(0, -1)},"hash":"${prev}"}`;
    }).join('\n')}\n`;
}
/** Log damage: an edited fact re-hashed (a forgery), or a line dropped, repeated, swapped or cut. */
export const damagedLog = (log) => fc.tuple(fc.nat(), fc.nat(), fc.constantFrom('forge', 'drop', 'dup', 'swap', 'cut', 'flip'), nasty, fc.string({ maxLength: 12 }))
    .map(([i, j, op, value, key]) => ({ op, text: damage(log, i, j, op, value, key) }));
function damage(log, i, j, op, value, key) {
    const lines = log.trimEnd().split('\n');
    const n = 1 + (i % lines.length);
    switch (op) {
        case 'forge': return forge(log, n, (o) => {
            const keys = Object.keys(o).filter((k) => k !== 'hash');
            const k = j % 5 === 0 ? key : keys[j % keys.length];
            return j % 7 === 0 ? Object.fromEntries(Object.entries(o).filter(([x]) => x !== k)) : { ...o, [k]: value };
        });
        case 'drop': return `${lines.filter((_, x) => x !== n - 1).join('\n')}\n`;
        case 'dup': return `${[...lines.slice(0, n), lines[n - 1], ...lines.slice(n)].join('\n')}\n`;
        case 'swap': {
            const m = j % lines.length;
            const c = [...lines];
            [c[n - 1], c[m]] = [c[m], c[n - 1]];
            return `${c.join('\n')}\n`;
        }
        case 'cut': return log.slice(0, j % log.length);
        default: {
            const b = Buffer.from(log);
            b[j % b.length] ^= 1 << (i % 8);
            return b.toString('latin1');
        }
    }
}
