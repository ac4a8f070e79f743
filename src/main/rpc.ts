// The one dispatcher both bridges use: Electron's IPC handler and the `serve` WebSocket. Unknown
// methods and invalid payloads are refused with a message naming the field; errors meant for users
// keep their message and hint, anything else becomes a generic message (no stack, no secret).
import type { ApiMethod, PushDoctorApi } from '../shared/contract';
import { methodSchemas } from '../shared/schemas';
import { describeIssues } from '../shared/profile';
import { UserError } from './errors';
import { redact } from './secrets';

export class RpcError extends Error {
  constructor(
    message: string,
    readonly hint?: string,
    readonly code: 'bad-request' | 'failed' = 'failed',
  ) {
    super(message);
    this.name = 'RpcError';
  }
}

export interface RpcFailure {
  message: string;
  hint?: string;
  code: 'bad-request' | 'failed';
}

export type Dispatch = (method: string, payload: unknown) => Promise<unknown>;

export function createDispatcher(api: PushDoctorApi): Dispatch {
  return async (method, payload) => {
    if (typeof method !== 'string' || !Object.prototype.hasOwnProperty.call(methodSchemas, method))
      throw new RpcError(`Unknown method ${JSON.stringify(String(method).slice(0, 40))}.`, undefined, 'bad-request');
    const parsed = methodSchemas[method as ApiMethod].safeParse(payload);
    if (!parsed.success)
      throw new RpcError(
        `Invalid ${method} request: ${describeIssues(parsed.error).join('; ')}.`,
        undefined,
        'bad-request',
      );
    const fn = api[method as ApiMethod] as (input: unknown) => Promise<unknown>;
    try {
      return await fn.call(api, parsed.data ?? undefined);
    } catch (err) {
      if (err instanceof UserError)
        throw new RpcError(redact(err.message), err.hint, err.exitCode === 2 ? 'bad-request' : 'failed');
      throw new RpcError(`${method} failed: ${redact((err as Error)?.message ?? String(err))}`);
    }
  };
}

export function toFailure(err: unknown): RpcFailure {
  if (err instanceof RpcError) return { message: err.message, hint: err.hint, code: err.code };
  return { message: redact((err as Error)?.message ?? 'Unexpected error'), code: 'failed' };
}
