// The user-facing error classes live in src/shared/errors.ts (the virtual phone raises them too);
// re-exported here so that the core's imports stay as they are.
export { UserError, BadInputError } from '../shared/errors';
