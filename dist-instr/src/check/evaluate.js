import { labelSelectorMatches } from '../api/labelSelector.js';
import { withComponents } from '../engine/components.js';
import { runScenario } from '../engine/run.js';
import { objectKey } from '../api/ids.js';
import { InvariantChecker } from '../invariants/checker.js';
import { isPodReady } from '../invariants/helpers.js';
import { instantiate, parseInvariantSpecs } from '../invariants/operational/index.js';
import { tget, tvalues } from '../reducers/table.js';
import { formatDuration } from '../api/time.js';
import { ScenarioError } from '../api/problems.js';
import { parseExpectations } from '../scenario/expect.js';
import { getObject } from '../reducers/state.js';
const show = (v) => (v === undefined ? '<unset>' : typeof v === 'string' ? v : JSON.stringify(v));
function objectOf(state, p) {
    if (p.objectKind === 'Pod') {
        const uid = tget(state.podUids, objectKey(p.namespace, p.name));
        return uid
            ? tget(state.pods, uid) : undefined;
    }
    if (p.objectKind === 'Node')
        return tget(state.nodes, p.name)?.object;
    return getObject(state, p.resource, p.namespace ? objectKey(p.namespace, p.name) : p.name);
}
/**
 * A field: a dotted path from the object's root (`spec.replicas`), or else a status field (`readyReplicas`, `phase`).
 */
function fieldOf(o, field) {
    const path = field.includes('.') ? field.split('.') : ['status', field];
    let cur = o;
    for (const k of path)
        cur = cur && typeof cur === 'object' ? cur[k] : undefined;
    return cur;
}
export function judgeObject(state, p) {
    const o = objectOf(state, p);
    const ref = `${p.objectKind}/${p.namespace ? `${p.namespace}/` : ''}${p.name}`;
    if (!o)
        return { ok: false, seen: `${ref} does not exist` };
    let ok = true;
    const seen = [];
    for (const [k, want] of Object.entries(p.fields)) {
        let got = fieldOf(o, k);
        // The API omits zero-valued counters (omitempty): an unset readyReplicas is 0.
        if (got === undefined && typeof want === 'number')
            got = 0;
        // `field: null` in YAML asks for an unset field.
        if (got === undefined && want === null)
            got = null;
        if (JSON.stringify(got) !== JSON.stringify(want))
            ok = false;
        seen.push(`${k}=${show(got)}`);
    }
    return { ok, seen: `${ref} ${seen.join(', ')}` };
}
export function judgePods(state, p) {
    const selected = tvalues(state.pods).filter((pod) => (!p.namespace || pod.metadata.namespace === p.namespace)
        && labelSelectorMatches({ matchLabels: p.selector }, pod.metadata.labels));
    const matching = selected.filter((pod) => (p.phase === undefined || pod.status.phase === p.phase)
        && (p.ready === undefined || isPodReady(pod) === p.ready));
    const phases = new Map();
    for (const pod of selected)
        phases.set(pod.status.phase, (phases.get(pod.status.phase) ?? 0) + 1);
    const breakdown = [...phases].sort((a, b) => a[0].localeCompare(b[0])).map(([ph, n]) => `${ph}=${n}`).join(', ');
    return { ok: matching.length === p.count,
        seen: `${matching.length} matching pods (${selected.length} selected${breakdown ? `: ${breakdown}` : ''})` };
}
const describe = (p) => p.kind === 'pods'
    ? `${p.count} pods with ${Object.entries(p.selector).map(([k, v]) => `${k}=${v}`).join(',')}${p.phase ? ` in ` +
        `phase ${p.phase}` : ''}${p.ready === undefined ? '' : p.ready ? ' and ready' : ' and not ready'}`
    : `${p.objectKind}/${p.namespace ? `${p.namespace}/` : ''}${p.name} ${Object.entries(p.fields).map(([k, v]) => `` +
        `${k}=${show(v)}`).join(', ')}`;
/**
 * Runs a scenario and judges its `expect:` list: `at` on the state at that instant (after every
 * fact of that instant), `within` at any instant of the window after the first timeline entry of
 * the `after` kind (time 0 without one), `always` through the invariant checker for the whole run.
 * Bad expectations throw ScenarioError (exit 2 in the CLI).
 */
