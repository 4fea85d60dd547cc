// The one script every page carries for the offline site, inline in BaseLayout (marked data-pw-sw, so the LMS
// packages can strip it; budget `offlineScriptRawPerPage` in budgets.json, measured apart from the page's own
// scripts by scripts/page-weight.ts). After the page has loaded it registers /sw.js. When a new version has
// installed while an older one controls the site, it shows the banner #pw-update (UpdateBanner.astro); its button
// tells the waiting worker to take over (SKIP_WAITING), and the page reloads once it has. A worker that is
// already active (another tab pressed the button) only needs the reload. Where Playwright blocks service
// workers, register() resolves to nothing. It also shows #pw-load-error when an island fails to load (Astro's
// astro:hydration-error, e.g. a script cut off by a shaky connection: its buttons would stay dead without a word).
export const offlineRegistrationScript = `(()=>{let d=document,e=d.getElementById("pw-load-error"),s=navigator.serviceWorker,b=d.getElementById("pw-update"),r;e&&addEventListener("astro:hydration-error",()=>{e.hidden=!1;e.lastChild.onclick=()=>location.reload()});if(!s||!b)return;let o=w=>{b.hidden=!1;b.lastChild.onclick=()=>{r=1;w.state=="activated"?location.reload():w.postMessage("SKIP_WAITING")}},t=(g,w)=>w&&w.addEventListener("statechange",()=>{w.state=="installed"&&g.active&&o(w)});s.addEventListener("controllerchange",()=>{r&&location.reload()});addEventListener("load",()=>s.register("/sw.js").then(g=>{if(!g)return;g.waiting?o(g.waiting):t(g,g.installing);g.addEventListener("updatefound",()=>t(g,g.installing))}))})()`;
