/**
 * kubectl describe of Services, ConfigMaps and Namespaces (kubectl 1.34 pkg/describe/describe.go:
 * describeService, ConfigMapDescriber, describeNamespace with DescribeResourceQuotas and
 * DescribeLimitRanges).
 */
import type { KubeObject, Labels, Pod } from '../../api/types.js';
import { labelSetMatches } from '../../api/labelSelector.js';
import { isPodReady } from '../../reducers/podStatus.js';
import { formatLabels } from '../printers/labels.js';
import { quantityString } from './containers.js';
import { num, spec, status, str, type DescribeContext } from './context.js';
import { describeObject } from './object.js';
import { rec, type Rec } from '../printers/types.js';
import { DescribeWriter, printAnnotations, printLabels } from './writer.js';


/** A named targetPort resolved against the pod's containers (endpointslice's podutil.FindPort); undefined if absent. */
function portOn(p: Pod, target: unknown, protocol: string): number | undefined {
  if (typeof target === 'number') return target;
  for (const c of p.spec.containers) {
    for (const cp of c.ports ?? []) {
      if (cp.name === target && (cp.protocol ?? 'TCP') === protocol) return cp.containerPort;
    }
  }
  return undefined;
}

/**
 * The endpoints the EndpointSlice controller publishes for one service port (selected pods of the
 * namespace with an IP, not terminal, not terminating unless publishNotReadyAddresses; ready as the
 * pod's Ready condition), formatted as describe.go formatEndpointSlices does: the first three ready
 * `ip:port`, then ` + N more...`. Pods in name order (one slice; the controller's order is not
 * specified).
 */
function endpoints(svc: KubeObject, port: Rec, pods: readonly Pod[], slices: readonly KubeObject[]): string {
  const s = spec(svc);
  const selector = s.selector as Labels | undefined;
  if (!selector || Object.keys(selector).length === 0) return sliceEndpoints(svc, port, slices);
  const publish = s.publishNotReadyAddresses === true;
  const eps: { text: string; ready: boolean }[] = [];
  for (const p of [...pods].sort((a, b) => (a.metadata.name < b.metadata.name ? -1 : 1))) {
    if (!p.status.podIP || p.status.phase === 'Succeeded' || p.status.phase === 'Failed') continue;
    if (!labelSetMatches(selector, p.metadata.labels)) continue;
    if (p.metadata.deletionTimestamp !== undefined && !publish) continue;
    const n = portOn(p, port.targetPort ?? port.port, str(port.protocol ?? 'TCP'));
    if (n === undefined) continue;
    eps.push({ text: `${p.status.podIP}:${n}`, ready: publish || isPodReady(p) });
  }
  return eps.length === 0 ? '<none>' : formatEndpointSlices(eps);
}

/** formatEndpointSlices' list: the first three ready endpoints, then ` + N more...`. */
function formatEndpointSlices(eps: readonly { text: string; ready: boolean }[]): string {
  const list: string[] = [];
  let more = false, count = 0;
  for (const e of eps) {
    // As formatEndpointSlices: `more` is decided before an endpoint's readiness is.
    if (list.length === 3) more = true;
    if (!e.ready) continue;
    if (!more) list.push(e.text);
    count++;
  }
  return more ? `${list.join(',')} + ${count - 3} more...` : list.join(',');
}

/**
 * A Service without a selector: formatEndpointSlices over the EndpointSlices labelled with its name
 * (discovery LabelServiceName) that exist, such as the API server's own for `default/kubernetes`
 * (api/bootstrap.ts): each ready endpoint's first address at each slice port of the service port's name.
 */
function sliceEndpoints(svc: KubeObject, port: Rec, slices: readonly KubeObject[]): string {
  const mine = slices.filter((x) => x.metadata.labels?.['kubernetes.io/service-name'] === svc.metadata.name);
  if (mine.length === 0) return '<none>';
  const eps: { text: string; ready: boolean }[] = [];
  for (const slice of mine) {
    for (const p of ((slice as Rec).ports ?? []) as readonly Rec[]) {
      if (str(p.name) !== str(port.name)) continue;
      for (const e of ((slice as Rec).endpoints ?? []) as readonly Rec[]) {
        eps.push({ text: `${str((e.addresses as string[])[0])}:${num(p.port)}`,
          ready: rec(e.conditions).ready === true });
      }
    }
  }
  return formatEndpointSlices(eps);
}

