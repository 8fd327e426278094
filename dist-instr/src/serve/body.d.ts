/** The largest request body accepted (the API server's MaxRequestBodyBytes is 3 MiB). */
export declare const MAX_BODY_BYTES: number;
/**
 * A request body as JSON (or YAML, when the client says so): a 400 Status naming the problem
 * for anything else, as the API server answers undecodable bodies.
 */
export declare function decodeBody(body: Buffer, contentType: string | undefined, what: string): unknown;
