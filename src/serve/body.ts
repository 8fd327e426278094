import { parse as parseYaml } from 'yaml';
import { decodeKubernetesProtobuf } from './protobuf/decode.js';
import { WireError } from './protobuf/wire.js';
import { badRequest } from './status.js';

/** client-go's typed clients send built-in kinds as protobuf (runtime.ContentTypeProtobuf). */
const PROTOBUF = /^\s*application\/vnd\.kubernetes\.protobuf\s*(;|$)/i;

/** The largest request body accepted (the API server's MaxRequestBodyBytes is 3 MiB). */
export const MAX_BODY_BYTES = 3 * 1024 * 1024;

/**
 * A request body as JSON (or YAML or Kubernetes protobuf, when the client says so): a 400 Status naming the problem
 * for anything else, as the API server answers undecodable bodies.
 */
export function decodeBody(body: Buffer, contentType: string | undefined, what: string): unknown {
  if (PROTOBUF.test(contentType ?? '')) {
    try {
      return decodeKubernetesProtobuf(body);
    } catch (e) {
      if (!(e instanceof WireError || e instanceof SyntaxError)) throw e;
      throw badRequest(`the object provided is unrecognized (must be of type ${what}): couldn't decode protobuf: ${
        e.message}`, [{ reason: 'FieldValueInvalid', message: e.message, field: 'body' }]);
    }
  }
  const text = body.toString('utf8');
  if (text.trim() === '') throw badRequest(`the body of the request was empty: expected ${what}`);
  const yaml = /yaml/.test(contentType ?? '');
  try {
    return yaml ? parseYaml(text) : JSON.parse(text);
  } catch (e) {
    const msg = (e as Error).message.split('\n')[0];
    throw badRequest(
      `the object provided is unrecognized (must be of type ${what}): couldn't decode ${yaml ? 'YAML' : 'JSON'}: ` +
        `${msg}`,
      [{ reason: 'FieldValueInvalid', message: msg, field: 'body' }]);
  }
}
