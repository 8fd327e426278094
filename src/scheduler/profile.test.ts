import { expect, test } from 'vitest';
import { buildProfiles, ProfileError } from './profile.js';
import { inTreeRegistry, Registry } from './registry.js';
import { numFeasibleNodesToFind } from './numFeasibleNodes.js';
import { fitErrorMessage } from './plugins/defaultPreemption.js';

const scoreWeights = (config: unknown) => buildProfiles(config).profiles[0].score.map((s) => [s.plugin.name, s.weight]);

test('the default profile has kube-scheduler\'s default score weights (default_plugins.go)', () => {
  expect(scoreWeights(undefined)).toEqual([
    ['TaintToleration', 3], ['NodeAffinity', 2], ['NodeResourcesFit', 1], ['PodTopologySpread', 2],
      ['InterPodAffinity', 2],
    ['NodeResourcesBalancedAllocation', 1], ['ImageLocality', 1],
  ]);
  expect(buildProfiles('default').profiles[0].filter.map((f) => f.name)).toEqual(
    ['NodeUnschedulable', 'NodeName', 'TaintToleration', 'NodeAffinity', 'NodePorts', 'NodeResourcesFit',
      'PodTopologySpread', 'InterPodAffinity']);
});

test('a KubeSchedulerConfiguration re-weights, disables and keeps order', () => {
  expect(scoreWeights({
    apiVersion: 'kubescheduler.config.k8s.io/v1', kind: 'KubeSchedulerConfiguration',
    profiles: [{ plugins: { score: { enabled: [{ name: 'NodeResourcesFit', weight: 7 }],
      disabled: [{ name: 'ImageLocality' }, { name: 'TaintToleration' }] } } }],
  })).toEqual([['NodeAffinity', 2], ['NodeResourcesFit', 7], ['PodTopologySpread', 2], ['InterPodAffinity', 2],
    ['NodeResourcesBalancedAllocation', 1]]);
  expect(scoreWeights({ profiles: [{ plugins: { score: { disabled: [{ name: '*' }],
    enabled: [{ name: 'NodeResourcesFit' }] } } }] })).toEqual([['NodeResourcesFit', 1]]);
});

test('bad configurations are reported together with field paths', () => {
  const bad = { kind: 'Nope', percentageOfNodesToScore: 120,
    profiles: [{ plugins: { score: { enabled: [{ name: 'Bogus' }, { name: 'NodeName', weight: 1 },
      { name: 'ImageLocality', weight: 0 }] }, reserve: {} },
        pluginConfig: [{ name: 'NodeResourcesFit', args: { scoringStrategy: {
          type: 'RequestedToCapacityRatio' } } }] }] };
  let problems: readonly string[] = [];
  try { buildProfiles(bad); } catch (e) { problems = (e as ProfileError).problems; }
  expect(problems).toEqual([
    'scheduler.kind: must be KubeSchedulerConfiguration, got "Nope"',
    'scheduler.percentageOfNodesToScore: must be an integer in 0..100',
    'scheduler.profiles[0].plugins.reserve: extension point not supported by kubesim (supported: multiPoint, ' +
      'preFilter, filter, postFilter, preScore, score)',
    'scheduler.profiles[0].pluginConfig[0].args.scoringStrategy.requestedToCapacityRatio.shape: at least one point is '
      +
      'required',
    // ImageLocality is a default plugin, so it keeps its place before the appended ones
    'scheduler.profiles[0].plugins.score.enabled[2].weight: must be an integer in 1..100, got 0',
    'scheduler.profiles[0].plugins.score.enabled[0].name: unknown plugin "Bogus" (known: BestFitScore, ' +
      ('DefaultPreemption, DotProductScore, FGDScore, GpuClusteringScore, GpuPackingScore, ImageLocality, ' +
        ('InterPodAffinity, NodeAffinity, NodeName, NodePorts, NodeResourcesBalancedAllocation, NodeResourcesFit, ' +
          'NodeUnschedulable, Open-Gpu-Share, PodTopologySpread, RandomScore, TaintToleration)')),
    'scheduler.profiles[0].plugins.score.enabled[1].name: plugin "NodeName" does not implement score',
  ]);
  expect(() => buildProfiles('fastest')).toThrow(
    'scheduler: unknown profile "fastest" (built-in: default, binpack, spread, gpu-share, random, dotprod, ' +
      'clustering, packing, bestfit, fgd)');
});

test('registering a plugin name twice throws', () => {
  expect(() => inTreeRegistry().register('NodeName', () => ({ name: 'NodeName' }))).toThrow(
    'a plugin named NodeName already exists');
  expect(new Registry().registerPlugin({ name: 'X', score: () => 1 }).names()).toEqual(['X']);
});

test.each([
  { nodes: 50, want: 50 }, { nodes: 100, want: 100 }, { nodes: 1000, want: 420 }, { nodes: 2000, want: 680 },
  { nodes: 5000, want: 500 }, { nodes: 6000, want: 300 }, { nodes: 15000, want: 750 },
])('numFeasibleNodesToFind: $nodes nodes -> $want (adaptive max(50 - n/125, 5) %, at least 100)', ({ nodes, want }) => {
  expect(numFeasibleNodesToFind(0, nodes)).toBe(want);
});

test('FailedScheduling message: sorted "COUNT reason" parts', () => {
  expect(fitErrorMessage(3, [['Insufficient cpu'], ["node(s) didn't match Pod's node affinity/selector"],
    ["node(s) didn't match Pod's node affinity/selector"]]))
    .toBe("0/3 nodes are available: 1 Insufficient cpu, 2 node(s) didn't match Pod's node affinity/selector.");
});
