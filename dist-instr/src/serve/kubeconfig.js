import { parse, stringify } from 'yaml';
/** A kubeconfig whose current context points kubectl (and client libraries) at the served cluster. */
export function kubeconfig(server, token) {
    return stringify({
        apiVersion: 'v1', kind: 'Config',
        // insecure-skip-tls-verify: @kubernetes/client-node refuses a plain-HTTP server without it; there is no TLS to
        // verify.
        clusters: [{ name: 'kubesim', cluster: { server, 'insecure-skip-tls-verify': true } }],
        users: [{ name: 'kubesim', user: token ? { token } : {} }],
        contexts: [{ name: 'kubesim', context: { cluster: 'kubesim', user: 'kubesim', namespace: 'default' } }],
        'current-context': 'kubesim', preferences: {},
    });
}
/** The server URL and token of a kubeconfig's current context (for `kubesim clock`). */
export function readKubeconfig(text) {
    const k = parse(text);
    const ctx = k.contexts?.find((c) => c.name === k['current-context']) ?? k.contexts?.[0];
    const cluster = k.clusters?.find((c) => c.name === ctx?.context.cluster) ?? k.clusters?.[0];
    if (!cluster)
        throw new Error('the kubeconfig names no cluster');
    const user = k.users?.find((u) => u.name === ctx?.context.user);
    return { server: cluster.cluster.server, ...(user?.user.token ? { token: user.user.token } : {}) };
}
