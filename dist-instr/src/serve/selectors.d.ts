import { type Matcher } from '../api/labelSelector.js';
import type { KubeObject } from '../api/types.js';
export type ObjectMatcher = (o: KubeObject) => boolean;
/** `labelSelector=`: apimachinery labels.Parse; a bad requirement is 400 FieldValueInvalid. */
export declare function parseLabelSelector(text: string): Matcher;
/** `fieldSelector=` over the fields the resource supports; another field is 400 FieldValueNotSupported. */
export declare function parseFieldSelector(text: string, store: string): ObjectMatcher;
