/*
 * Official codes as brands: a plain string (a label, a sheet name, a code typed by a user) does not compile where
 * a checked code is required, so every code in a Unit has passed one of the parsers below.
 */

import { InvalidUnitCodeError } from '../errors';

declare const unitCodeBrand: unique symbol;

/** A kommunkod: four digits, the first two its länskod ("0114" Upplands Väsby, "2080" Falun). */
export type KommunCode = string & { readonly [unitCodeBrand]: 'KommunCode' };

/** A läns- or regionkod: two digits ("01" Stockholm, "20" Dalarna). */
export type RegionCode = string & { readonly [unitCodeBrand]: 'RegionCode' };

/** The code of a kommun or a region, as in SCB's lists. */
export type UnitCode = KommunCode | RegionCode;

/**
 * The text as a kommunkod, or undefined unless it is exactly four digits.
 * @example parseKommunCode('0114') //=> '0114'
 * @example parseKommunCode('114') //=> undefined (Excel dropped the zero; the registry's byCode pads it)
 */
export function parseKommunCode(text: string): KommunCode | undefined {
  return /^\d{4}$/.test(text) ? (text as KommunCode) : undefined;
}

/**
 * The text as a läns- or regionkod, or undefined unless it is exactly two digits.
 * @example parseRegionCode('20') //=> '20'
 */
export function parseRegionCode(text: string): RegionCode | undefined {
  return /^\d{2}$/.test(text) ? (text as RegionCode) : undefined;
}

/**
 * The text as a kommun- or regionkod (four or two digits), or undefined.
 * @example parseUnitCode('2080') //=> '2080'
 * @example parseUnitCode('Falun') //=> undefined
 */
export function parseUnitCode(text: string): UnitCode | undefined {
  return parseKommunCode(text) ?? parseRegionCode(text);
}

/**
 * The länskod a kommunkod starts with.
 * @example countyOf(kommunCode('2080')) //=> '20'
 */
export function countyOf(code: KommunCode): RegionCode {
  return code.slice(0, 2) as RegionCode;
}

/**
 * A code from data we ship or wrote ourselves, where a malformed one is a bug: the code, or InvalidUnitCodeError.
 * @example kommunCode('0114') //=> '0114'
 */
export function kommunCode(text: string): KommunCode {
  const code = parseKommunCode(text);
  if (code === undefined) throw new InvalidUnitCodeError(text);
  return code;
}

/**
 * A läns- or regionkod from data we ship or wrote ourselves; InvalidUnitCodeError when malformed.
 * @example regionCode('20') //=> '20'
 */
export function regionCode(text: string): RegionCode {
  const code = parseRegionCode(text);
  if (code === undefined) throw new InvalidUnitCodeError(text);
  return code;
}
