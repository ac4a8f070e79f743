// Google's check of a service-account JWT lives with the FCM stand-in (src/sim/vendors/fcm/assertion.ts).
export { checkFcmAssertion, FCM_SCOPES, type AssertionVerdict } from '../vendors/fcm/assertion';
