// The test app's manifest entries for the vivo Push SDK: its client service and proxy activity, the app's receiver, API key and App ID
// (as the vendor's integration guide lays them out, shared/seeds), with the faults' variants.
import type { ManifestCtx, ManifestParts } from '../../apks/manifest-parts';
import { valueOf } from '../../apks/manifest-parts';

export function manifest(c: ManifestCtx): ManifestParts {
  const value = valueOf(c);
  return {
    top: [],
    app: [
      `        <service android:name="com.vivo.push.sdk.service.CommandClientService" android:exported="true" />`,
      `        <activity android:name="com.vivo.push.sdk.LinkProxyClientActivity" android:exported="false" android:screenOrientation="portrait" android:theme="@android:style/Theme.Translucent.NoTitleBar" />`,
      c.missing
        ? ''
        : `        <receiver android:name="${c.pkg}.push.VIVOPushMessageReceiverImpl" android:exported="false">
            <intent-filter>
                <action android:name="com.vivo.pushclient.action.RECEIVE" />
            </intent-filter>
        </receiver>`,
      `        <meta-data android:name="com.vivo.push.api_key" android:value="${value('2b0c8e3f-4a1d-4b6e-9c7f-5d8e1a2b3c4d', '您应用分配的证书 APPKEY')}" />`,
      `        <meta-data android:name="com.vivo.push.app_id" android:value="${value('105612345', '您应用分配的证书 APPID')}" />`,
    ],
  };
}
