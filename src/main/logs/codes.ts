// What the codes in push SDK log lines mean, where a public source says so; anything else is
// reported as an unknown code with the SDK's own description.
import type { Text } from '../../shared/types';
import type { LineFinding } from './patterns';

const KNOWN: Record<string, Record<string, string>> = {
  // TUIOfflinePush: vivo turnOnPush state 101 = this model/OS does not support vivo push (TIMSDK OEMPushSetting comment).
  vivo: { '101': 'logs.code.vivo101' },
  // IM SDK errors seen in setOfflinePushToken failures.
  tencent: { '6013': 'logs.code.tim6013', '6014': 'logs.code.tim6014' },
};

export function codeMeaning(f: LineFinding): Text {
  const code = f.value ?? '';
  const vendorKey = f.vendor && KNOWN[f.vendor]?.[code];
  const sdkKey = KNOWN[f.sdk]?.[code];
  const desc = /error code: (-?\d+)/.exec(f.description ?? '')?.[1];
  const descKey = f.vendor && desc ? KNOWN[f.vendor]?.[desc] : undefined;
  const key = vendorKey || sdkKey || descKey;
  if (key) return { key, params: { code: desc ?? code } };
  return { key: 'logs.code.unknown', params: { code: code || desc || '?', description: f.description ?? '' } };
}
