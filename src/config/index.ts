export { applyConfig } from './apply.ts';
export { applyBaseline, type Baseline, type BaselineEntry, parseBaseline, writeBaseline } from './baseline.ts';
export { addFingerprints, computeFingerprint, fingerprintOf } from './fingerprint.ts';
export { CONFIG_FILE, type LoadedConfig, loadConfig, parseConfig } from './load.ts';
export { ConfigSchema, type Trust, type VasConfig } from './schema.ts';
export { applySuppressions, parseSuppressions, SUPPRESSION_RULE_ID, type Suppression } from './suppressions.ts';
