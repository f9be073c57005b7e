// Writes the licence notices of every installed npm package (Leaflet, its marker clusters, the code that
// yasgui.min.js bundles) into one
// text file served next to the bundle. Node built-ins only. Usage: node third-party-licences.mjs <output file>
import { readdirSync, readFileSync, existsSync, mkdirSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';

const output = process.argv[2];
const packages = [];

function collect(modules) {
  if (!existsSync(modules)) return;
  for (const entry of readdirSync(modules).sort()) {
    if (entry.startsWith('.')) continue;
    const path = join(modules, entry);
    if (entry.startsWith('@')) { collect(path); continue; }
    const manifest = join(path, 'package.json');
    if (!existsSync(manifest)) continue;
    const pkg = JSON.parse(readFileSync(manifest, 'utf8'));
    const notice = readdirSync(path).filter((f) => /^(mit-)?(licen[cs]e|copying|notice)/i.test(f)).sort()
      .map((f) => readFileSync(join(path, f), 'utf8').trim()).join('\n\n');
    packages.push({ name: pkg.name, version: pkg.version, licence: pkg.license ?? JSON.stringify(pkg.licenses) ?? 'non déclarée', notice });
    collect(join(path, 'node_modules'));
  }
}

collect('node_modules');
const text = ['Third-party npm packages installed by the site\'s front-end build: leaflet, leaflet.markercluster (served in',
  'static/vendor) and @zazuko/yasgui with the packages its yasgui.min.js bundles.', '']
  .concat(packages.map((p) => `=== ${p.name} ${p.version} — ${p.licence}\n\n${p.notice || '(no licence file in the package)'}\n`))
  .join('\n');
mkdirSync(dirname(output), { recursive: true });
writeFileSync(output, text);
console.log(`${packages.length} packages listed in ${output}`);