/** buildIngressString: each ingress' IP (with its ipMode) or hostname, comma separated. */
const ingressString = (ingress: readonly Rec[]): string => ingress.map((i) => (i.ip
  ? `${str(i.ip)}${i.ipMode ? ` (${str(i.ipMode)})` : ''}` : str(i.hostname))).join(', ');

/** describe.go describeService, over the Service as the API server stores it (defaults applied). */
export function describeService(svc: KubeObject, ctx: DescribeContext): string {
  const s = spec(svc), st = status(svc);
  return describeObject(svc, ctx, false, (w) => {
    printLabels(w, 'Labels', svc.metadata.labels);
    printAnnotations(w, 'Annotations', svc.metadata.annotations);
    w.write(0, `Selector:\t${formatLabels(s.selector as Labels | undefined)}\n`);
    w.write(0, `Type:\t${str(s.type)}\n`);
    if (s.ipFamilyPolicy !== undefined) w.write(0, `IP Family Policy:\t${str(s.ipFamilyPolicy)}\n`);
    const list = (v: unknown): string => (Array.isArray(v) && v.length ? v.join(',') : '<none>');
    w.write(0, `IP Families:\t${list(s.ipFamilies)}\n`);
    w.write(0, `IP:\t${str(s.clusterIP)}\n`);
    w.write(0, `IPs:\t${list(s.clusterIPs)}\n`);
    if (Array.isArray(s.externalIPs) && s.externalIPs.length) w.write(0, `External IPs:\t${s.externalIPs.join(',')}\n`);
    if (s.loadBalancerIP) w.write(0, `Desired LoadBalancer IP:\t${str(s.loadBalancerIP)}\n`);
    if (s.externalName) w.write(0, `External Name:\t${str(s.externalName)}\n`);
    const ingress = (rec(st.loadBalancer).ingress ?? []) as readonly Rec[];
    if (ingress.length) w.write(0, `LoadBalancer Ingress:\t${ingressString(ingress)}\n`);
    for (const p of (s.ports ?? []) as readonly Rec[]) {
      const name = str(p.name) || '<unset>', proto = str(p.protocol);
      w.write(0, `Port:\t${name}\t${num(p.port)}/${proto}\n`);
      w.write(0, `TargetPort:\t${str(p.targetPort)}/${proto}\n`);
      if (p.appProtocol !== undefined) w.write(0, `AppProtocol:\t${str(p.appProtocol)}\n`);
      if (p.nodePort) w.write(0, `NodePort:\t${name}\t${num(p.nodePort)}/${proto}\n`);
      w.write(0, `Endpoints:\t${endpoints(svc, p, ctx.pods, ctx.list('endpointslices'))}\n`);
    }
    w.write(0, `Session Affinity:\t${str(s.sessionAffinity)}\n`);
    if (s.externalTrafficPolicy) w.write(0, `External Traffic Policy:\t${str(s.externalTrafficPolicy)}\n`);
    if (s.internalTrafficPolicy !== undefined) w.write(0,
      `Internal Traffic Policy:\t${str(s.internalTrafficPolicy)}\n`);
    if (s.healthCheckNodePort) w.write(0, `HealthCheck NodePort:\t${num(s.healthCheckNodePort)}\n`);
    if (Array.isArray(s.loadBalancerSourceRanges) && s.loadBalancerSourceRanges.length) {
      w.write(0, `LoadBalancer Source Ranges:\t${s.loadBalancerSourceRanges.join(',')}\n`);
    }
    if (s.trafficDistribution !== undefined) w.write(0, `Traffic Distribution:\t${str(s.trafficDistribution)}\n`);
  });
}

/** ConfigMapDescriber: Data with each key's value under `----`, BinaryData as byte counts, keys sorted. */
export function describeConfigMap(cm: KubeObject, ctx: DescribeContext): string {
  const data = rec(cm.data), binary = rec(cm.binaryData);
  return describeObject(cm, ctx, false, (w) => {
    printLabels(w, 'Labels', cm.metadata.labels);
    printAnnotations(w, 'Annotations', cm.metadata.annotations);
    w.write(0, '\nData\n====\n');
    for (const k of Object.keys(data).sort()) w.write(0, `${k}:\n----\n${str(data[k])}\n\n`);
    w.write(0, '\nBinaryData\n====\n');
    // binaryData values are base64 in the API: the describer counts the decoded bytes.
    for (const k of Object.keys(binary).sort()) w.write(0, `${k}: ${Buffer.from(str(binary[k]), 'base64').length}`
      + ' bytes\n');
    w.write(0, '\n');
  });
}

