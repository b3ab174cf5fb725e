/**
 * Inline styles: the pages work offline, from a plain static host, with no external resources. Text colours keep
 * a contrast of at least 4.5:1 on their backgrounds; status is always a word too, never colour alone. Print: a
 * clean table, the timeline on its own landscape page.
 */
export const STYLES = `
:root { color-scheme: light; --fg: #1a1a1a; --muted: #4a4a4a; --link: #0645ad; --line: #c4c9d0; --bg-soft: #f3f5f8;
  --done: #2e7d32; --overdue: #c62828; --progress: #1f5fa8; --todo: #6b7280; --failed: #7b1f5e; }
* { box-sizing: border-box; }
body { margin: 0; font: 1rem/1.5 system-ui, -apple-system, "Segoe UI", Roboto, "Noto Sans", Arial, sans-serif; color: var(--fg); background: #fff; }
header, main, footer { max-width: 80rem; margin: 0 auto; padding: 0 1rem; }
header { padding-top: 1rem; }
nav { font-size: .95rem; margin-bottom: .5rem; }
.skip { position: absolute; left: -9999px; }
.skip:focus { left: 1rem; top: .5rem; background: #fff; padding: .5rem; z-index: 2; }
h1 { font-size: 1.6rem; line-height: 1.25; margin: 0 0 .5rem; }
h2 { font-size: 1.3rem; margin: 2rem 0 .75rem; border-bottom: 2px solid var(--line); padding-bottom: .25rem; }
h3 { font-size: 1.15rem; margin: 1.25rem 0 .5rem; line-height: 1.3; }
h4 { font-size: 1.05rem; margin: 0 0 .25rem; line-height: 1.3; }
p { margin: .25rem 0 .75rem; }
.muted { color: var(--muted); }
.asof { font-weight: 600; }
a { color: var(--link); text-underline-offset: .15em; }
a:focus-visible, button:focus-visible, select:focus-visible, input:focus-visible, .scroll:focus-visible, main:focus-visible { outline: 3px solid #b35c00; outline-offset: 2px; }
main:focus { outline: none; }
.card { border: 1px solid var(--line); border-radius: .5rem; padding: 1rem; margin: 0 0 1rem; }
.links { list-style: none; padding: 0; margin: .5rem 0 0; display: flex; flex-wrap: wrap; gap: .5rem; }
.links a { display: inline-block; padding: .55rem .8rem; min-height: 44px; border: 1px solid var(--line); border-radius: .4rem; background: var(--bg-soft); text-decoration: none; }
.links a:hover { text-decoration: underline; }
.progress { margin: .5rem 0; }
.bar { display: flex; height: .9rem; background: #e4e7eb; border-radius: .45rem; overflow: hidden; border: 1px solid #8a929c; min-width: 6rem; }
.seg { display: block; height: 100%; }
.seg.s-done, .key.k-done, .sw.s-done { background: var(--done); }
.seg.s-overdue, .key.k-overdue, .sw.s-overdue { background: var(--overdue); background-image: repeating-linear-gradient(45deg, transparent 0 3px, rgba(255,255,255,.45) 3px 5px); }
.key { display: inline-block; width: .8rem; height: .8rem; border-radius: .2rem; margin-right: .3rem; vertical-align: -.05rem; border: 1px solid #8a929c; }
.key.k-ahead { background: #e4e7eb; }
.counts { font-size: .95rem; margin: .3rem 0 0; }
.badge { display: inline-block; padding: 0 .4rem; border-radius: .3rem; font-size: .85rem; font-weight: 600; border: 1px solid currentColor; white-space: nowrap; }
.badge.s-done { color: #1b5e20; background: #e8f5e9; }
.badge.s-overdue { color: #a11b1b; background: #fdecea; }
.badge.s-in-progress { color: #174a85; background: #e7f0fb; }
.badge.s-not-started { color: #3f4550; background: #f1f3f5; }
.badge.s-failed { color: #6d1a53; background: #f8e9f3; }
.note { background: var(--bg-soft); border-left: 4px solid var(--link); padding: .75rem 1rem; }
.feeds { list-style: none; padding: 0; margin: 0; }
.feeds li { display: flex; flex-wrap: wrap; align-items: center; gap: .25rem 1rem; padding: .6rem 0; border-bottom: 1px solid var(--line); }
.feeds .name { flex: 1 1 16rem; overflow-wrap: anywhere; font-weight: 600; }
.feeds a { display: inline-block; padding: .5rem .25rem; }
.copyline input { width: min(28rem, 80vw); font: inherit; font-size: .85rem; padding: .3rem; border: 1px solid #6b7280; }
button { font: inherit; padding: .35rem .7rem; border: 1px solid #4a4a4a; border-radius: .3rem; background: #fff; color: var(--fg); cursor: pointer; min-height: 2.25rem; }
.date { font-size: 1rem; margin: 1.25rem 0 .25rem; }
.deadlines { margin: 0; padding-left: 1.25rem; }
.deadlines li { margin: .35rem 0; overflow-wrap: anywhere; }
.filters { display: flex; flex-wrap: wrap; gap: .5rem 1rem; align-items: end; margin: .5rem 0 1rem; padding: .75rem; background: var(--bg-soft); border-radius: .4rem; }
.filters label { display: flex; flex-direction: column; font-size: .9rem; font-weight: 600; }
.filters select, .filters input { font: inherit; font-weight: 400; padding: .35rem; min-height: 2.25rem; border: 1px solid #6b7280; border-radius: .3rem; background: #fff; max-width: 22rem; }
.filters .shown { flex-basis: 100%; margin: 0; font-size: .9rem; }
.scroll { overflow-x: auto; }
table { border-collapse: collapse; width: 100%; font-size: .92rem; }
caption { text-align: left; font-weight: 600; padding: .25rem 0; }
th, td { border: 1px solid var(--line); padding: .4rem .5rem; vertical-align: top; text-align: left; }
thead th { background: #e9edf2; position: sticky; top: 0; }
tr.sec th { background: #dfe6ee; font-weight: 700; }
tr.group td { background: #f7f8fa; }
tr:target td { background: #fff6d6; }
td.num { white-space: nowrap; }
td.title.d1 { padding-left: 1.25rem; } td.title.d2 { padding-left: 2rem; } td.title.d3 { padding-left: 2.75rem; }
td ul { margin: .2rem 0; padding-left: 1.1rem; }
ul.occ { list-style: none; padding: 0; margin: 0; }
ul.occ li { padding: .1rem 0; }
.items td:last-child { min-width: 14rem; }
.dl { white-space: nowrap; }
.target { margin: .3rem 0 0; font-weight: 600; }
.fact { display: block; }
.counts-table td { text-align: right; white-space: nowrap; }
.counts-table td.barcell { width: 30%; min-width: 8rem; }
.counts-table tr.district th, .counts-table tfoot th, .counts-table tfoot td { font-weight: 700; }
.counts-table tr.map th { font-weight: 400; padding-left: 1.5rem; }
.legend { list-style: none; padding: 0; display: flex; flex-wrap: wrap; gap: .25rem 1.25rem; font-size: .9rem; }
.sw { display: inline-block; width: 1.2rem; height: .7rem; margin-right: .35rem; border-radius: .15rem; vertical-align: 0; }
.sw.s-in-progress { background: var(--progress); } .sw.s-not-started { background: var(--todo); } .sw.s-failed { background: var(--failed); }
.sw.ms { width: .7rem; transform: rotate(45deg); background: #333; }
.sw.now { width: 0; border-left: 2px dashed var(--overdue); height: 1rem; border-radius: 0; }
svg.timeline { display: block; font: 11px system-ui, -apple-system, "Segoe UI", Roboto, Arial, sans-serif; max-width: none; }
svg.timeline .band.b0 { fill: #f4f6f9; } svg.timeline .band.b1 { fill: #fff; }
svg.timeline .sec { font-weight: 700; fill: #1a1a1a; font-size: 11.5px; }
svg.timeline .lbl { fill: #1a1a1a; } svg.timeline .lbl.grp { font-style: italic; fill: #3f4550; }
svg.timeline .nodate { fill: #4a4a4a; font-style: italic; }
svg.timeline .year { stroke: #6b7280; stroke-width: 1; } svg.timeline .month { stroke: #d5d9df; stroke-width: .6; }
svg.timeline .axis { stroke: #6b7280; }
svg.timeline .yr { font-weight: 700; fill: #1a1a1a; } svg.timeline .mo { fill: #3f4550; font-size: 10px; }
svg.timeline .s-done { fill: var(--done); } svg.timeline .s-overdue { fill: var(--overdue); }
svg.timeline .s-in-progress { fill: var(--progress); } svg.timeline .s-not-started { fill: var(--todo); } svg.timeline .s-failed { fill: var(--failed); }
svg.timeline .ms { stroke: #fff; stroke-width: 1; }
svg.timeline .bar.s-overdue { stroke: #5c0b0b; stroke-width: 1; stroke-dasharray: 3 2; }
svg.timeline .today line { stroke: var(--overdue); stroke-width: 1.5; stroke-dasharray: 4 3; }
svg.timeline .today text { fill: #a11b1b; font-weight: 700; }
footer { margin-top: 2.5rem; padding-bottom: 2rem; color: var(--muted); font-size: .9rem; }
@media (max-width: 40rem) { h1 { font-size: 1.35rem; } .card { padding: .75rem; } header, main, footer { padding: 0 .6rem; } }
@page { size: A4 portrait; margin: 12mm; }
@page landscape { size: A4 landscape; margin: 10mm; }
@media print {
  * { -webkit-print-color-adjust: exact; print-color-adjust: exact; }
  body { font-size: 10pt; }
  nav, .skip, .filters, button, .copyline, .services, footer { display: none !important; }
  header, main, footer { max-width: none; padding: 0; }
  a { color: inherit; text-decoration: none; }
  .scroll { overflow: visible; }
  thead { display: table-header-group; }
  thead th { position: static; }
  tr { break-inside: avoid; }
  tr[hidden] { display: table-row; }
  h2, h3 { break-after: avoid; }
  section.tl { page: landscape; break-before: page; }
  svg.timeline { width: 100%; height: auto; break-inside: avoid; }
  svg.timeline + svg.timeline { break-before: page; }
  .legend { margin: 0 0 2mm; }
  section.tl h2 { margin-top: 0; }
}
`;
