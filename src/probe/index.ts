/** @module The dynamic prober: `probe()` tests a running API; `mergeReports()` joins its proof with a static scan. */

export { CONFIG_SCHEMA, loadProbeConfig } from './config.ts';
export { mergeReports } from './merge.ts';
export type { IdentityInput, LoginRecipe, ProbeOptions } from './options.ts';
export { plan } from './plan.ts';
export { ProbeInputError, probe, selectProbes } from './probe.ts';
export type { ProbeId } from './probes/index.ts';
export { PROBES } from './probes/index.ts';
