/**
 * What the add-in-only manifest schema ([MS-OWEMXML] Appendix A: OfficeAppManifestV1_1, TaskPaneAppVersionOverrides,
 * OfficeAppBasicTypes) demands of the elements Länsnyckel uses, written as data. To support a new element (e.g.
 * Runtimes / CustomFunctions for issue 11), add its type here and list it in its parent's sequence.
 */

/** A facet on an attribute or on an element's text. */
export interface ValueRule {
  readonly required?: boolean;
  readonly maxLength?: number;
  readonly enum?: readonly string[];
  readonly pattern?: RegExp;
  /** An https URL (≤ 2048). */
  readonly url?: boolean;
  /** A resid that must resolve to a resource of this kind. */
  readonly resid?: ResourceKind;
  /** Defines a resource id of this kind (≤ 32 characters, unique). */
  readonly defines?: ResourceKind;
}

export type ResourceKind = 'Image' | 'Url' | 'ShortString' | 'LongString';

export interface ChildRule {
  readonly name: string;
  readonly type: string;
  readonly min?: number;
  /** Default 1; use Infinity for unbounded. */
  readonly max?: number;
}

export interface TypeRule {
  /** Children in schema order (an xs:sequence). */
  readonly children?: readonly ChildRule[];
  readonly attributes?: Readonly<Record<string, ValueRule>>;
  readonly text?: ValueRule;
  /** For abstract types: xsi:type value → concrete type. */
  readonly xsiTypes?: Readonly<Record<string, string>>;
}

const GUID = /^[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}$/;
const VERSION4 = /^\d{1,5}\.\d{1,5}\.\d{1,5}\.\d{1,5}$/;
const LOCALE = /^[a-z]{2,3}(-[A-Za-z0-9]{2,8})*$/;
const SET_VERSION = /^\d{1,5}(\.\d{1,5}){0,3}$/;
const RESID = { required: true, maxLength: 32 } as const;
const SHORT = 125;
const LONG = 250;

const any = Infinity;
const localized = (max: number, url = false): TypeRule => ({
  attributes: { DefaultValue: { required: true, maxLength: url ? 2048 : max, url } },
  children: [{ name: 'Override', type: url ? 'UrlOverride' : `Override${max}`, min: 0, max: any }],
});
const residRef = (kind: ResourceKind): TypeRule => ({ attributes: { resid: { ...RESID, resid: kind } } });
const resource = (kind: ResourceKind, max: number, url = false): TypeRule => ({
  attributes: { id: { ...RESID, defines: kind }, DefaultValue: { required: true, maxLength: max, url } },
  children: [{ name: 'Override', type: url ? 'UrlOverride' : `Override${max}`, min: 0, max: any }],
});

export const ROOT = { name: 'OfficeApp', type: 'OfficeApp' } as const;

