// Keeps only the Bootstrap rules the pages use (run by vendor.sh, with purgecss from npm): 232 KB -> about 64 KB,
// and lists every class Bootstrap styles in tools/bootstrap-classes.txt.
// The pages, their components, the C# that names classes and the scripts are read for class names. Classes made
// from parts at run time are kept by pattern; elements Markdown may write (help articles) are kept by name.
// A test (Conventions/StylesheetTests) fails when a page uses a Bootstrap class this cut removed: run vendor.sh.
const { PurgeCSS } = require('purgecss');
const fs = require('fs');
const path = require('path');
const web = path.resolve(__dirname, '..', 'src', 'Nassij.Web');
const lib = path.join(web, 'wwwroot', 'lib', 'bootstrap');
const [, , sourceDir] = process.argv;

(async () => {
  const results = await new PurgeCSS().purge({
    content: ['Features/**/*.cshtml', 'Features/**/*.razor', 'Features/**/*.cs', 'Platform/**/*.cs', 'Platform/**/*.razor', 'wwwroot/js/*.js'].map(g => path.join(web, g)),
    css: ['bootstrap.min.css', 'bootstrap.rtl.min.css'].map(f => path.join(sourceDir, f)),
    safelist: {
      standard: [/^text-bg-/, /^alert-/, /^bg-/, /^btn-/, /^border-/, /^text-/, /^badge/, /^is-/, /^show$/, /^active$/, /^disabled$/,
        'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'p', 'ul', 'ol', 'li', 'blockquote', 'pre', 'code', 'hr', 'table', 'thead', 'tbody',
        'tr', 'th', 'td', 'a', 'strong', 'b', 'em', 'img', 'dl', 'dt', 'dd', 'figure', 'abbr', 'kbd', 'mark', 'small', 'sub', 'sup', 'caption'],
    },
    keyframes: true,
  });
  // Every class both stylesheets style (the RTL one lacks a few, such as .text-break: css/site.css adds those),
  // comments and data URLs aside, for the stylesheet test.
  const classesOf = f => new Set([...fs.readFileSync(path.join(sourceDir, f), 'utf8').replace(/\/\*[\s\S]*?\*\//g, '').replace(/url\([^)]*\)/g, '')
    .matchAll(/\.([A-Za-z][A-Za-z0-9_-]*)/g)].map(m => m[1]));
  const rtl = classesOf('bootstrap.rtl.min.css');
  const classes = [...classesOf('bootstrap.min.css')].filter(c => rtl.has(c)).sort();
  fs.writeFileSync(path.join(__dirname, 'bootstrap-classes.txt'), classes.join('\n') + '\n');
  for (const r of results) {
    fs.writeFileSync(path.join(lib, path.basename(r.file)), r.css);
    console.log(`${path.basename(r.file)}: ${r.css.length} bytes`);
  }
})().catch(e => { console.error(e); process.exit(1); });
