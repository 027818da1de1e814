import "server-only";
import path from "node:path";
import { Font } from "@react-pdf/renderer";

// DejaVu Sans ships with the project (npm dejavu-fonts-ttf) and covers Cyrillic and the Kazakh
// letters ә ғ қ ң ө ұ ү һ і. The path is taken from the working directory, which is the project
// root under `next start`, `next dev` and the tests; bundled code has no reliable __dirname.
const FONT_DIR = path.join(process.cwd(), "node_modules", "dejavu-fonts-ttf", "ttf");
export const FAMILY = "DejaVu Sans";
let fontsReady: Promise<void> | null = null;

type FontkitFont = { characterSet: number[]; glyphForCodePoint(codePoint: number): unknown };

/**
 * Registers the fonts once per process and fills fontkit's glyph cache before any document is
 * laid out. fontkit caches each glyph with the code points it was first asked for; subsetting a
 * composite glyph (DejaVu builds "ы" from "ь" and a stroke) creates the component without code
 * points, and every later document then wrote an empty ToUnicode entry for "ь" — the letter
 * still showed, but vanished when the text was copied, searched or read aloud. Asking for
 * every mapped code point first gives each glyph its code point for good.
 */
export function ensureFonts(): Promise<void> {
  fontsReady ??= (async () => {
    Font.register({
      family: FAMILY,
      fonts: [
        { src: path.join(FONT_DIR, "DejaVuSans.ttf"), fontWeight: 400 },
        { src: path.join(FONT_DIR, "DejaVuSans-Bold.ttf"), fontWeight: 700 },
      ],
    });
    // react-pdf hyphenates by English rules; Kazakh and Russian words must not be cut that way.
    Font.registerHyphenationCallback((word) => [word]);
    // Numeric weights: getFont() resolves the name "bold" to the regular face.
    for (const fontWeight of [400, 700]) {
      const source = Font.getFont({ fontFamily: FAMILY, fontWeight }) as unknown as {
        load(): Promise<void>;
        data: FontkitFont | null;
      };
      await source.load();
      const font = source.data!;
      for (const codePoint of font.characterSet) font.glyphForCodePoint(codePoint);
    }
  })();
  fontsReady.catch(() => {
    fontsReady = null;
  });
  return fontsReady;
}
