// The test app's manifest entries for the Honor Push SDK: the App ID and its messaging service
// (as the vendor's integration guide lays them out, shared/seeds), with the faults' variants.
import type { ManifestCtx, ManifestParts } from '../../apks/manifest-parts';
import { valueOf } from '../../apks/manifest-parts';

export function manifest(c: ManifestCtx): ManifestParts {
  const value = valueOf(c);
  return {
    top: [],
    app: [
      `        <meta-data android:name="com.hihonor.push.app_id" android:value="${value('104987654', 'xxxx')}" />`,
      c.missing
        ? ''
        : `        <service android:name="${c.pkg}.push.MyHonorMessageService" android:exported="false">
            <intent-filter>
                <action android:name="com.hihonor.push.action.MESSAGING_EVENT" />
            </intent-filter>
        </service>`,
    ],
  };
}
