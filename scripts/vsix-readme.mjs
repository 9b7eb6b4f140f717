// Writes dist/README.md, the README the .vsix ships: VS Code's Extensions page only loads images
// from https: or data: URLs, so the README's own images (docs/images/…) go in as data URLs.
import { readFileSync, writeFileSync } from 'node:fs';

const readme = readFileSync('README.md', 'utf8').replace(/\]\((docs\/images\/[\w.-]+\.png)\)/g, (_whole, path) =>
  `](data:image/png;base64,${readFileSync(path).toString('base64')})`);
writeFileSync('dist/README.md', readme);
