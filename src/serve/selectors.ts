import { compileSelector, type Matcher } from '../api/labelSelector.js';
import type { KubeObject } from '../api/types.js';
import { fieldMatcher, parseFieldSelector as parseFields, parseLabelSelector as parseLabels,
  SelectorError } from '../output/get/selectors.js';
import { badRequest } from './status.js';

// The query string's selectors, parsed and matched by the one implementation `kubesim get -l/--field-selector`
// uses (output/get/selectors.ts, api/labelSelector.ts); a parse error is the API server's 400.

export type ObjectMatcher = (o: KubeObject) => boolean;

/** `labelSelector=`: apimachinery labels.Parse; a bad requirement is 400 FieldValueInvalid. */
export function parseLabelSelector(text: string): Matcher {
  try {
    return compileSelector(parseLabels(text));
  } catch (e) {
    if (!(e instanceof SelectorError)) throw e;
    throw badRequest(e.message, [{ reason: 'FieldValueInvalid', message: e.message, field: 'labelSelector' }]);
  }
}

/** `fieldSelector=` over the fields the resource supports; another field is 400 FieldValueNotSupported. */
export function parseFieldSelector(text: string, store: string): ObjectMatcher {
  try {
    const matches = fieldMatcher(store, parseFields(text));
    return (o) => matches(o as unknown as Record<string, unknown>);
  } catch (e) {
    if (!(e instanceof SelectorError)) throw e;
    throw badRequest(e.message, e.message.startsWith('field label not supported')
      ? [{ reason: 'FieldValueNotSupported', message: e.message, field: 'fieldSelector' }] : undefined);
  }
}
