/** @module The dynamic prober: `probe()` tests a running API; `mergeReports()` joins its proof with a static scan. */
export { probe, selectProbes, ProbeInputError } from './probe.ts';
export type { ProbeOptions, IdentityInput, LoginRecipe } from './options.ts';
export { PROBES } from './probes/index.ts';
export type { ProbeId } from './probes/index.ts';
export { mergeReports } from './merge.ts';
export { plan } from './plan.ts';
export { loadProbeConfig, CONFIG_SCHEMA } from './config.ts';
