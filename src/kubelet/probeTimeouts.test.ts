import { describe, expect, test } from 'vitest';
import { onePod, podNamed, simulate, timeline } from '../../test-support/kubelet.js';
import { kubeEvent } from '../output/kubeEvent.js';
import { recordEvents } from '../output/events/record.js';
import { eventCount, firstSeen, lastSeen } from '../output/events/eventObject.js';
import { nextProbeChange, probeOutcome, probeTiming } from './probes.js';

const probed = (probes: string, behavior: string, until = '60s') => onePod(`  - apiVersion: v1
    kind: Pod
    metadata:
      name: p
      annotations: {kubesim.io/behavior: "${behavior}"}
    spec:
      containers:
      - name: app
        image: "busybox:1.36"
        ports: [{name: web, containerPort: 8080}]
${probes}`, '', until);

describe('probe timeouts: timeoutSeconds against the handler\'s latency (pkg/kubelet/prober/prober.go runProbe)',
  () => {
  test.each([
    { name: 'an answer within the timeout passes', timeout: 1000, latency: 999, fails: false },
    { name: 'an answer at the timeout is too late (the client gives up at the deadline)', timeout: 1000,
      latency: 1000, fails: true },
    { name: 'timeoutSeconds 3 tolerates 2.5 s', timeout: 3000, latency: 2500, fails: false },
  ])('$name', ({ timeout, latency, fails }) => {
    const o = probeOutcome({ latency }, undefined, timeout);
    expect(nextProbeChange(probeTiming({}), o, 0, 'success', 0)?.result).toBe(fails ? 'failure' : undefined);
    expect(o.timedOut(0)).toBe(fails);
  });

  test('a liveness handler slow from 30 s fails at the third timed-out probe, with Go\'s HTTP client error', () => {
    const { events } =
      simulate(probed(`        livenessProbe: {httpGet: {path: /healthz, port: web}, initialDelaySeconds: 5,
          periodSeconds: 5}`, '{probes: {liveness: {latency: 1500ms, slowAfter: 30s}}}'));
    // Started at 2 s; probes 5 s apart from 7 s; those at 32, 37 and 42 s take 1.5 s > 1 s: the third kills.
    expect(timeline(events, 'p').filter((l) => /Probe|Killing/.test(l))).toEqual([
      '42000 ProbeFailed app liveness', '42000 Killing app Container app failed liveness probe, will be restarted']);
    const failed = events.find((e) => e.type === 'ProbeFailed')!;
    // pkg/probe/http/http.go DoHTTPProbe: the client's error text; the named port resolved (findPortByName).
    expect(kubeEvent(failed)?.message).toMatch(
      new RegExp(/^Liveness probe failed: Get "http:\/\/10\.\d+\.\d+\.\d+/.source
      + /:8080\/healthz": context deadline exceeded \(Client\.Timeout exceeded while awaiting headers\)$/.source));
  });

  test('exec, tcp and grpc timeouts read as pkg/probe/exec, tcp and grpc write them', () => {
    const run = (probe: string) => {
      const { events, state } = simulate(probed(`        readinessProbe: {${probe}, timeoutSeconds: 2}`,
        '{probes: {readiness: {latency: 5s}}}'));
      const ip = podNamed(state, 'p')!.status.podIP;
      return (events.find((e) => e.type === 'ProbeFailed') as { message?: string } | undefined)?.message
        ?.replace(ip ?? '-', 'IP');
    };
    expect(run('exec: {command: [sh, -c, "sleep 10"]}')).toBe('command "sh -c sleep 10" timed out');
    expect(run('tcpSocket: {port: 80}')).toBe('dial tcp IP:80: i/o timeout');
    expect(run('grpc: {port: 9000}')).toBe('timeout: health rpc did not complete within 2s');
  });
});

describe('Unhealthy events: one per failed probe, counted by the event correlator', () => {
  test('a readiness probe timing out every period: one Event whose count is the number of failed probes', () => {
    const { events } = simulate(probed(`        readinessProbe: {tcpSocket: {port: 80}, periodSeconds: 10}`,
      '{probes: {readiness: {latency: 3s}}}', '2m'));
    const unhealthy = recordEvents(events, 0).filter((e) => e.reason === 'Unhealthy');
    // Started at 2 s: probes at 2, 12, ..., 112 s all fail (12 before the end at 120 s). The kubelet's
    // recorder (client-go record.EventCorrelator, eventObserve) updates one Event per identical message.
    expect(unhealthy).toHaveLength(1);
    expect([eventCount(unhealthy[0]), firstSeen(unhealthy[0]), lastSeen(unhealthy[0])]).toEqual([12, 2000, 112_000]);
    expect(unhealthy[0].message).toMatch(/^Readiness probe failed: dial tcp [\d.]+:80: i\/o timeout$/);
    expect(unhealthy[0].type).toBe('Warning');
  });
});
