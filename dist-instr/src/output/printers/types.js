/** The columns every kind starts with and the standard descriptions (metav1.ObjectMeta's swagger docs). */
export const NAME_COLUMN = {
    name: 'Name', type: 'string', format: 'name',
    description: 'Name must be unique within a namespace. Is required when creating resources, although some resources ' +
        'may allow a '
        + 'client to request the generation of an appropriate name automatically.',
};
export const AGE_COLUMN = {
    name: 'Age', type: 'string',
    description: 'CreationTimestamp is a timestamp representing the server time when this object was created.',
};
export const col = (name, type, description, wide = false) => (wide ? { name, type, priority: 1, description } : { name, type, description });
/** The wide columns of the workload kinds: layoutContainerCells and the selector. */
export const CONTAINERS_COLUMN = col('Containers', 'string', 'Names of each container in the template.', true);
export const IMAGES_COLUMN = col('Images', 'string', 'Images referenced by each container in the template.', true);
export const SELECTOR_COLUMN = col('Selector', 'string', 'Label selector of the pods.', true);
export const rec = (v) => (typeof v === 'object' && v !== null && !Array.isArray(v) ? v : {});
export const int = (v) => (typeof v === 'number' ? v : 0);
export const specOf = (o) => rec(o.spec);
export const statusOf = (o) => rec(o.status);
