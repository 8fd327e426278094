import { MAX_DURATION_MS } from '../api/limits.js';
export function impossibleHistory(header, events) {
    const h = header;
    if (typeof h.scenario !== 'string')
        return { index: -1, message: 'header: scenario must be a string' };
    if (!Number.isSafeInteger(h.seed))
        return { index: -1,
            message: `header: seed must be a whole number up to 2^53 - 1, got ${JSON.stringify(h.seed)}` };
    if (typeof h.startTime !== 'number' || !Number.isFinite(h.startTime))
        return { index: -1,
            message: 'header: startTime must be a finite number' };
    if (!Number.isSafeInteger(h.until) || h.until < 0
        || h.until > MAX_DURATION_MS)
        return { index: -1,
            message: `header: until must be whole milliseconds from 0 to ${MAX_DURATION_MS}, got ` +
                `${JSON.stringify(h.until)}` };
    const nodes = new Set();
    const pods = new Map(); // uid -> key
    const podKeys = new Set();
    for (let i = 0; i < events.length; i++) {
        const e = events[i];
        const bad = (message) => ({ index: i, message });
        if (!Number.isSafeInteger(e.at) || e.at < 0)
            return bad(`virtual time ${JSON.stringify(e.at)} is not whole milliseconds from 0`);
        if (e.at > header.until)
            return bad(`virtual time ${e.at} is after the run's until (${header.until})`);
        if (i === 0 && (e.type !== 'SimulationStarted' || e.at !== 0))
            return bad('the first fact must be SimulationStarted at 0');
        if (i > 0 && e.type === 'SimulationStarted')
            return bad('SimulationStarted again: a run starts once');
        if (e.type === 'SimulationStarted' && (e.seed !== header.seed || e.scenario !== header.scenario))
            return bad('SimulationStarted names another scenario or seed than the header');
        if (e.type === 'SimulationStopped' && i !== events.length - 1)
            return bad('facts after SimulationStopped');
        if (e.type === 'NodeAdded') {
            if (nodes.has(e.node))
                return bad(`node ${JSON.stringify(e.node)} is added twice`);
            if (e.object.metadata.name !== e.node)
                return bad(`NodeAdded names node ${JSON.stringify(e.node)} but holds ${JSON.stringify(e.object.metadata.name)}`);
            nodes.add(e.node);
            continue;
        }
        if (e.type === 'PodCreated') {
            if (pods.has(e.uid))
                return bad(`pod uid ${e.uid} is created twice`);
            if (podKeys.has(e.pod))
                return bad(`pod ${e.pod} is created while a pod of that name exists`);
            pods.set(e.uid, e.pod);
            podKeys.add(e.pod);
            continue;
        }
        if ('node' in e && typeof e.node === 'string' && e.type.startsWith('Node')
            && !nodes.has(e.node))
            return bad(`${e.type} of node ${JSON.stringify(e.node)}, which does not exist`);
        if (e.type === 'PodScheduled' && !nodes.has(e.node))
            return bad(`pod ${e.pod} binds to node ${JSON.stringify(e.node)}, which does not exist`);
        if ('uid' in e && 'pod' in e && typeof e.uid === 'string') {
            const key = pods.get(e.uid);
            if (key === undefined)
                return bad(`${e.type} of pod ${e.pod} (uid ${e.uid}), which was never created`);
            if (key !== e.pod)
                return bad(`${e.type} names pod ${e.pod} but uid ${e.uid} is pod ${key}`);
            if (e.type === 'PodDeleted') {
                pods.delete(e.uid);
                podKeys.delete(e.pod);
            }
        }
    }
    return undefined;
}
