// The test app's manifest entries for the HMS Push Kit: the app's own PROCESS_PUSH_MSG permission, the App ID, its messaging service
// (as the vendor's integration guide lays them out, shared/seeds), with the faults' variants.
import type { ManifestCtx, ManifestParts } from '../../apks/manifest-parts';
import { perm, ownPermission, valueOf } from '../../apks/manifest-parts';

export function manifest(c: ManifestCtx): ManifestParts {
  const value = valueOf(c);
  return {
    top: [
      ownPermission(`${c.own}.permission.PROCESS_PUSH_MSG`, 'signatureOrSystem'),
      perm('com.huawei.android.launcher.permission.CHANGE_BADGE'),
    ],
    app: [
      `        <meta-data android:name="com.huawei.hms.client.appid" android:value="${value('appid=104412345', 'appid=1234567890')}" />`,
      c.missing
        ? ''
        : `        <service android:name="${c.pkg}.push.HUAWEIHmsMessageService" android:exported="false">
            <intent-filter>
                <action android:name="com.huawei.push.action.MESSAGING_EVENT" />
            </intent-filter>
        </service>`,
    ],
  };
}
