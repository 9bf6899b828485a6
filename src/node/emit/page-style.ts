// The stylesheet of the article pages: the widget's look (accent, monogram, quiet
// borders), light and dark, readable from 320 px to wide screens, no web fonts.
export const PAGE_CSS = `:root{color-scheme:light dark;--accent:#2f6f5e;--on-accent:#fff;--surface:#fff;--page:#f5f7f6;--text:#1d2421;--muted:#4d5752;--border:#cfd8d4}
@media (prefers-color-scheme:dark){:root{--accent:#86d1b8;--on-accent:#0d1f19;--surface:#1b2220;--page:#121716;--text:#edf2ef;--muted:#b5c1bb;--border:#3d4a45}}
*{box-sizing:border-box}
body{margin:0;background:var(--page);color:var(--text);font:1.0625rem/1.65 system-ui,-apple-system,"Segoe UI",Roboto,"Helvetica Neue",Arial,sans-serif;overflow-wrap:break-word}
main{max-width:44rem;margin:0 auto;padding:clamp(1rem,4vw,2.5rem) clamp(1rem,5vw,2.5rem) 3rem;background:var(--surface)}
@media (min-width:48rem){main{margin:2rem auto;border:1px solid var(--border);border-radius:.75rem}}
h1{margin:0 0 1rem;font-size:clamp(1.6rem,1.2rem + 2vw,2.3rem);line-height:1.2;text-wrap:balance}
h2,h3,h4,h5,h6{margin:2rem 0 .5rem;line-height:1.3}
p,ul,ol{margin:0 0 1rem}
a{color:inherit;text-underline-offset:.15em}
a:focus-visible{outline:3px solid var(--accent);outline-offset:2px}
.who{display:flex;align-items:center;gap:.75rem;margin:0 0 1.5rem}
.who p{margin:0;line-height:1.4}
.avatar{display:grid;flex:none;place-items:center;width:2.75rem;height:2.75rem;border-radius:50%;background:var(--accent);color:var(--on-accent);font-weight:600;object-fit:cover}
.big{width:4rem;height:4rem;font-size:1.25rem}
.name{font-weight:600}
.meta{color:var(--muted);font-size:.875rem}
.about{margin-top:2.5rem;padding-top:1.5rem;border-top:1px solid var(--border)}
.about h2{font-size:1.1rem}
.more li{margin:.25rem 0;padding:.25rem 0}
.book{display:inline-flex;align-items:center;min-height:2.75rem;padding:.5rem 1rem;border-radius:.75rem;background:var(--accent);color:var(--on-accent);font-weight:600;text-decoration:none}
nav{margin-top:2rem;font-size:.95rem}
.cover{display:block;width:100%;height:auto;margin:0 0 1.5rem;border-radius:.75rem}
.dates{margin:-1rem 0 1rem}
.topics{display:flex;flex-wrap:wrap;gap:.5rem;margin:0 0 1.5rem;padding:0;list-style:none;font-size:.875rem}
.topics a{display:inline-block;padding:.25rem .75rem;border:1px solid var(--border);border-radius:1rem;text-decoration:none}
.note,.support{margin:0 0 1.5rem;padding:.75rem 1rem;border-inline-start:4px solid var(--accent);background:var(--page)}
.note p,.support p{margin:0}
.note p+p{margin-top:.5rem}
.support{margin:2rem 0 0}
.list{padding:0;list-style:none}
.list li{padding:1rem 0;border-bottom:1px solid var(--border)}
.list h2{margin:0 0 .25rem;font-size:1.2rem}
.list p{margin:0;color:var(--muted)}
`;
