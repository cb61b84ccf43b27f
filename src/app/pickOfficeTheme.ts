import { webDarkTheme, webLightTheme, type Theme } from '@fluentui/react-components';

/** The subset of Office.context.officeTheme we read (it is undefined in Excel on the web). */
export interface OfficeThemeLike {
  readonly isDarkTheme?: boolean;
  readonly bodyBackgroundColor?: string;
}

/**
 * Fluent theme for the Office theme: isDarkTheme when Office says, else the body colour's luminance, else the
 * system's colour scheme (officeTheme is missing in Excel on the web and stale after a theme switch on desktop).
 */
export function pickOfficeTheme(office: OfficeThemeLike | undefined, prefersDark: boolean): Theme {
  const dark = office?.isDarkTheme ?? darkByLuminance(office?.bodyBackgroundColor) ?? prefersDark;
  return dark ? webDarkTheme : webLightTheme;
}

function darkByLuminance(color: string | undefined): boolean | undefined {
  const m = color && /^#?([0-9a-f]{2})([0-9a-f]{2})([0-9a-f]{2})$/i.exec(color);
  if (!m) return undefined;
  const [r = 0, g = 0, b = 0] = m.slice(1).map((h) => parseInt(h, 16) / 255);
  return 0.2126 * r + 0.7152 * g + 0.0722 * b < 0.5;
}
