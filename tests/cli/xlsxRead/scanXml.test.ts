import { MalformedXmlError } from '../../../src/cli/xlsxRead/readErrors';
import { scanXml } from '../../../src/cli/xlsxRead/scanXml';
import { unescapeXml } from '../../../src/cli/xlsxPackage/xmlMarkup';

function events(xml: string, textIn: string[]): string[] {
  const out: string[] = [];
  const open: string[] = [];
  scanXml(xml, {
    open(name, attributes, selfClosing) {
      out.push(`<${name} ${JSON.stringify(attributes.all())}${selfClosing ? '/' : ''}>`);
      open.push(name);
    },
    close(name) {
      out.push(`</${name}>`);
      open.pop();
    },
    text(t) {
      out.push(JSON.stringify(t));
    },
    wantsText: () => textIn.includes(open.at(-1) ?? ''),
  });
  return out;
}

describe('scanXml', () => {
  it('reports tags without prefix, attributes decoded (also > inside quotes), text only where asked', () => {
    expect(
      events(
        '<?xml version="1.0"?><!-- kommentar --><x:c r="A1" t=\'s\' x:name="a &gt; b > c"><x:v>1&amp;2</x:v><x:f>ignored</x:f><x:t/></x:c>',
        ['v'],
      ),
    ).toEqual([
      '<c {"r":"A1","t":"s","x:name":"a > b > c"}>',
      '<v {}>',
      '"1&2"',
      '</v>',
      '<f {}>',
      '</f>',
      '<t {}/>',
      '</t>',
      '</c>',
    ]);
  });

  it('reads CDATA as text and normalises CR LF to LF', () => {
    expect(events('<t>rad 1\r\nrad 2\r</t><t><![CDATA[a<b]]></t>', ['t'])).toEqual([
      '<t {}>',
      '"rad 1\\nrad 2\\n"',
      '</t>',
      '<t {}>',
      '"a<b"',
      '</t>',
    ]);
  });

  it('throws on an unterminated tag', () => {
    expect(() => events('<c r="A1"', [])).toThrow('xml: unterminated tag');
    expect(() => events('<c r="A1"', [])).toThrow(MalformedXmlError);
  });
});

describe('unescapeXml (the one entity decoder, used by the reader)', () => {
  it('decodes the named entities and numeric references, and leaves unknown ones', () => {
    expect(unescapeXml('&lt;15 &amp; &quot;x&quot; &apos; &#13;&#x41; &nbsp;')).toBe(
      '<15 & "x" \' \rA &nbsp;',
    );
  });
});
