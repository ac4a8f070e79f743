// The test app's manifest entries for the Firebase Messaging: the app's messaging service, the default channel, the init provider
// (as the vendor's integration guide lays them out, shared/seeds), with the faults' variants.
import type { ManifestCtx, ManifestParts } from '../../apks/manifest-parts';
import { valueOf } from '../../apks/manifest-parts';

export function manifest(c: ManifestCtx): ManifestParts {
  const value = valueOf(c);
  return {
    top: [],
    app: [
      c.missing
        ? ''
        : `        <service android:name="${c.pkg}.push.GoogleFCMMsgService" android:exported="false">
            <intent-filter>
                <action android:name="com.google.firebase.MESSAGING_EVENT" />
            </intent-filter>
        </service>`,
      `        <meta-data android:name="com.google.firebase.messaging.default_notification_channel_id" android:value="${value('push_messages', 'xxxx')}" />`,
      `        <provider android:name="com.google.firebase.provider.FirebaseInitProvider" android:authorities="${c.own}.firebaseinitprovider" android:exported="false" android:initOrder="100" />`,
    ],
  };
}