/** helpTextForResourceQuotaScope. */
const SCOPE_HELP: Readonly<Record<string, string>> = {
  Terminating: 'Matches all pods that have an active deadline. These pods have a limited lifespan on a node before '
    + 'being actively terminated by the system.',
  NotTerminating: 'Matches all pods that do not have an active deadline. These pods usually include long running pods '
    + 'whose container command is not expected to terminate.',
  BestEffort: 'Matches all pods that do not have resource requirements set. These pods have a best effort quality of '
    + 'service.',
  NotBestEffort: 'Matches all pods that have at least one resource requirement set. These pods have a burstable or '
    + 'guaranteed quality of service.',
};

/** Go's Quantity.String() of a stored quantity (a number prints as itself). */
const qty = (v: unknown): string => (v === undefined ? '0' : quantityString(v as string));

/** DescribeResourceQuotas: quotas by name, each with its scopes and `Resource Used Hard` sorted by resource. */
function resourceQuotas(w: DescribeWriter, quotas: readonly KubeObject[]): void {
  if (!quotas.length) { w.write(0, 'No resource quota.\n'); return; }
  w.write(0, 'Resource Quotas\n');
  for (const q of [...quotas].sort((a, b) => (a.metadata.name < b.metadata.name ? -1 : 1))) {
    w.write(1, `Name:\t${q.metadata.name}\n`);
    const scopes = [...((spec(q).scopes ?? []) as string[])].sort();
    if (scopes.length) {
      w.write(1, `Scopes:\t${scopes.join(', ')}\n`);
      for (const sc of scopes) if (SCOPE_HELP[sc]) w.write(1, `* ${SCOPE_HELP[sc]}\n`);
    }
    w.write(1, 'Resource\tUsed\tHard\n');
    w.write(1, '--------\t---\t---\n');
    const hard = rec(status(q).hard), used = rec(status(q).used);
    for (const r of Object.keys(hard).sort()) w.write(1, `${r}\t${qty(used[r])}\t${qty(hard[r])}\n`);
  }
}

/**
 * DescribeLimitRanges: one row per item and resource (min, max, default request, default limit,
 * ratio; `-` where unset). Go ranges over a map there, so its row order varies; kubesim sorts by resource.
 */
function limitRanges(w: DescribeWriter, ranges: readonly KubeObject[]): void {
  if (!ranges.length) { w.write(0, 'No LimitRange resource.\n'); return; }
  w.write(0, 'Resource Limits\n Type\tResource\tMin\tMax\tDefault Request\tDefault Limit\tMax Limit/Request Ratio\n');
  w.write(0, ' ----\t--------\t---\t---\t---------------\t-------------\t-----------------------\n');
  for (const lr of ranges) {
    for (const item of (spec(lr).limits ?? []) as readonly Rec[]) {
      const cols = [item.min, item.max, item.defaultRequest, item.default, item.maxLimitRequestRatio].map(rec);
      const keys = [...new Set(cols.flatMap((c) => Object.keys(c)))].sort();
      for (const k of keys) w.write(0, ` ${str(item.type)}\t${k}\t${cols.map((c) => (c[k] === undefined ? '-'
        : qty(c[k]))).join('\t')}\n`);
    }
  }
}

/** describeNamespace: Name, Labels, Annotations, Status, conditions, then its quotas and limit ranges. */
export function describeNamespace(ns: KubeObject, ctx: DescribeContext): string {
  const w = new DescribeWriter(ctx.startTime, ctx.now);
  w.write(0, `Name:\t${ns.metadata.name}\n`);
  printLabels(w, 'Labels', ns.metadata.labels);
  printAnnotations(w, 'Annotations', ns.metadata.annotations);
  w.write(0, `Status:\t${str(status(ns).phase)}\n`);
  const conditions = (status(ns).conditions ?? []) as readonly Rec[];
  if (conditions.length) {
    w.write(0, 'Conditions:\n');
    w.write(1, 'Type\tStatus\tLastTransitionTime\tReason\tMessage\n');
    w.write(1, '----\t------\t------------------\t------\t-------\n');
    for (const c of conditions) w.write(1, `${str(c.type)}\t${str(c.status)}\t${w.time(num(c.lastTransitionTime))}\t`
      + `${str(c.reason)}\t${str(c.message)}\n`);
  }
  w.write(0, '\n');
  resourceQuotas(w, ctx.list('resourcequotas'));
  w.write(0, '\n');
  limitRanges(w, ctx.list('limitranges'));
  return w.toString();
}
