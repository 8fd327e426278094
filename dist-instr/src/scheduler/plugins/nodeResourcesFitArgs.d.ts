/**
 * NodeResourcesFitArgs as validation_pluginargs.go ValidateNodeResourcesFitArgs checks them:
 * ignoredResources and ignoredResourceGroups are label names (a group without '/'), a known
 * strategy, weights in 1..100, and a RequestedToCapacityRatio shape of increasing points.
 */
export declare function validateFitArgs(args: unknown): string[];
