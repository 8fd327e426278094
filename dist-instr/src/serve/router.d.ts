import type { ResourceRequest } from './context.js';
import { ApiError } from './status.js';
export declare const NOT_FOUND: () => ApiError;
/**
 * Parses `/api/v1/...` and `/apis/GROUP/VERSION/...` resource paths: `[namespaces/NS/]RESOURCE[/NAME[/SUB]]`.
 * `/api/v1/namespaces/NAME` is the Namespace itself. Returns undefined for other paths.
 */
export declare function parseResourcePath(path: string, query: URLSearchParams): ResourceRequest | undefined;
