import { type Schema } from '../api/schema/index.js';
type Json = Record<string, unknown>;
/** kubesim's field schema as an OpenAPI schema: inline objects, Kubernetes' int-or-string and quantity forms. */
export declare function toOpenApi(s: Schema, name?: string): Json;
/** GET /openapi/v2: one Swagger 2.0 document of every served kind (JSON). */
export declare function openApiV2(): Json;
/** The OpenAPI v3 group/version paths, as /openapi/v3 lists them: `api/v1`, `apis/apps/v1`, ... */
export declare function openApiV3Paths(): string[];
/** GET /openapi/v3/<path>: the OpenAPI 3.0 document of one group/version. */
export declare function openApiV3(path: string): Json | undefined;
export {};
