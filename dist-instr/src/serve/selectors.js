import { compileSelector } from '../api/labelSelector.js';
import { fieldMatcher, parseFieldSelector as parseFields, parseLabelSelector as parseLabels, SelectorError } from '../output/get/selectors.js';
import { badRequest } from './status.js';
/** `labelSelector=`: apimachinery labels.Parse; a bad requirement is 400 FieldValueInvalid. */
export function parseLabelSelector(text) {
    try {
        return compileSelector(parseLabels(text));
    }
    catch (e) {
        if (!(e instanceof SelectorError))
            throw e;
        throw badRequest(e.message, [{ reason: 'FieldValueInvalid', message: e.message, field: 'labelSelector' }]);
    }
}
/** `fieldSelector=` over the fields the resource supports; another field is 400 FieldValueNotSupported. */
export function parseFieldSelector(text, store) {
    try {
        const matches = fieldMatcher(store, parseFields(text));
        return (o) => matches(o);
    }
    catch (e) {
        if (!(e instanceof SelectorError))
            throw e;
        throw badRequest(e.message, e.message.startsWith('field label not supported')
            ? [{ reason: 'FieldValueNotSupported', message: e.message, field: 'fieldSelector' }] : undefined);
    }
}
