/** Excel's last row (0-based): an address past it is a typo, not a big sheet; "C:C" ends here. */
export const LAST_ROW = 1_048_575;

/** Excel's last column (0-based, XFD): "2:4" ends here. */
export const LAST_COL = 16_383;
