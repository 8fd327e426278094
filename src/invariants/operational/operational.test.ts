import { describe, expect, test } from 'vitest';
import { INVARIANT_CASES } from '../../../test-support/chaos.js';
import { scenarioFrom } from '../../../test-support/scenario.js';
import { checkScenario } from '../../check/evaluate.js';
import { buildSetup } from '../../fuzz/plugins.js';
import { ScenarioError } from '../../api/problems.js';
import { parseInvariantFlag, parseInvariantSpecs } from './index.js';

const setup = await buildSetup({ invariants: [], plugins: [] });
const declared = (yaml: string) => checkScenario(scenarioFrom(yaml),
  setup).results.filter((r) => r.label?.startsWith('invariants['));

describe.each(INVARIANT_CASES)('$invariant', (c) => {
  test('breaks on the scenario with the hazard, naming the object, what held and when', () => {
    const [r] = declared(c.breaks(true));
    expect(r.ok).toBe(false);
    expect(r.violations![0].invariant).toBe(c.invariant);
    expect(r.violations![0].objects.length).toBeGreaterThan(0);
    expect(r.seen).toMatch(/first at \d+m?\d*s?: .+/);
  });
  test('holds on the scenario without it, under the same faults', () => {
    const [r] = declared(c.holds);
    expect({ ok: r.ok, seen: r.seen }).toEqual({ ok: true, seen: 'no violation' });
  });
});

describe('messages', () => {
  test('availability says where the replicas were and what happened to the node', () => {
    const [r] = declared(INVARIANT_CASES[0].breaks(true));
    expect(r.violations![0].message).toBe(
      'Deployment/default/web has 0 ready replicas from 2m55s, want at least 1 (min 1): all 2 replicas were on ssd-0 ' +
        'because of nodeSelector disk=ssd; ssd-0 lost at 2m');
  });
  test('a bound that expires between two instants breaks at its deadline (drain started at 1m, bound 3m)', () => {
    const [r] = declared(INVARIANT_CASES.find((x) => x.invariant === 'drain-completes')!.breaks(true));
    expect(r.violations![0].at).toBe(4 * 60_000);
  });
});

describe('parameters', () => {
  test.each([
    { name: 'an unknown parameter', raw: [{ name: 'availability', minimum: 2 }],
      want: 'f.yaml: invariants[0].minimum: unknown parameter of availability (known: selector, namespace, min, ' +
        'recoverWithin)' },
    { name: 'a bad selector', raw: [{ name: 'pending-bounded', selector: 'app' }],
      want: 'f.yaml: invariants[0].selector: must be label=value pairs separated by commas, got "app"' },
    { name: 'a bad duration', raw: [{ name: 'drain-completes', within: 'soon' }],
      want: expect.stringMatching(/^f\.yaml: invariants\[0\]\.within: /) },
    { name: 'an unknown name', raw: [{ name: 'uptime' }], want: expect.stringMatching(
      /^f\.yaml: invariants\[0\]\.name: unknown invariant "uptime" \(known: availability, /) },
    { name: 'parameters on a law that takes none', raw: [{ name: 'replicas-converge', min: 1 }],
      want: 'f.yaml: invariants[0].min: replicas-converge takes no parameters' },
  ])('$name is an error naming the field', ({ raw, want }) => {
    const r = parseInvariantSpecs(raw, 'f.yaml', ['replicas-converge']);
    expect(r.problems.map((p) => `${p.file}: ${p.path}: ${p.message}`)).toEqual([want]);
  });

  test('a scenario with a bad entry fails the check with ScenarioError', () => {
    const yaml = INVARIANT_CASES[0].holds.replace('min: 1}', 'min: lots}');
    expect(() => checkScenario(scenarioFrom(yaml), setup)).toThrow(ScenarioError);
  });

  test('--invariant reads a name and key=value words, a selector keeping its own =', () => {
    expect(parseInvariantFlag('availability selector=app=web,tier=fe min=50%')).toEqual(
      { name: 'availability', params: { selector: { app: 'web', tier: 'fe' }, min: '50%' } });
    expect(parseInvariantFlag('pending-bounded max=90s')).toEqual({ name: 'pending-bounded', params: { max: 90_000 } });
    expect(() => parseInvariantFlag('availability min')).toThrow('--invariant availability: "min" must be key=value');
  });
});
