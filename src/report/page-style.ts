/** The report's stylesheet; speaker colours come from `--bg`/`--fg` set per `.sp-N` class. */
export const PAGE_CSS = `
*{box-sizing:border-box}
body{margin:0;font:16px/1.6 Georgia,'DejaVu Serif',serif;color:#1d1d1f;background:#fafaf7}
header{padding:14px 24px;border-bottom:1px solid #ddd;background:#fff;font-family:system-ui,'DejaVu Sans',sans-serif}
header h1{margin:0;font-size:20px}
header p{margin:4px 0 0;color:#555;font-size:14px}
header a{color:#235}
.layout{display:grid;grid-template-columns:minmax(0,1fr) 300px;gap:24px;padding:24px;max-width:1200px;margin:auto}
@media (max-width:800px){.layout{grid-template-columns:1fr}}
article{white-space:pre-wrap;background:#fff;padding:24px 28px;border:1px solid #e3e3e3;border-radius:6px;max-width:75ch}
aside{font-family:system-ui,'DejaVu Sans',sans-serif;font-size:14px;position:sticky;top:16px;align-self:start;max-height:calc(100vh - 32px);overflow:auto}
aside h2{font-size:15px;margin:0 0 8px}
aside ul{list-style:none;margin:0 0 20px;padding:0}
.speaker{display:flex;gap:8px;align-items:flex-start;padding:6px 8px;border-radius:4px;cursor:pointer}
.speaker:hover,.speaker.on{background:#eef}
.swatch{flex:none;width:14px;height:14px;margin-top:3px;border-radius:3px;background:var(--bg);border:2px solid var(--fg)}
.speaker .who{flex:1}
.speaker .name{font-weight:600}
.speaker .role,.speaker .aliases{display:block;color:#555;font-size:13px}
.count{flex:none;font-variant-numeric:tabular-nums;color:#333}
.kinds li{display:flex;gap:8px;align-items:center;margin:4px 0}
.q{background:var(--bg);border-radius:2px;cursor:pointer;box-decoration-break:clone;-webkit-box-decoration-break:clone}
.q.k-mixed{box-shadow:inset 0 -2px 0 var(--fg)}
.q.k-indirect{background:transparent;border-bottom:2px dashed var(--fg)}
.q:hover,.q.hover,.q.sel{outline:2px solid var(--fg)}
.q:focus-visible{outline:3px solid #000}
.cue{text-decoration:underline wavy var(--fg);text-underline-offset:3px;font-style:italic;cursor:pointer}
.men{text-decoration:underline solid var(--fg) 2px;text-underline-offset:3px;font-weight:600;cursor:pointer}
.alias{text-decoration:underline dotted var(--fg);text-underline-offset:3px}
.bp{color:#999}
.dim{opacity:.3}
#card{position:absolute;z-index:10;max-width:380px;background:#fff;border:1px solid #bbb;border-top:4px solid var(--fg,#555);border-radius:6px;box-shadow:0 6px 20px rgba(0,0,0,.18);padding:10px 14px;font:14px/1.45 system-ui,'DejaVu Sans',sans-serif}
#card[hidden]{display:none}
#card dl{display:grid;grid-template-columns:auto 1fr;gap:2px 10px;margin:6px 0 0}
#card dt{color:#666}
#card dd{margin:0}
#card .quote{font-style:italic;margin:0}
details{margin-top:8px}
details li{margin:4px 0;color:#444}
`;
