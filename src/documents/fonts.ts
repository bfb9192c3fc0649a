import { createRequire } from 'node:module';
import path from 'node:path';

// Tinos: metric-compatible with Times New Roman, full Vietnamese coverage, OFL; shipped in npm.
const dir = path.dirname(createRequire(import.meta.url).resolve('@expo-google-fonts/tinos/package.json'));

export const TINOS = {
  normal: path.join(dir, '400Regular', 'Tinos_400Regular.ttf'),
  bold: path.join(dir, '700Bold', 'Tinos_700Bold.ttf'),
  italics: path.join(dir, '400Regular_Italic', 'Tinos_400Regular_Italic.ttf'),
  bolditalics: path.join(dir, '700Bold_Italic', 'Tinos_700Bold_Italic.ttf'),
};
