import { readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';

const ROOT = join(__dirname, '..', '..');
const DEV_MANIFEST = readFileSync(join(ROOT, 'manifest.xml'), 'utf8');

interface CopyPattern {
  from: string;
  transform?: (content: Buffer) => string;
}
interface Config {
  target: string[];
  output: { path: string };
  plugins: { constructor: { name: string }; patterns?: CopyPattern[] }[];
}

/** webpack.config.js as `webpack --mode production --env …` evaluates it. */
function productionConfig(env: Record<string, string>): Config {
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  const config = require('../../webpack.config.js') as (env: object, argv: object) => Config;
  return config(env, { mode: 'production' });
}

function manifestPattern(config: Config): CopyPattern {
  const copy = config.plugins.find((p) => p.constructor.name === 'CopyPlugin');
  const pattern = copy?.patterns?.find((p) => p.from === 'manifest*.xml');
  if (!pattern) throw new Error('webpack.config.js copies no manifest*.xml');
  return pattern;
}

describe('webpack.config.js', () => {
  it('with --env url=… writes a manifest whose every URL is on that base, versioned from package.json', () => {
    const transform = manifestPattern(
      productionConfig({ url: 'https://example.org/lansnyckel/' }),
    ).transform!;
    const manifest = transform(Buffer.from(DEV_MANIFEST));
    expect(manifest).not.toContain('localhost');
    expect(manifest).toContain(
      '<SourceLocation DefaultValue="https://example.org/lansnyckel/taskpane.html"/>',
    );
    expect(manifest).toContain('<Version>0.1.0.0</Version>');
  });

  it('takes the address from ADDIN_URL too', () => {
    process.env.ADDIN_URL = 'https://lansnyckel.example.se';
    try {
      const transform = manifestPattern(productionConfig({})).transform!;
      expect(transform(Buffer.from(DEV_MANIFEST))).toContain(
        '<SupportUrl DefaultValue="https://lansnyckel.example.se/help.html"/>',
      );
    } finally {
      delete process.env.ADDIN_URL;
    }
  });

  it('without a URL copies the development manifest unchanged (localhost)', () => {
    expect(manifestPattern(productionConfig({})).transform).toBeUndefined();
  });

  it('refuses a plain-http production URL at build time', () => {
    expect(() => productionConfig({ url: 'http://example.org/' })).toThrow('must use https');
  });

  it('emits ES2020 for the web and builds elsewhere with --env outDir', () => {
    const config = productionConfig({ outDir: 'build/web-test' });
    expect(config.target).toEqual(['web', 'es2020']);
    expect(config.output.path).toBe(resolve(ROOT, 'build/web-test'));
  });
});
