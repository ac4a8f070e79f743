// The checklist in its stable order (see DESIGN.md for what each step establishes).
import type { StepDefinition } from '../types';
import { connectionStep } from './connection';
import { channelStep } from './channel';
import { pushServiceStep } from './push-service';
import { installedStep } from './installed';
import { notificationsStep } from './notifications';
import { powerStep } from './power';
import { tokenStep, tokenReportedStep } from './token';
import { manifestStep } from './manifest';
import { deliveryStep, vendorPolicyStep } from './delivery';
import { clickThroughStep } from './click-through';

export const STEPS: StepDefinition[] = [
  connectionStep,
  channelStep,
  pushServiceStep,
  installedStep,
  manifestStep,
  clickThroughStep,
  notificationsStep,
  powerStep,
  tokenStep,
  tokenReportedStep,
  deliveryStep,
  vendorPolicyStep,
];
