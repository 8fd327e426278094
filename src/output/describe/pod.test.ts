import { expect, test } from 'vitest';
import { onePod, podNamed, simulate } from '../../../test-support/kubelet.js';
import { describePod } from './pod.js';
import { eventsAbout } from './events.js';
import { rfc1123z } from './writer.js';
import { recordEvents } from '../events/record.js';

test('rfc1123z prints Go RFC1123Z in UTC', () => {
  expect(rfc1123z(Date.UTC(2026, 0, 1), 62_000)).toBe('Thu, 01 Jan 2026 00:01:02 +0000');
});

// Expected text written from kubectl 1.34's describe.go describePod / describeContainers / DescribeEvents and
// tabbedString's tabwriter (minwidth 0, padding 2): a column block runs over consecutive lines with a tab, so
// "memory:" under Requests aligns with "Environment:" below it, and the Conditions rows keep their trailing space
// ("%v \t%v \n"). A waiting state prints its reason only (describeStatus).
test('describe pod shows state, last state, restart count, conditions and folded events', () => {
  const s = onePod(`  - apiVersion: v1
    kind: Pod
    metadata: {name: p, labels: {app: web}, annotations: {kubesim.io/behavior: "{exitAfter: 5s, exitCode: 1}"}}
    spec:
      containers:
      - {name: app, image: "nginx:1.25", ports: [{containerPort: 80}], resources: {limits: {memory: 64Mi}}}`, '',
        '30s');
  const { events, state } = simulate(s);
  const pod = podNamed(state, 'p')!;
  const uid = pod.metadata.uid;
  const text = describePod(pod, eventsAbout(recordEvents(events, state.startTime, state.time), 'Pod', 'default', 'p',
    uid), state.startTime, state.time);
  const lines = text.split('\n');
  expect(lines.slice(0, 12)).toEqual([
    'Name:             p',
    'Namespace:        default',
    'Priority:         0',
    'Service Account:  default',
    'Node:             node-a/10.0.0.4',
    'Start Time:       Thu, 01 Jan 2026 00:00:00 +0000',
    'Labels:           app=web',
    'Annotations:      kubesim.io/behavior: {exitAfter: 5s, exitCode: 1}',
    'Status:           Running',
    'IP:               10.128.0.2',
    'IPs:',
    '  IP:  10.128.0.2',
  ]);
  expect(text).toContain(`    State:          Waiting
      Reason:       CrashLoopBackOff
    Last State:     Terminated
      Reason:       Error
      Exit Code:    1
      Started:      Thu, 01 Jan 2026 00:00:22 +0000
      Finished:     Thu, 01 Jan 2026 00:00:27 +0000
    Ready:          False
    Restart Count:  2
    Limits:
      memory:  64Mi
    Requests:
      memory:     64Mi
    Environment:  <none>
    Mounts:       <none>
Conditions:
  Type                        Status
  PodReadyToStartContainers   True 
  Initialized                 True 
  Ready                       False 
  ContainersReady             False 
  PodScheduled                True 
Volumes:                      <none>
QoS Class:                    Burstable
Node-Selectors:               <none>
Tolerations:                  node.kubernetes.io/not-ready:NoExecute op=Exists for 300s
                              node.kubernetes.io/unreachable:NoExecute op=Exists for 300s
Events:`);
  expect(lines.slice(lines.indexOf('Events:'))).toEqual([
    'Events:',
    '  Type     Reason     Age               From               Message',
    '  ----     ------     ----              ----               -------',
    '  Normal   Scheduled  30s               default-scheduler  Successfully assigned default/p to node-a',
    '  Normal   Pulling    30s               kubelet            Pulling image "nginx:1.25"',
    '  Normal   Pulled     28s               kubelet            Successfully pulled image "nginx:1.25" in 2s (2s ' +
      'including waiting)',
    // Instances start at 2, 7 and 22 s; exits at 7, 12 and 27 s; back-off after the 12 s and 27 s exits.
    '  Normal   Created    8s (x3 over 28s)  kubelet            Created container: app',
    '  Normal   Started    8s (x3 over 28s)  kubelet            Started container app',
    '  Normal   Pulled     8s (x2 over 23s)  kubelet            Container image "nginx:1.25" already present on ' +
      'machine',
    `  Warning  BackOff    3s (x2 over 18s)  kubelet            Back-off restarting failed container app in pod ` +
      `p_default(${uid})`,
    '',
  ]);
});
