// A production manifest: the development manifest.xml (every URL on https://localhost:<port>/) pointed at the
// add-in's public HTTPS base and versioned from package.json. Used by webpack.config.js (`--env url=…` or
// ADDIN_URL) and by the offline validator (scripts/validate-manifest.ts).
import { type ManifestProblem } from './validateManifest';

/** Every URL of the development manifest starts with this (the dev server's origin, any port). */
const DEV_ORIGIN = /https:\/\/localhost(?::\d+)?\//g;

/**
 * The add-in's public base URL, checked and ending in `/`: https only, no query or fragment, not localhost.
 * Throws with a message that says what to pass (this runs at build time, on the builder's input).
 * @example addinBaseUrl('https://lansnyckel.example.se') //=> 'https://lansnyckel.example.se/'
 */
export function addinBaseUrl(raw: string): string {
  let url: URL;
  try {
    url = new URL(raw.trim());
  } catch {
    throw new Error(`Add-in URL "${raw}" is not a URL: pass e.g. --env url=https://lansnyckel.example.se/`);
  }
  if (url.protocol !== 'https:')
    throw new Error(`Add-in URL "${raw}" must use https (Office loads add-ins over https)`);
  if (url.hostname === 'localhost' || url.hostname === '127.0.0.1')
    throw new Error(
      `Add-in URL "${raw}" is the development address; a production build needs the public host`,
    );
  if (url.search || url.hash || url.username || url.password)
    throw new Error(`Add-in URL "${raw}" may not carry a query, fragment or credentials`);
  return url.href.endsWith('/') ? url.href : `${url.href}/`;
}

/**
 * The manifest's four-part `<Version>` from a package.json semver version.
 * @example manifestVersion('0.1.0') //=> '0.1.0.0'
 */
export function manifestVersion(packageVersion: string): string {
  const m = /^(\d+)\.(\d+)\.(\d+)$/.exec(packageVersion);
  if (!m)
    throw new Error(
      `package.json version "${packageVersion}" must be plain major.minor.patch for the manifest`,
    );
  return `${m[1]}.${m[2]}.${m[3]}.0`;
}

/**
 * The development manifest with every `https://localhost:<port>/` URL replaced by `baseUrl` (SourceLocation,
 * IconUrl, SupportUrl, bt:Url, bt:Image, AppDomain …) and `<Version>` set to `version`.
 * @example retargetManifest(xml, 'https://example.org/lansnyckel/', '0.1.0.0')
 */
export function retargetManifest(xml: string, baseUrl: string, version: string): string {
  const base = addinBaseUrl(baseUrl);
  if (!/^\d+\.\d+\.\d+\.\d+$/.test(version))
    throw new Error(`Manifest version "${version}" needs four parts`);
  if (!/<Version>[^<]*<\/Version>/.test(xml)) throw new Error('The manifest has no <Version> element');
  return xml.replace(DEV_ORIGIN, base).replace(/<Version>[^<]*<\/Version>/, `<Version>${version}</Version>`);
}

/**
 * A manifest either is the development one (SourceLocation on localhost) or a production one, in which no URL may
 * point at localhost or use plain http: a build that missed one URL would load part of the add-in from the
 * economist's own machine.
 */
export function productionUrlProblems(xml: string): ManifestProblem[] {
  const source = /<SourceLocation\s+DefaultValue="([^"]+)"/.exec(xml)?.[1];
  if (source === undefined || /^https:\/\/localhost[:/]/.test(source)) return [];
  const problems: ManifestProblem[] = [];
  for (const m of xml.matchAll(
    /(?:DefaultValue|Value)="(https?:\/\/[^"]*)"|<AppDomain>([^<]*)<\/AppDomain>/g,
  )) {
    const url = m[1] ?? m[2] ?? '';
    if (/^https?:\/\/(localhost|127\.0\.0\.1)[:/]/.test(url))
      problems.push({
        path: url,
        message: 'production manifest points to localhost: build with --env url=<https base>',
      });
    else if (url.startsWith('http:'))
      problems.push({ path: url, message: 'production manifest uses plain http' });
  }
  return problems;
}
