import { randomIntKey, stateKey } from '../cycleState.js';
import { exclusiveDevices, isSharing } from '../gpuShare.js';
import { MAX_NODE_SCORE, MIN_NODE_SCORE } from '../framework.js';
import { SUCCESS } from '../status.js';
import { gpuNames } from './names.js';
const chosenKey = stateKey('RandomScore');
/**
 * Random policy (the artifact's random_score.go): PreScore draws one feasible node uniformly,
 * Score gives it MaxNodeScore and every other node MinNodeScore. Device choice (gpuSelMethod
 * "random", open_gpu_share.go allocateGpuIdBasedOnRandomFit): a share goes to a uniformly drawn
 * device among those with room (reservoir sampling), whole devices to the first free ones.
 */
export const gpuRandom = {
    name: gpuNames.RandomScore,
    preScore(s, _pod, _snapshot, nodes) {
        const draw = s.read(randomIntKey);
        if (nodes.length)
            s.write(chosenKey, nodes[draw ? draw(nodes.length) : 0].name);
        return SUCCESS;
    },
    score(s, _pod, node) {
        return s.read(chosenKey) === node.name ? MAX_NODE_SCORE : MIN_NODE_SCORE;
    },
    selectDevices(pod, node, randomInt) {
        const req = pod.gpu, free = node.gpu?.free;
        if (!req || !free)
            return undefined;
        if (!isSharing(req))
            return exclusiveDevices(free, req);
        let chosen = -1, seen = 0;
        for (let i = 0; i < free.length; i++)
            if (free[i] >= req.milli && randomInt(++seen) === 0)
                chosen = i;
        return chosen < 0 ? undefined : [chosen];
    },
};
