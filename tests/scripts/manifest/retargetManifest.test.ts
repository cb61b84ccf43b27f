import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import {
  addinBaseUrl,
  manifestVersion,
  productionUrlProblems,
  retargetManifest,
} from '../../../scripts/manifest/retargetManifest';
import { validateManifest } from '../../../scripts/manifest/validateManifest';

const MANIFEST = readFileSync(join(__dirname, '../../../manifest.xml'), 'utf8');

describe('retargetManifest', () => {
  const production = retargetManifest(MANIFEST, 'https://example.org/lansnyckel/', '0.1.0.0');

  it('points every URL of the development manifest at the production base', () => {
    expect(production).not.toContain('localhost');
    expect(production).toContain(
      '<SourceLocation DefaultValue="https://example.org/lansnyckel/taskpane.html"/>',
    );
    expect(production).toContain(
      '<IconUrl DefaultValue="https://example.org/lansnyckel/assets/icon-32.png"/>',
    );
    expect(production).toContain('<SupportUrl DefaultValue="https://example.org/lansnyckel/help.html"/>');
    expect(production).toContain('DefaultValue="https://example.org/lansnyckel/functions.js"');
    expect(production).toContain('Value="https://example.org/lansnyckel/functions.en.json"');
    // Every URL in the development manifest is on localhost:3000; each one moved.
    const devUrls = MANIFEST.match(/https:\/\/localhost:3000\//g) ?? [];
    expect(devUrls.length).toBeGreaterThan(10);
    expect(production.match(/https:\/\/example\.org\/lansnyckel\//g)).toHaveLength(devUrls.length);
  });

  it('sets the four-part version and leaves the Id alone', () => {
    expect(production).toContain('<Version>0.1.0.0</Version>');
    expect(production).toContain('<Id>6de41d9a-046a-4e41-a4c4-92cec111c816</Id>');
  });

  it('returns a manifest the offline validator accepts, with no production URL problems', () => {
    expect(validateManifest(production)).toEqual([]);
    expect(productionUrlProblems(production)).toEqual([]);
  });

  it('throws on a version that is not four-part', () => {
    expect(() => retargetManifest(MANIFEST, 'https://example.org/', '0.1.0')).toThrow('four parts');
  });
});

describe('productionUrlProblems', () => {
  it('returns nothing for the development manifest (all localhost)', () => {
    expect(productionUrlProblems(MANIFEST)).toEqual([]);
  });

  it('flags a production manifest that still has a localhost or http URL', () => {
    const production = retargetManifest(MANIFEST, 'https://example.org/', '0.1.0.0');
    const oneLeft = production.replace(
      'https://example.org/functions.en.json',
      'https://localhost:3000/functions.en.json',
    );
    expect(productionUrlProblems(oneLeft)).toEqual([
      {
        path: 'https://localhost:3000/functions.en.json',
        message: 'production manifest points to localhost: build with --env url=<https base>',
      },
    ]);
    const plain = production.replace('https://example.org/help.html"/>', 'http://example.org/help.html"/>');
    expect(productionUrlProblems(plain).map((p) => p.message)).toEqual([
      'production manifest uses plain http',
    ]);
  });
});

describe('addinBaseUrl', () => {
  it('returns the base with a trailing slash', () => {
    expect(addinBaseUrl('https://lansnyckel.example.se')).toBe('https://lansnyckel.example.se/');
    expect(addinBaseUrl('https://example.org/lansnyckel')).toBe('https://example.org/lansnyckel/');
    expect(addinBaseUrl(' https://example.org/lansnyckel/ ')).toBe('https://example.org/lansnyckel/');
  });

  it.each([
    ['lansnyckel.example.se', 'is not a URL'],
    ['http://lansnyckel.example.se/', 'must use https'],
    ['https://localhost:3000/', 'development address'],
    ['https://example.org/?v=2', 'query, fragment or credentials'],
  ])('refuses %s', (raw, message) => {
    expect(() => addinBaseUrl(raw)).toThrow(message);
  });
});

describe('manifestVersion', () => {
  it('returns package.json version with a fourth part', () => {
    expect(manifestVersion('0.1.0')).toBe('0.1.0.0');
    expect(manifestVersion('12.3.45')).toBe('12.3.45.0');
  });

  it('refuses a pre-release version, which the manifest cannot express', () => {
    expect(() => manifestVersion('1.0.0-beta.1')).toThrow('major.minor.patch');
  });
});
