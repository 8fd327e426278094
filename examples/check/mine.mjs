// A user invariant for `kubesim check --invariants ./mine.mjs` or `kubesim fuzz --invariants ./mine.mjs`:
// a module exporting `invariants` (and optionally `components`). Use it in a scenario as
// `expect: [{always: web-pods-spread}]`.
export const invariants = [{
  name: 'web-pods-spread',
  description: 'no node runs two active app=web pods',
  when: 'batch',
  check(ctx) {
    if (!ctx.batch.some((e) => e.type === 'PodScheduled')) return [];
    const seen = new Map();
    const out = [];
    for (const name of ctx.state.nodeNames) seen.set(name, 0);
    for (const pod of ctx.state.pods.values()) {
      if (pod.metadata.labels?.app !== 'web' || !pod.spec.nodeName || pod.metadata.deletionTimestamp !== undefined) continue;
      seen.set(pod.spec.nodeName, (seen.get(pod.spec.nodeName) ?? 0) + 1);
    }
    for (const [node, n] of seen) if (n > 1) out.push({ invariant: 'web-pods-spread', message: `node ${node} runs ${n} app=web pods`, objects: [`Node/${node}`], at: ctx.state.time });
    return out;
  },
}];
