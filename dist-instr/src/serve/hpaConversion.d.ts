type Obj = Record<string, unknown>;
/** The HPA view at `apiVersion` (autoscaling/v1 or v2); unchanged when it is already in it. */
export declare function hpaAt(view: Obj, apiVersion: string): Obj;
export {};
