/** Inline styles: the page must work offline, from a plain static host, with no external resources. */
export const STYLES = `
:root { color-scheme: light; --fg: #1a1a1a; --muted: #4a4a4a; --link: #0645ad; --line: #d0d4da; --bg-soft: #f3f5f8; --warn: #8a1c00; }
* { box-sizing: border-box; }
body { margin: 0; font: 1rem/1.5 system-ui, -apple-system, "Segoe UI", Roboto, "Noto Sans", Arial, sans-serif; color: var(--fg); background: #fff; }
header, main, footer { max-width: 62rem; margin: 0 auto; padding: 0 1rem; }
header { padding-top: 1.5rem; }
h1 { font-size: 1.6rem; line-height: 1.25; margin: 0 0 .5rem; }
h2 { font-size: 1.3rem; margin: 2rem 0 .75rem; border-bottom: 2px solid var(--line); padding-bottom: .25rem; }
h3 { font-size: 1.1rem; margin: 0 0 .25rem; line-height: 1.3; }
p { margin: .25rem 0 .75rem; }
.muted { color: var(--muted); }
a { color: var(--link); text-underline-offset: .15em; }
a:focus-visible { outline: 3px solid #f5a623; outline-offset: 2px; }
.card { border: 1px solid var(--line); border-radius: .5rem; padding: 1rem; margin: 0 0 1rem; background: #fff; }
.links { list-style: none; padding: 0; margin: .5rem 0 0; display: flex; flex-wrap: wrap; gap: .5rem; }
.links a { display: inline-block; padding: .55rem .8rem; min-height: 44px; border: 1px solid var(--line); border-radius: .4rem; background: var(--bg-soft); text-decoration: none; }
.links a:hover { text-decoration: underline; }
.feeds { list-style: none; padding: 0; margin: 0; }
.feeds li { display: flex; flex-wrap: wrap; align-items: center; gap: .25rem 1rem; padding: .6rem 0; border-bottom: 1px solid var(--line); }
.feeds .name { flex: 1 1 16rem; overflow-wrap: anywhere; }
.feeds a { display: inline-block; padding: .5rem .25rem; }
.note { background: var(--bg-soft); border-left: 4px solid var(--link); padding: .75rem 1rem; }
.date { font-size: 1rem; margin: 1.25rem 0 .25rem; }
.deadlines { margin: 0; padding-left: 1.25rem; }
.deadlines li { margin: .35rem 0; overflow-wrap: anywhere; }
.overdue { color: var(--warn); }
footer { margin-top: 2.5rem; padding-bottom: 2rem; color: var(--muted); font-size: .9rem; }
@media (max-width: 30rem) { h1 { font-size: 1.35rem; } .card { padding: .75rem; } }
`;
