import { isQualifiedName } from '../../api/validation/common.js';
import { MAX_CUSTOM_PRIORITY_SCORE } from './nodeResourcesFit.js';
const SHAPE = 'scoringStrategy.requestedToCapacityRatio.shape';
/**
 * NodeResourcesFitArgs as validation_pluginargs.go ValidateNodeResourcesFitArgs checks them:
 * ignoredResources and ignoredResourceGroups are label names (a group without '/'), a known
 * strategy, weights in 1..100, and a RequestedToCapacityRatio shape of increasing points.
 */
export function validateFitArgs(args) {
    const errs = [];
    if (args === undefined || args === null)
        return errs;
    if (typeof args !== 'object')
        return ['args: must be an object'];
    const a = args;
    const bad = (path, v, why) => {
        errs.push(`${path}: Invalid value: ${JSON.stringify(v)}: ${why}`);
    };
    (Array.isArray(a.ignoredResources) ? a.ignoredResources : []).forEach((r, i) => {
        if (typeof r !== 'string' || !isQualifiedName(r))
            bad(`ignoredResources[${i}]`, r, 'must be a qualified name');
    });
    (Array.isArray(a.ignoredResourceGroups) ? a.ignoredResourceGroups : []).forEach((g, i) => {
        const at = `ignoredResourceGroups[${i}]`;
        if (typeof g === 'string' && g.includes('/'))
            bad(at, g, "resource group name can't contain '/'");
        else if (typeof g !== 'string' || !isQualifiedName(g))
            bad(at, g, 'must be a qualified name');
    });
    const s = a.scoringStrategy;
    if (s === undefined || s === null)
        return errs;
    // Shapes first: a null or a number where a list or mapping belongs is an error, not a crash.
    if (typeof s !== 'object' || Array.isArray(s))
        return [...errs,
            'scoringStrategy: must be {type, resources, requestedToCapacityRatio}'];
    if (s.resources !== undefined && s.resources !== null && !Array.isArray(s.resources)) {
        return [...errs, 'scoringStrategy.resources: must be a list of {name, weight}'];
    }
    const ratio = s.requestedToCapacityRatio;
    if (ratio !== undefined && ratio !== null && (typeof ratio !== 'object' || Array.isArray(ratio))) {
        return [...errs, 'scoringStrategy.requestedToCapacityRatio: must be {shape: [{utilization, score}]}'];
    }
    const points = s.requestedToCapacityRatio?.shape;
    if (Array.isArray(points) && points.some((p) => typeof p !== 'object' || p === null)) {
        return [...errs, 'scoringStrategy.requestedToCapacityRatio.shape: must be a list of {utilization, score}'];
    }
    if (s.type !== undefined && !['LeastAllocated', 'MostAllocated', 'RequestedToCapacityRatio'].includes(s.type)) {
        errs.push('scoringStrategy.type: must be LeastAllocated, MostAllocated or RequestedToCapacityRatio, '
            + `got ${JSON.stringify(s.type)}`);
    }
    (s.resources ?? []).forEach((r, i) => {
        if (typeof r?.name !== 'string' || !r.name)
            errs.push(`scoringStrategy.resources[${i}].name: required`);
        if (!Number.isInteger(r?.weight) || r.weight < 1 || r.weight > 100) {
            errs.push(`scoringStrategy.resources[${i}].weight: must be an integer in 1..100`);
        }
    });
    if (s.type === 'RequestedToCapacityRatio') {
        const shape = s.requestedToCapacityRatio?.shape;
        if (!Array.isArray(shape) || shape.length === 0)
            errs.push(`${SHAPE}: at least one point is required`);
        else
            shape.forEach((p, i) => {
                if (!Number.isInteger(p.utilization) || p.utilization < 0 || p.utilization > 100) {
                    errs.push(`${SHAPE}[${i}].utilization: must be an integer in 0..100`);
                }
                if (!Number.isInteger(p.score) || p.score < 0 || p.score > MAX_CUSTOM_PRIORITY_SCORE) {
                    errs.push(`${SHAPE}[${i}].score: must be an integer in 0..10`);
                }
                if (i > 0 && p.utilization <= shape[i - 1].utilization) {
                    errs.push(`${SHAPE}[${i}].utilization: must be increasing`);
                }
            });
    }
    return errs;
}
