import { expect, test } from 'vitest';
import { makeNode, makePod, makeSnapshot } from '../../../test-support/scheduler.js';
import { newCycleState } from '../cycleState.js';
import { SKIP } from '../status.js';
import { calculatePriority, imageLocality } from './imageLocality.js';

const MB = 1024 * 1024;

test('a 500 MB image on 2 of 3 nodes scores 31 where present, 0 elsewhere', () => {
  const snap = makeSnapshot([
    makeNode('n1').images({ names: ['nginx:latest'], sizeBytes: 500 * MB }).obj(),
    makeNode('n2').obj(),
    makeNode('n3').images({ names: ['docker.io/nginx', 'nginx:latest'], sizeBytes: 500 * MB }).obj(),
  ]);
  const pod = makePod().image('nginx').info(); // normalised to nginx:latest
  const p = imageLocality();
  const s = newCycleState();
  expect(p.preScore(s, pod, snap, snap.nodes)).toEqual({ code: 'Success' });
  // sum = trunc(500 MB * 2/3) = 349525333; (349525333 - 23 MB) * 100 / (1000 MB - 23 MB) = 31.76 -> 31
  expect(snap.nodes.map((n) => p.score(s, pod, n))).toEqual([31, 0, 31]);
});

test('the summed score is clamped between 23 MB and 1000 MB per container', () => {
  expect(calculatePriority(10 * MB, 1)).toBe(0);
  expect(calculatePriority(5000 * MB, 1)).toBe(100);
  expect(calculatePriority(5000 * MB, 2)).toBe(100);
});

test('PreScore skips when no node has any of the images', () => {
  const snap = makeSnapshot([makeNode('n1').obj()]);
  expect(imageLocality().preScore(newCycleState(), makePod().image('redis:7').info(), snap, snap.nodes)).toEqual(SKIP);
});
