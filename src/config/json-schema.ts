import { z } from 'zod';
import { ConfigSchema } from './schema.ts';

/**
 * schema/config.schema.json, generated from the zod schema so editors and `loadConfig` agree. The prober
 * owns the `probe` section; its fragment (src/probe/config-schema.json) is merged in when it exists.
 */
export function configJsonSchema(probeFragment?: Record<string, unknown>): Record<string, unknown> {
  const generated = z.toJSONSchema(ConfigSchema, { target: 'draft-07', io: 'input' }) as Record<string, unknown>;
  const properties = generated.properties as Record<string, Record<string, unknown>>;
  if (probeFragment) {
    // the fragment is a standalone 2020-12 document; embedded, it needs neither its dialect nor its own id
    const { $schema: _dialect, $id: _id, ...fragment } = probeFragment;
    properties.probe = { description: properties.probe?.description, ...fragment };
  }
  return { $schema: generated.$schema, title: 'vas.config.json', ...generated };
}
