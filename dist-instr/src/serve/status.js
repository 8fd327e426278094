/** An error answered with a Status body; thrown anywhere in a request's handling. */
export class ApiError extends Error {
    code;
    reason;
    details;
    name = 'ApiError';
    constructor(code, reason, message, details) {
        super(message);
        this.code = code;
        this.reason = reason;
        this.details = details;
    }
    toStatus() {
        return {
            kind: 'Status', apiVersion: 'v1', metadata: {}, status: 'Failure', message: this.message, reason: this.reason,
            ...(this.details ? { details: this.details } : {}), code: this.code,
        };
    }
}
/** `pods "web-0"` or `deployments.apps "web"`: how errors.go names a resource (qualifiedResource). */
export const qualified = (resource, group) => (group ? `${resource}.${group}` : resource);
export const notFound = (resource, group, name) => new ApiError(404, 'NotFound', `${qualified(resource, group)} "${name}" not found`, { name, group, kind: resource });
export const alreadyExists = (resource, group, name) => new ApiError(409, 'AlreadyExists', `${qualified(resource, group)} "${name}" already exists`, { name, group, kind: resource });
/** NewConflict with the registry's OptimisticLockErrorMsg (storage/errors.go). */
export const conflict = (resource, group, name) => new ApiError(409, 'Conflict', `Operation cannot be fulfilled on ${qualified(resource, group)} "${name}": ` +
    'the object has been modified; please apply your changes to the latest version and try again', { name, group, kind: resource });
/** NewInvalid: 422 with one cause per field error, as field.ErrorList prints them. */
export function invalid(kind, group, name, causes) {
    const list = causes.map((c) => `${c.field}: ${c.message}`);
    const summary = list.length === 1 ? list[0] : `[${list.join(', ')}]`;
    return new ApiError(422, 'Invalid', `${kind}${group ? `.${group}` : ''} "${name}" is invalid: ${summary}`, {
        name, group, kind, causes: causes.map((c) => ({ reason: causeReason(c.message), message: c.message,
            field: c.field })),
    });
}
/** field.ErrorType's CauseType from the message's leading words (field/errors.go). */
function causeReason(message) {
    if (message.startsWith('Required value'))
        return 'FieldValueRequired';
    if (message.startsWith('Unsupported value'))
        return 'FieldValueNotSupported';
    if (message.startsWith('Duplicate value'))
        return 'FieldValueDuplicate';
    if (message.startsWith('Forbidden'))
        return 'FieldValueForbidden';
    if (message.startsWith('unknown field'))
        return 'FieldValueInvalid';
    return 'FieldValueInvalid';
}
export const badRequest = (message, causes) => new ApiError(400, 'BadRequest', message, causes ? { causes } : undefined);
export const methodNotSupported = (resource, verb) => new ApiError(405, 'MethodNotAllowed', `${verb} is not supported on resources of kind "${resource}"`, { kind: resource });
/** The Success Status some deletes and the eviction subresource answer with. */
export const success = (code, details) => ({ kind: 'Status', apiVersion: 'v1', metadata: {}, status: 'Success', ...(details ? { details } : {}), code });
