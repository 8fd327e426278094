import { balancedAllocationPlugin, validateBalancedAllocationArgs } from './plugins/balancedAllocation.js';
import { defaultPreemption } from './plugins/defaultPreemption.js';
import { imageLocality } from './plugins/imageLocality.js';
import { interPodAffinity } from './plugins/interPodAffinity.js';
import { gpuNames, names } from './plugins/names.js';
import { nodeAffinity } from './plugins/nodeAffinity.js';
import { nodeName } from './plugins/nodeName.js';
import { nodeResourcesFit } from './plugins/nodeResourcesFit.js';
import { validateFitArgs } from './plugins/nodeResourcesFitArgs.js';
import { nodeUnschedulable } from './plugins/nodeUnschedulable.js';
import { nodePorts } from './plugins/nodePorts.js';
import { podTopologySpread } from './plugins/podTopologySpread.js';
import { taintToleration } from './plugins/taintToleration.js';
import { fgd } from './plugins/fgd.js';
import { gpuBestFit } from './plugins/gpuBestFit.js';
import { gpuClustering } from './plugins/gpuClustering.js';
import { gpuDotProduct } from './plugins/gpuDotProduct.js';
import { gpuPacking } from './plugins/gpuPacking.js';
import { gpuRandom } from './plugins/gpuRandom.js';
import { gpuShare } from './plugins/gpuShare.js';
import { validateTargetWorkload } from './gpuFrag.js';
/** Plugin name -> factory (kube-scheduler's runtime.Registry). Registering a name twice throws. */
export class Registry {
    #entries = new Map();
    register(name, factory, validateArgs) {
        if (this.#entries.has(name))
            throw new Error(`a plugin named ${name} already exists`);
        this.#entries.set(name, validateArgs ? { factory, validateArgs } : { factory });
        return this;
    }
    /** Registers a ready-made plugin object (an out-of-tree plugin that takes no args). */
    registerPlugin(plugin) {
        return this.register(plugin.name, () => plugin);
    }
    get(name) {
        return this.#entries.get(name);
    }
    has(name) {
        return this.#entries.has(name);
    }
    names() {
        return [...this.#entries.keys()].sort();
    }
}
const stateless = (p) => () => p;
/** The in-tree plugins (pkg/scheduler/framework/plugins/registry.go), a fresh registry each call. */
export function inTreeRegistry() {
    return new Registry()
        .register(names.NodeUnschedulable, stateless(nodeUnschedulable))
        .register(names.NodeName, stateless(nodeName))
        .register(names.TaintToleration, stateless(taintToleration))
        .register(names.NodeAffinity, stateless(nodeAffinity))
        .register(names.NodePorts, stateless(nodePorts))
        .register(names.NodeResourcesFit, (args) => nodeResourcesFit(args), validateFitArgs)
        .register(names.PodTopologySpread, stateless(podTopologySpread))
        .register(names.InterPodAffinity, stateless(interPodAffinity))
        .register(names.DefaultPreemption, stateless(defaultPreemption))
        .register(names.NodeResourcesBalancedAllocation, (args) => balancedAllocationPlugin(args), validateBalancedAllocationArgs)
        .register(names.ImageLocality, () => imageLocality())
        // GPU sharing and the ATC'23 policies (not in kube-scheduler; enabled by the gpu profiles).
        .register(gpuNames.GpuShare, stateless(gpuShare))
        .register(gpuNames.RandomScore, stateless(gpuRandom))
        .register(gpuNames.DotProductScore, stateless(gpuDotProduct))
        .register(gpuNames.GpuClusteringScore, stateless(gpuClustering))
        .register(gpuNames.GpuPackingScore, stateless(gpuPacking))
        .register(gpuNames.BestFitScore, stateless(gpuBestFit))
        .register(gpuNames.FGDScore, (args) => fgd(args), validateTargetWorkload);
}
