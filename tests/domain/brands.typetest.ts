/*
 * Compile-time proof that the brands hold: every line under `@ts-expect-error` must fail to type-check, or tsc
 * reports the directive as unused. Type-checked by `tsc -p tsconfig.json` (tests are included); jest does not run it.
 */
import { type Allocation, type PotAllocation } from '../../src/domain/allocation/Allocation';
import { rational } from '../../src/domain/money/arithmetic';
import { addKronor, kronor, type Kronor, share, shareOf, type Share } from '../../src/domain/money/Kronor';
import { type Unit } from '../../src/domain/units/Unit';
import {
  kommunCode,
  type KommunCode,
  parseUnitCode,
  regionCode,
  type RegionCode,
  type UnitCode,
} from '../../src/domain/units/UnitCode';

const frame: Kronor = kronor(rational(15_711_504n));
const avesta: Share = share(rational(23_178n, 287_966n));

export const brandChecks: readonly unknown[] = [
  shareOf(frame, avesta),
  // @ts-expect-error a share is not an amount in kronor
  addKronor(frame, avesta),
  // @ts-expect-error an unbranded rational is not an amount in kronor
  addKronor(frame, rational(1n)),
  // @ts-expect-error kronor are not a share
  shareOf(frame, frame),
  parseUnitCode('0114'),
];

// @ts-expect-error a plain string is not a unit code
export const plain: UnitCode = '0114';

// @ts-expect-error a kommunkod is not a länskod
export const county: RegionCode = kommunCode('0114');

// @ts-expect-error a länskod is not a kommunkod
export const kommun: KommunCode = regionCode('01');

export const unit: Unit = {
  level: 'kommun',
  // @ts-expect-error a Unit's code must have been parsed
  code: '0114',
  name: 'Upplands Väsby',
  countyCode: regionCode('01'),
};

// An allocation's amounts are kronor: a key share cannot stand in for a unit's amount or its total.
export const potAmounts: PotAllocation['amounts'] = [frame];
// @ts-expect-error a share is not a pot's amount
export const shareAsAmount: PotAllocation['amounts'] = [avesta];
// @ts-expect-error an unbranded rational is not an allocation's total
export const rationalAsTotal: Allocation['totals'] = [rational(1n)];
