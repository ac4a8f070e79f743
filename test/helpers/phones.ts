// A virtual phone attached to a test's adb server with `adb connect`, kept in the list the test
// stops afterwards.
import type { TestAdbServer } from './adb-server';
import type { VirtualDevice } from '../../src/sim/device';
import { startPhone } from '../../src/cli/lab';
import type { FaultName } from '../../src/sim/phone/faults';

export async function connectedPhone(
  adb: TestAdbServer,
  devices: VirtualDevice[],
  profile: string,
  faults: string[] = [],
): Promise<VirtualDevice> {
  const d = await startPhone({ profile, faults: faults as FaultName[] });
  devices.push(d);
  await adb.adb('connect', d.serial);
  return d;
}