export const MANIFEST_TYPES: Readonly<Record<string, TypeRule>> = {
  OfficeApp: { xsiTypes: { TaskPaneApp: 'TaskPaneApp' }, attributes: { type: { required: true } } },
  TaskPaneApp: {
    children: [
      { name: 'Id', type: 'Id' },
      { name: 'AlternateId', type: 'Text', min: 0 },
      { name: 'Version', type: 'Version' },
      { name: 'ProviderName', type: 'ProviderName' },
      { name: 'DefaultLocale', type: 'Locale' },
      { name: 'DisplayName', type: 'DisplayName' },
      { name: 'Description', type: 'AppDescription' },
      { name: 'IconUrl', type: 'LocalizedUrl', min: 0 },
      { name: 'HighResolutionIconUrl', type: 'LocalizedUrl', min: 0 },
      { name: 'SupportUrl', type: 'LocalizedUrl', min: 0 },
      { name: 'AppDomains', type: 'AppDomains', min: 0 },
      { name: 'Hosts', type: 'AppHosts', min: 0 },
      { name: 'Requirements', type: 'Requirements', min: 0 },
      { name: 'DefaultSettings', type: 'DefaultSettings' },
      { name: 'Permissions', type: 'Permissions' },
      { name: 'Dictionary', type: 'Opaque', min: 0 },
      { name: 'VersionOverrides', type: 'VersionOverrides', min: 0 },
    ],
    attributes: { type: { required: true } },
  },
  Id: { text: { required: true, pattern: GUID } },
  Version: { text: { required: true, pattern: VERSION4 } },
  ProviderName: { text: { required: true, maxLength: SHORT } },
  Locale: { text: { required: true, pattern: LOCALE } },
  Text: { text: { required: true } },
  Opaque: {},
  DisplayName: localized(SHORT),
  AppDescription: localized(LONG),
  LocalizedUrl: localized(2048, true),
  Override125: {
    attributes: { Locale: { required: true, pattern: LOCALE }, Value: { required: true, maxLength: SHORT } },
  },
  Override250: {
    attributes: { Locale: { required: true, pattern: LOCALE }, Value: { required: true, maxLength: LONG } },
  },
  Override2048: {
    attributes: { Locale: { required: true, pattern: LOCALE }, Value: { required: true, maxLength: 2048 } },
  },
  UrlOverride: {
    attributes: {
      Locale: { required: true, pattern: LOCALE },
      Value: { required: true, maxLength: 2048, url: true },
    },
  },
  AppDomains: { children: [{ name: 'AppDomain', type: 'AppDomain', min: 0, max: any }] },
  AppDomain: { text: { required: true, url: true } },
  AppHosts: { children: [{ name: 'Host', type: 'AppHost', max: any }] },
  AppHost: {
    attributes: {
      Name: {
        required: true,
        enum: ['Document', 'Database', 'Mailbox', 'Notebook', 'Presentation', 'Project', 'Workbook'],
      },
    },
  },
  Requirements: {
    children: [
      { name: 'Sets', type: 'Sets', min: 0 },
      { name: 'Methods', type: 'Opaque', min: 0 },
    ],
  },
  Sets: {
    attributes: { DefaultMinVersion: { pattern: SET_VERSION } },
    children: [{ name: 'Set', type: 'Set', max: any }],
  },
  Set: { attributes: { Name: { required: true, maxLength: SHORT }, MinVersion: { pattern: SET_VERSION } } },
  DefaultSettings: {
    children: [
      { name: 'SourceLocation', type: 'LocalizedUrl' },
      { name: 'RequestedWidth', type: 'Text', min: 0 },
    ],
  },
  Permissions: {
    text: {
      required: true,
      enum: ['Restricted', 'ReadDocument', 'ReadAllDocuments', 'WriteDocument', 'ReadWriteDocument'],
    },
  },
  VersionOverrides: {
    xsiTypes: { VersionOverridesV1_0: 'VersionOverridesV1_0' },
    attributes: { type: { required: true } },
  },
  VersionOverridesV1_0: {
    attributes: { type: { required: true } },
    children: [
      { name: 'Description', type: 'ResidShort', min: 0 },
      { name: 'Requirements', type: 'Requirements', min: 0 },
      { name: 'Hosts', type: 'OverrideHosts' },
      { name: 'Resources', type: 'Resources', min: 0 },
      { name: 'EquivalentAddins', type: 'Opaque', min: 0 },
      { name: 'VersionOverrides', type: 'Opaque', min: 0 },
    ],
  },
  OverrideHosts: { children: [{ name: 'Host', type: 'OverrideHost', max: any }] },
  OverrideHost: {
    xsiTypes: { Workbook: 'WorkbookHost' },
    attributes: { type: { required: true, enum: ['Workbook', 'Document', 'Presentation', 'Notebook'] } },
  },
  WorkbookHost: {
    attributes: { type: { required: true } },
    children: [
      { name: 'Runtimes', type: 'Runtimes', min: 0 },
      { name: 'AllFormFactors', type: 'AllFormFactors', min: 0 },
      { name: 'DesktopFormFactor', type: 'DesktopFormFactor' },
    ],
  },
  Runtimes: { children: [{ name: 'Runtime', type: 'Runtime', max: any }] },
  Runtime: {
    attributes: { resid: { ...RESID, resid: 'Url' }, lifetime: { enum: ['short', 'long'] } },
    children: [{ name: 'Override', type: 'Opaque', min: 0, max: any }],
  },
  AllFormFactors: { children: [{ name: 'ExtensionPoint', type: 'AllFormFactorsExtensionPoint', max: any }] },
  AllFormFactorsExtensionPoint: {
    xsiTypes: { CustomFunctions: 'CustomFunctions' },
    attributes: { type: { required: true } },
  },
  CustomFunctions: {
    attributes: { type: { required: true } },
    children: [
      { name: 'Script', type: 'SourceLocationHolder' },
      { name: 'Page', type: 'SourceLocationHolder' },
      { name: 'Metadata', type: 'SourceLocationHolder' },
      { name: 'Namespace', type: 'ResidShort' },
    ],
  },
  SourceLocationHolder: { children: [{ name: 'SourceLocation', type: 'ResidUrl' }] },
  DesktopFormFactor: {
    children: [
      { name: 'GetStarted', type: 'GetStarted', min: 0 },
      { name: 'FunctionFile', type: 'ResidUrl' },
      { name: 'ExtensionPoint', type: 'ExtensionPoint', max: any },
    ],
  },
  GetStarted: {
    children: [
      { name: 'Title', type: 'ResidShort' },
      { name: 'Description', type: 'ResidLong' },
      { name: 'LearnMoreUrl', type: 'ResidUrl', min: 0 },
    ],
  },
  ExtensionPoint: {
    xsiTypes: { PrimaryCommandSurface: 'PrimaryCommandSurface' },
    attributes: { type: { required: true } },
  },
  PrimaryCommandSurface: {
    attributes: { type: { required: true } },
    children: [
      { name: 'OfficeTab', type: 'OfficeTab', min: 0, max: any },
      { name: 'CustomTab', type: 'Opaque', min: 0, max: any },
    ],
  },
  OfficeTab: {
    attributes: { id: { required: true, maxLength: 125 } },
    children: [{ name: 'Group', type: 'Group', max: any }],
  },
  Group: {
    attributes: { id: { required: true, maxLength: 125 } },
    children: [
      { name: 'Label', type: 'ResidShort' },
      { name: 'Icon', type: 'Icon' },
      { name: 'Control', type: 'Control', max: any },
    ],
  },
  Icon: { children: [{ name: 'Image', type: 'IconImage', max: any }] },
  IconImage: {
    attributes: {
      size: { required: true, enum: ['16', '20', '24', '32', '40', '48', '64', '80'] },
      resid: { ...RESID, resid: 'Image' },
    },
  },
  Control: { xsiTypes: { Button: 'Button' }, attributes: { type: { required: true } } },
  Button: {
    attributes: { type: { required: true }, id: { required: true, maxLength: 125 } },
    children: [
      { name: 'Label', type: 'ResidShort' },
      { name: 'Supertip', type: 'Supertip' },
      { name: 'Icon', type: 'Icon' },
      { name: 'Action', type: 'Action' },
    ],
  },
  Supertip: {
    children: [
      { name: 'Title', type: 'ResidShort' },
      { name: 'Description', type: 'ResidLong' },
    ],
  },
  Action: { xsiTypes: { ShowTaskpane: 'ShowTaskpane' }, attributes: { type: { required: true } } },
  ShowTaskpane: {
    attributes: { type: { required: true } },
    children: [
      { name: 'TaskpaneId', type: 'TaskpaneId', min: 0 },
      { name: 'SourceLocation', type: 'ResidUrl' },
      { name: 'Title', type: 'ResidShort', min: 0 },
    ],
  },
  TaskpaneId: { text: { required: true, maxLength: 125 } },
  ResidShort: residRef('ShortString'),
  ResidLong: residRef('LongString'),
  ResidUrl: residRef('Url'),
  Resources: {
    children: [
      { name: 'Images', type: 'Images', min: 0 },
      { name: 'Urls', type: 'Urls', min: 0 },
      { name: 'ShortStrings', type: 'ShortStrings', min: 0 },
      { name: 'LongStrings', type: 'LongStrings', min: 0 },
    ],
  },
  Images: { children: [{ name: 'Image', type: 'ImageResource', max: any }] },
  Urls: { children: [{ name: 'Url', type: 'UrlResource', max: any }] },
  ShortStrings: { children: [{ name: 'String', type: 'ShortStringResource', max: any }] },
  LongStrings: { children: [{ name: 'String', type: 'LongStringResource', max: any }] },
  ImageResource: resource('Image', 2048, true),
  UrlResource: resource('Url', 2048, true),
  ShortStringResource: resource('ShortString', SHORT),
  LongStringResource: resource('LongString', LONG),
};
