/** A kubeconfig whose current context points kubectl (and client libraries) at the served cluster. */
export declare function kubeconfig(server: string, token?: string): string;
/** The server URL and token of a kubeconfig's current context (for `kubesim clock`). */
export declare function readKubeconfig(text: string): {
    server: string;
    token?: string;
};
