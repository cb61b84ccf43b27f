import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { validateManifest } from '../../../scripts/manifest/validateManifest';

const MANIFEST = readFileSync(join(__dirname, '../../../manifest.xml'), 'utf8');

/** Applies one textual change and insists that it really changed something. */
function mutate(from: string | RegExp, to: string): string {
  const out = MANIFEST.replace(from, to);
  if (out === MANIFEST) throw new Error(`Mutation did not apply: ${String(from)}`);
  return out;
}

describe('validateManifest', () => {
  it('returns no problems for the real manifest', () => {
    expect(validateManifest(MANIFEST)).toEqual([]);
  });

  it.each([
    [
      'wrong element order',
      mutate(/(<Version>1\.0\.0\.0<\/Version>\s*)(<ProviderName>Länsnyckel<\/ProviderName>)/, '$2$1'),
      '/OfficeApp[1]/Version[1]',
      'out of order',
    ],
    [
      'missing required element',
      mutate(/<Permissions>ReadWriteDocument<\/Permissions>/, ''),
      '/OfficeApp[1]',
      'missing required child Permissions',
    ],
    [
      'dangling resid',
      mutate('<Label resid="Group.Label"/>', '<Label resid="Group.Lable"/>'),
      'Label[1]',
      'Group.Lable',
    ],
    [
      'resid of the wrong kind',
      mutate('<Description resid="Open.Tooltip"/>', '<Description resid="Open.Label"/>'),
      'Supertip[1]/Description[1]',
      'LongString',
    ],
    [
      'http URL',
      mutate('https://localhost:3000/assets/icon-16.png', 'http://localhost:3000/assets/icon-16.png'),
      'Image[1]/@DefaultValue',
      'https',
    ],
    ['bad GUID', mutate(/<Id>[^<]+<\/Id>/, '<Id>not-a-guid</Id>'), '/OfficeApp[1]/Id[1]', 'does not match'],
    [
      'three-part version',
      mutate('<Version>1.0.0.0</Version>', '<Version>1.0.0</Version>'),
      '/OfficeApp[1]/Version[1]',
      'does not match',
    ],
    [
      'over-long DisplayName',
      mutate('<DisplayName DefaultValue="Länsnyckel">', `<DisplayName DefaultValue="${'L'.repeat(126)}">`),
      'DisplayName[1]/@DefaultValue',
      'at most 125',
    ],
    [
      'bad Permissions value',
      mutate('<Permissions>ReadWriteDocument</Permissions>', '<Permissions>FullControl</Permissions>'),
      'Permissions[1]',
      'not one of',
    ],
    [
      'bad Host name',
      mutate('<Host Name="Workbook"/>', '<Host Name="Spreadsheet"/>'),
      'Host[1]/@Name',
      'not one of',
    ],
    [
      'over-long resid',
      mutate(/resid="Taskpane\.Url"/g, `resid="${'x'.repeat(33)}"`),
      'SourceLocation[1]/@resid',
      'at most 32',
    ],
    ['unknown element', mutate('<Permissions>', '<Bogus/><Permissions>'), 'Bogus[1]', 'not expected'],
    ['unknown xsi:type', mutate('xsi:type="ShowTaskpane"', 'xsi:type="ShowPane"'), 'Action[1]', 'xsi:type'],
    ['not well-formed', mutate('</OfficeApp>', ''), '/', 'well-formed'],
    [
      'Runtimes after AllFormFactors (the shared runtime must come first)',
      mutate(/(<Runtimes>[\s\S]*?<\/Runtimes>\s*)(<AllFormFactors>[\s\S]*?<\/AllFormFactors>)/, '$2$1'),
      'Runtimes[1]',
      'out of order',
    ],
    [
      'custom functions without a namespace',
      mutate(/<Namespace resid="Functions.Namespace"\/>/, ''),
      'AllFormFactors[1]/ExtensionPoint[1]',
      'missing required child Namespace',
    ],
    [
      'custom functions metadata pointing at a missing URL resource',
      mutate(
        '<SourceLocation resid="Functions.Metadata.Url"/>',
        '<SourceLocation resid="Functions.Json.Url"/>',
      ),
      'Metadata[1]/SourceLocation[1]',
      'Functions.Json.Url',
    ],
    [
      'a runtime lifetime outside the schema',
      mutate('lifetime="long"', 'lifetime="forever"'),
      'Runtime[1]/@lifetime',
      'not one of',
    ],
  ])('returns a problem naming the element for %s', (_label, xml, path, message) => {
    const problems = validateManifest(xml);
    expect(problems).toEqual(
      expect.arrayContaining([
        expect.objectContaining({
          path: expect.stringContaining(path),
          message: expect.stringContaining(message),
        }),
      ]),
    );
  });
});
