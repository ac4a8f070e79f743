// The test app's manifest entries for the MiPush SDK: its services and receivers, the app's own MIPUSH_RECEIVE permission, the App ID
// (as the vendor's integration guide lays them out, shared/seeds), with the faults' variants.
import type { ManifestCtx, ManifestParts } from '../../apks/manifest-parts';
import { perm, ownPermission, valueOf } from '../../apks/manifest-parts';

export function manifest(c: ManifestCtx): ManifestParts {
  const value = valueOf(c);
  return {
    top: [
      ownPermission(`${c.placeholder ? 'xxxx' : c.own}.permission.MIPUSH_RECEIVE`, 'signature'),
      perm('android.permission.ACCESS_WIFI_STATE'),
      perm('android.permission.VIBRATE'),
    ],
    app: [
      `        <service android:name="com.xiaomi.push.service.XMPushService" android:enabled="true" android:process=":pushservice" />`,
      `        <service android:name="com.xiaomi.push.service.XMJobService" android:enabled="true" android:exported="false" android:permission="android.permission.BIND_JOB_SERVICE" android:process=":pushservice" />`,
      `        <service android:name="com.xiaomi.mipush.sdk.PushMessageHandler" android:enabled="true" android:exported="true" android:permission="com.xiaomi.xmsf.permission.MIPUSH_RECEIVE" />`,
      `        <activity android:name="com.xiaomi.mipush.sdk.NotificationClickedActivity" android:exported="true" android:launchMode="singleInstance" android:excludeFromRecents="true" />`,
      `        <service android:name="com.xiaomi.mipush.sdk.MessageHandleService" android:enabled="true" />`,
      `        <receiver android:name="com.xiaomi.push.service.receivers.NetworkStatusReceiver" android:exported="true">
            <intent-filter>
                <action android:name="android.net.conn.CONNECTIVITY_CHANGE" />
                <category android:name="android.intent.category.DEFAULT" />
            </intent-filter>
        </receiver>`,
      `        <receiver android:name="com.xiaomi.push.service.receivers.PingReceiver" android:exported="false" android:process=":pushservice">
            <intent-filter>
                <action android:name="com.xiaomi.push.PING_TIMER" />
            </intent-filter>
        </receiver>`,
      c.missing
        ? ''
        : `        <receiver android:name="${c.pkg}.push.XiaomiMsgReceiver" android:exported="true">
            <intent-filter>
                <action android:name="com.xiaomi.mipush.RECEIVE_MESSAGE" />
            </intent-filter>
            <intent-filter>
                <action android:name="com.xiaomi.mipush.MESSAGE_ARRIVED" />
            </intent-filter>
            <intent-filter>
                <action android:name="com.xiaomi.mipush.ERROR" />
            </intent-filter>
        </receiver>`,
      `        <meta-data android:name="XIAOMI_APP_ID" android:value="${value('MI-2882303761517426801', 'MI-xxxx')}" />`,
    ],
  };
}
