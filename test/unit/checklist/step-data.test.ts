// StepResult.data is typed per step (issue 13): a step that leaves another step's data, or a
// reader that expects the wrong shape, fails to compile. `npm run typecheck` checks the
// expected errors marked below (an expected error that does not happen is itself an error).
import { describe, expect, expectTypeOf, it } from 'vitest';
import type { StepDefinition } from '../../../src/main/checklist/types';
import { stepData, type PushMessageResult, type StepResult, type TokenFinding } from '../../../src/shared/types';

describe('typed step data', () => {
  it('a definition may only leave its own step’s data', () => {
    const ok: StepDefinition<'push.delivery'> = {
      id: 'push.delivery',
      needs: [],
      run: async () => ({
        status: 'pass',
        data: { provider: 'xiaomi', reason: 'channel', timeoutSec: 60, messages: [] },
      }),
    };
    const wrong: StepDefinition<'push.token'> = {
      id: 'push.token',
      needs: [],
      // @ts-expect-error the token step's data has no `messages`
      run: async () => ({ status: 'pass', data: { messages: [] as PushMessageResult[] } }),
    };
    expect([ok.id, wrong.id]).toEqual(['push.delivery', 'push.token']);
  });

  it('stepData narrows by id, and gives nothing for another step', () => {
    const token: TokenFinding = {
      vendor: 'xiaomi',
      token: 'abcd********wxyz',
      masked: true,
      shapeOk: true,
      source: 'mipush',
      line: '',
      lineNumber: 1,
      time: '',
    };
    const step = {
      id: 'push.token',
      status: 'pass',
      title: { key: 'step.push.token.title' },
      evidence: [],
      remediation: [],
      actions: [],
      durationMs: 1,
      data: { token },
    } satisfies StepResult;
    expectTypeOf(stepData(step, 'push.token')).toEqualTypeOf<
      { token?: TokenFinding; elapsedSec?: number; timedOut?: boolean } | undefined
    >();
    expect(stepData(step, 'push.token')?.token?.vendor).toBe('xiaomi');
    expect(stepData(step, 'push.delivery')).toBeUndefined();
    // @ts-expect-error a StepResult of any step has no typed `token` until narrowed
    void (step as StepResult).data?.token;
  });
});
