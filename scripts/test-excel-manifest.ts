// The manifest `npm run test:excel` sideloads: the development manifest under its own Id and name, with every
// page URL on contract.html (which also runs the custom functions, so the shared runtime is complete).

/** Its own Id, so that it sits beside a sideloaded development Länsnyckel instead of replacing it. */
export const CONTRACT_ADDIN_ID = 'd88bf4e9-d4c7-4855-90de-a2a643207e5f';
export const CONTRACT_ADDIN_NAME = 'Länsnyckel kontrakttest';

function replaceOnce(xml: string, from: RegExp, to: string): string {
  const out = xml.replace(from, to);
  if (out === xml)
    throw new Error(`manifest.xml has no ${String(from)}: update scripts/test-excel-manifest.ts`);
  return out;
}

/** The contract-test manifest derived from the development manifest's text. */
export function contractManifest(xml: string): string {
  let out = replaceOnce(xml, /<Id>[^<]+<\/Id>/, `<Id>${CONTRACT_ADDIN_ID}</Id>`);
  out = replaceOnce(
    out,
    /<DisplayName DefaultValue="[^"]*">\s*<Override Locale="en-US" Value="[^"]*"\/>/,
    `<DisplayName DefaultValue="${CONTRACT_ADDIN_NAME}">\n    <Override Locale="en-US" Value="Länsnyckel contract test"/>`,
  );
  return replaceOnce(out, /\/taskpane\.html"/g, '/contract.html"');
}
