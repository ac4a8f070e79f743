// The test app's manifest entries for the HeyTap Push SDK: the MCS permissions, its two callback services, the App Key
// (as the vendor's integration guide lays them out, shared/seeds), with the faults' variants.
import type { ManifestCtx, ManifestParts } from '../../apks/manifest-parts';
import { perm, valueOf } from '../../apks/manifest-parts';

export function manifest(c: ManifestCtx): ManifestParts {
  const value = valueOf(c);
  return {
    top: [
      perm('com.coloros.mcs.permission.RECIEVE_MCS_MESSAGE'),
      perm('com.heytap.mcs.permission.RECIEVE_MCS_MESSAGE'),
    ],
    app: [
      `        <service android:name="com.heytap.msp.push.service.CompatibleDataMessageCallbackService" android:exported="true" android:permission="com.coloros.mcs.permission.SEND_MCS_MESSAGE">
            <intent-filter>
                <action android:name="com.coloros.mcs.action.RECEIVE_MCS_MESSAGE" />
            </intent-filter>
        </service>`,
      c.missing
        ? ''
        : `        <service android:name="com.heytap.msp.push.service.DataMessageCallbackService" android:exported="true" android:permission="com.heytap.mcs.permission.SEND_PUSH_MESSAGE">
            <intent-filter>
                <action android:name="com.heytap.mcs.action.RECEIVE_MCS_MESSAGE" />
                <action android:name="com.heytap.msp.push.RECEIVE_MCS_MESSAGE" />
            </intent-filter>
        </service>`,
      `        <meta-data android:name="OPPO_APP_KEY" android:value="${value('OP-5b2f7c1e9a4d4e8f', 'OP-您的 AppKey')}" />`,
    ],
  };
}
