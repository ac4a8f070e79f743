// What a running step's progress event says, as a text: the CLI's live line and the checklist
// row's countdown show the same words.
import type { Text } from '../../shared/types';

/** What a step's progress event says, as a text (null: nothing worth a line). */
export function progressText(data: Record<string, unknown>): Text | null {
  const m = data.message as { index?: number; latencyMs?: number } | undefined;
  switch (data.phase) {
    case 'waiting-token':
      return { key: 'progress.waitingToken' };
    case 'sending':
      return { key: 'progress.sending', params: { index: m?.index ?? '?' } };
    case 'accepted':
      return { key: 'progress.waitingPush', params: { index: m?.index ?? '?' } };
    case 'refused':
      return { key: 'progress.refused', params: { index: m?.index ?? '?' } };
    case 'arrived':
      return { key: 'progress.arrived', params: { index: m?.index ?? '?', ms: m?.latencyMs ?? 0 } };
    case 'timeout':
      return { key: 'progress.notShown', params: { index: m?.index ?? '?' } };
    default:
      return null;
  }
}
