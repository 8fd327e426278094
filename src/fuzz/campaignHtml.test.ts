import { expect, test } from 'vitest';
import type { CampaignReport } from './campaign.js';
import { campaignSectionHtml } from './campaignHtml.js';

const campaign: CampaignReport = {
  seed: 7, runs: 20, shard: { index: 0, count: 1 }, casesRun: 20, casesFailed: 3, failures: [],
  firstBroken: { invariant: 'availability', case: 4, at: 130_000, message: 'm' },
  counterexample: { path: '4:1', shrinks: 9, firstCaseOps: 4, ops: 1, size: { objects: 1, faults: 1, nodes: 3 },
    story: ['2m10s nodeLost of Node/ssd-0 (1 of 3 Ready nodes)', '2m50s availability broken: <web> has 0'],
    violations: [], scenario: 'out/counterexample.yaml', log: 'out/counterexample.jsonl' },
  coverage: { faults: { nodeLost: { injected: 12, noTarget: 0, skipped: 2 },
    probeFail: { injected: 0, noTarget: 20, skipped: 0, noTargetReason: 'no running pod with a liveness probe' } },
  operations: { drain: { injected: 6, noTarget: 0, skipped: 1 } }, transitions: { NodeLost: 12, 'phase:Failed': 2 } },
  noTarget: [{ kind: 'probeFail', reason: 'no running pod with a liveness probe' }], nothingToAimAt: false,
};

test('the campaign section: first broken invariant, the story escaped, replay, coverage per kind and transitions',
  () => {
  const html = campaignSectionHtml(campaign);
  expect(html).toContain('20 cases run (seed 7), <b class="bad">3</b> broke an invariant; first broken: ' +
    '<b>availability</b> in case 4 at 2m10s.');
  expect(html).toContain('<li>2m50s availability broken: &lt;web&gt; has 0</li>');
  expect(html).toContain('shrunk in 9 steps from 4');
  expect(html).toContain('<code>kubesim run out/counterexample.yaml --log replay.jsonl</code>');
  // The most injected kind has the full bar; a kind that found nothing says why, in red.
  expect(html).toMatch(/<td>nodeLost<\/td><td>12<\/td><td><span class="bar" style="width:120px">/);
  expect(html).toMatch(/<td>drain<\/td><td>6<\/td><td><span class="bar" style="width:60px">/);
  expect(html).toContain('<td class="bad">20: no running pod with a liveness probe</td>');
  expect(html).toContain('Kubernetes transitions reached (2)');
  expect(html).toContain('<tr><td>phase:Failed</td><td>2</td></tr>');
});

test('a campaign with nothing to aim at says so, and one without a counterexample has no story', () => {
  const { counterexample: _c, firstBroken: _f, ...passed } = campaign;
  const html = campaignSectionHtml({ ...passed, casesFailed: 0, nothingToAimAt: true });
  expect(html).not.toContain('Counterexample');
  expect(html).toContain('Nothing to aim at');
});