export function checkScenario(scenario, setup) {
    const exps = parseExpectations(scenario);
    const alwaysNames = [...new Set(exps.flatMap((e) => ('always' in e ? [e.always] : [])))];
    const unknown = exps.filter((e) => 'always' in e && !setup.registry.get(e.always));
    if (unknown.length)
        throw new ScenarioError(unknown.map((e) => ({ file: scenario.file, path: `expect[${e.index}].always`,
            message: `unknown invariant ${JSON.stringify(e.always)} (known: ` +
                `${setup.registry.names().join(', ')})` })));
    const checker = new InvariantChecker(setup.registry.select(alwaysNames));
    const declared = declaredInvariants(scenario, setup.registry);
    const results = new Map();
    const timed = exps.filter((e) => 'timing' in e);
    const start = (e) => ('at' in e.timing ? e.timing.at : e.timing.after
        ? scenario.timeline.find((t) => t.action.kind === e.timing.after).at : 0);
    const last = new Map();
    const judge = (e, state) => (e.predicate.kind === 'pods'
        ? judgePods(state, e.predicate) : judgeObject(state, e.predicate));
    const settle = (e, v, at) => {
        const when = 'at' in e.timing ? `at ${formatDuration(e.timing.at)}`
            : `within ${formatDuration(e.timing.within)}${e.timing.after ? ` after ` +
                `${e.timing.after} (${formatDuration(start(e))})` : ''}`;
        results.set(e.index, { index: e.index, text: e.text, ok: v.ok, expected: `${describe(e.predicate)} ${when}`,
            seen: v.seen, at });
    };
    // Judged on the state at the end of each instant (after every fact of that instant): the
    // states between two batches of one instant are transient and no observer could see them.
    let previous;
    let instant = -1;
    const closeInstant = (next) => {
        if (!previous)
            return;
        for (const e of timed) {
            if (results.has(e.index))
                continue;
            if ('at' in e.timing) {
                if (e.timing.at < next)
                    settle(e, judge(e, previous), e.timing.at);
                continue;
            }
            const from = start(e), to = from + e.timing.within;
            if (instant >= from && instant <= to) {
                const v = judge(e, previous);
                last.set(e.index, { ...v, at: instant });
                if (v.ok) {
                    settle(e, v, instant);
                    continue;
                }
            }
            if (next > to)
                settle(e, last.get(e.index) ?? judge(e, previous), to);
        }
    };
    const onBatch = (time, state) => {
        if (time > instant) {
            closeInstant(time);
            instant = time;
        }
        previous = state;
    };
    const r = runScenario(scenario, {
        components: withComponents(setup.components ?? []),
        options: setup.options ?? { explainScheduling: false },
        attach: (sim) => {
            checker.observe(sim);
            for (const d of declared)
                d.checker.observe(sim);
            sim.batches$.subscribe(({ events, state }) => onBatch(events[0]?.at ?? state.time, state));
            setup.attach?.(sim);
        },
    });
    onBatch(Number.POSITIVE_INFINITY, r.state);
    const violations = checker.finish();
    for (const e of exps) {
        if (!('always' in e))
            continue;
        const mine = violations.filter((v) => v.invariant === e.always);
        results.set(e.index, {
            index: e.index, text: e.text, ok: mine.length === 0, expected: `invariant ${e.always} holds for the whole run`,
            seen: mine.length === 0 ? 'no violation'
                : `${mine.length} violation${mine.length > 1 ? 's' : ''}, first at ${formatDuration(mine[0].at)}: ` +
                    `${mine[0].message}`,
            at: mine[0]?.at ?? r.state.time, violations: mine,
        });
    }
    const own = declared.map((d, i) => {
        const mine = d.checker.finish();
        return {
            index: exps.length + i, text: d.text, label: `invariants[${i}]`, ok: mine.length === 0,
            expected: `${d.text} holds for the whole run`,
            seen: mine.length === 0 ? 'no violation'
                : `${mine.length} violation${mine.length > 1 ? 's' : ''}, first at ${formatDuration(mine[0].at)}: ` +
                    `${mine[0].message}`,
            at: mine[0]?.at ?? r.state.time, violations: mine,
        };
    });
    return { results: [...exps.map((e) => results.get(e.index)), ...own], events: r.events, logHash: r.logHash };
}
/** The scenario's `invariants:` entries, each with its own checker (two entries may share a name). */
function declaredInvariants(scenario, registry) {
    const raw = scenario.invariants;
    const { problems } = parseInvariantSpecs(raw, scenario.file, registry.names());
    if (problems.length)
        throw new ScenarioError(problems);
    if (!Array.isArray(raw))
        return [];
    return raw.map((e) => {
        const one = parseInvariantSpecs([e], scenario.file, registry.names());
        const inv = one.specs.length ? instantiate(one.specs[0]) : registry.select(one.names)[0];
        // Parameters as the user wrote them.
        const { name: _n, ...params } = (typeof e === 'string' ? {} : e);
        const show = (v) => (v && typeof v === 'object'
            ? Object.entries(v).map(([a, b]) => `${a}=${String(b)}`).join(',') : String(v));
        const text = [inv.name, ...Object.entries(params).map(([k, v]) => `${k}=${show(v)}`)].join(' ');
        return { text: `invariant ${text}`, checker: new InvariantChecker([inv]) };
    });
}
