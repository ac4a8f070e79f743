// Replaced at build time would be nicer, but one constant keeps the CLI, reports and UI in step.
export const VERSION = '0.1.0';
