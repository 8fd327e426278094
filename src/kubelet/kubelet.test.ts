import { describe, expect, test } from 'vitest';
import { onePod, podNamed, simulate, timeline } from '../../test-support/kubelet.js';

const pod = (body: string) => `  - apiVersion: v1
    kind: Pod
    metadata: {name: p}
    spec:
${body}`;

describe('kubelet smoke', () => {
  test('a plain pod pulls, creates and starts', () => {
    const { events, state } = simulate(onePod(pod(`      containers: [{name: app, image: "nginx:1.25"}]`)));
    expect(timeline(events, 'p')).toEqual([]);
    expect(podNamed(state, 'p')?.status).toEqual({});
  });
});
