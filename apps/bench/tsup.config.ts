// The bench runs compiled, with plain node: under tsx, Retort's workspace packages (outside
// node_modules) would be re-transformed on load while the peers' would not, skewing the ratios.
import { defineConfig } from 'tsup';

export default defineConfig({
  entry: { cli: 'src/cli.ts', 'memory/w7-child': 'src/memory/w7-child.ts' },
  format: ['esm'],
  target: 'node20',
  platform: 'node',
  outDir: 'dist',
  clean: true,
  sourcemap: true,
  splitting: false,
});
