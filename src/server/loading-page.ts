import { createHash } from 'node:crypto';

/**
 * The page every browser gets while the server starts (the database opens, the demonstration
 * estate loads): it needs neither the database nor the built web app. It polls
 * GET /api/v1/status, shows the step and a progress bar, says so plainly when loading failed,
 * and reloads itself when the server is ready, which then shows the login. Its texts are in
 * Spanish and English; the language is the one chosen on this browser (the web app's own
 * choice, kept under the same key), Spanish by default.
 */

const TEXTS = {
  es: {
    tagline: 'Sistema de información penitenciaria',
    starting: 'Custodia se está iniciando',
    loadingDemo: 'Cargando el estado de demostración',
    intro: 'La primera vez, Custodia prepara un estado de demostración: los centros del país con personas ficticias. Tarda unos minutos; esta página se actualiza sola y después muestra el acceso.',
    introStarting: 'Esta página se actualiza sola y después muestra el acceso.',
    step: 'Paso {done} de {total}',
    waiting: 'Esperando al servidor…',
    ready: 'Listo. Abriendo Custodia…',
    failedTitle: 'No se pudo cargar el estado de demostración',
    failedText: 'No se ha guardado nada del estado de demostración. El registro del servidor explica la causa. Reinicie Custodia para volver a intentarlo.',
    steps: {
      web: 'Preparando la aplicación web',
      database: 'Abriendo la base de datos',
      generate_layout: 'Trazando centros, pabellones y celdas',
      generate_people: 'Creando personas ficticias',
      generate_movements: 'Creando el historial de movimientos',
      generate_memberships: 'Asignando miembros a los grupos',
      generate_non_associations: 'Creando las separaciones',
      check: 'Comprobando los datos',
      centres: 'Guardando los centros',
      locations: 'Guardando pabellones, alas y celdas',
      persons: 'Guardando las personas',
      custody: 'Guardando los ingresos',
      groups: 'Guardando los grupos',
      memberships: 'Guardando los miembros de los grupos',
      non_associations: 'Guardando las separaciones',
      movements: 'Guardando los movimientos',
      statistics: 'Terminando',
      ready: 'Listo',
    },
  },
  en: {
    tagline: 'Prison information system',
    starting: 'Custodia is starting',
    loadingDemo: 'Loading the demonstration estate',
    intro: 'On its first start, Custodia prepares a demonstration estate: the country’s centres with fictitious people. It takes a few minutes; this page updates itself and then shows the login.',
    introStarting: 'This page updates itself and then shows the login.',
    step: 'Step {done} of {total}',
    waiting: 'Waiting for the server…',
    ready: 'Ready. Opening Custodia…',
    failedTitle: 'The demonstration estate could not be loaded',
    failedText: 'Nothing of the demonstration estate was saved. The server’s log gives the reason. Restart Custodia to try again.',
    steps: {
      web: 'Preparing the web app',
      database: 'Opening the database',
      generate_layout: 'Laying out centres, pavilions and cells',
      generate_people: 'Creating fictitious people',
      generate_movements: 'Creating the movement history',
      generate_memberships: 'Assigning group members',
      generate_non_associations: 'Creating the non-associations',
      check: 'Checking the data',
      centres: 'Saving the centres',
      locations: 'Saving pavilions, wings and cells',
      persons: 'Saving the people',
      custody: 'Saving the admissions',
      groups: 'Saving the groups',
      memberships: 'Saving the group members',
      non_associations: 'Saving the non-associations',
      movements: 'Saving the movements',
      statistics: 'Finishing',
      ready: 'Ready',
    },
  },
} as const;

/** What each step of a start (or of `custodia demo` / `import`) is doing, in words. */
export const STEP_LABELS = { es: TEXTS.es.steps, en: TEXTS.en.steps } as const;

const STYLE = `
:root{--bg:#f2f4f7;--surface:#fff;--text:#1b2430;--heading:#13233a;--muted:#4b5563;--border:#cfd6df;--header:#1c2c3e;--header-muted:#c3cedb;--accent:#b8913a;--primary:#1d4e89;--danger:#a3262a;--focus:#ffbf47;font-family:system-ui,-apple-system,'Segoe UI',Roboto,'Helvetica Neue',Arial,'Noto Sans',sans-serif}
*{box-sizing:border-box}body{margin:0;background:var(--bg);color:var(--text);line-height:1.5}
header{display:flex;flex-wrap:wrap;align-items:center;justify-content:space-between;gap:.75rem 2rem;padding:.75rem 1.5rem;background:var(--header);color:#fff;border-bottom:4px solid var(--accent)}
.brand{display:flex;flex-direction:column;line-height:1.15}.name{font-size:1.4rem;font-weight:700;letter-spacing:.04em}.tagline{font-size:.8rem;color:var(--header-muted)}
.langs{display:inline-flex}.langs button{font:inherit;font-size:.85rem;padding:.3rem .7rem;cursor:pointer;border:1px solid var(--header-muted);background:transparent;color:#fff}
.langs button:first-child{border-radius:4px 0 0 4px}.langs button:last-child{border-radius:0 4px 4px 0;border-left:0}.langs button[aria-pressed=true]{background:#fff;color:var(--header);font-weight:600}
.langs button:focus-visible{outline:3px solid var(--focus);outline-offset:2px}
main{display:flex;justify-content:center;padding:4rem 1rem 2rem}
.card{width:100%;max-width:34rem;padding:2rem 2.25rem 2.25rem;background:var(--surface);border:1px solid var(--border);border-top:4px solid var(--primary);border-radius:6px;box-shadow:0 1px 3px rgb(15 23 42/.08)}
.card.failed{border-top-color:var(--danger)}
h1{font-size:1.5rem;color:var(--heading);line-height:1.25;margin:0 0 .75rem}p{margin:0 0 1rem}.intro{color:var(--muted)}
.bar{height:.75rem;background:#e5eaf0;border-radius:999px;overflow:hidden;margin:1.25rem 0 .5rem}.fill{height:100%;width:0;background:var(--primary);transition:width .4s ease}
.step{font-weight:600;margin:0}.count{color:var(--muted);font-size:.9rem;margin:0}
.failed .bar,.failed .step,.failed .count,.failed .intro{display:none}.error{color:var(--danger)}
@media (max-width:480px){main{padding:1.5rem .75rem}.card{padding:1.25rem 1.1rem 1.5rem}header{padding:.75rem 1rem}}
@media (prefers-reduced-motion:reduce){.fill{transition:none}}
`;

/** The page's script: plain JavaScript for any browser, no imports. */
const SCRIPT = `
(function () {
  var TEXTS = ${JSON.stringify(TEXTS)};
  var KEY = 'custodia.language';
  var language = 'es';
  try { var stored = localStorage.getItem(KEY); if (stored === 'es' || stored === 'en') language = stored; } catch (e) {}
  var last = null;
  var $ = function (id) { return document.getElementById(id); };
  function fill(text, params) { return text.replace(/\\{(\\w+)\\}/g, function (w, k) { return k in params ? String(params[k]) : w; }); }
  function number(n) { return new Intl.NumberFormat(language === 'es' ? 'es-EC' : 'en-GB').format(n); }
  function render() {
    var t = TEXTS[language];
    document.documentElement.lang = language;
    $('tagline').textContent = t.tagline;
    var buttons = document.querySelectorAll('.langs button');
    for (var i = 0; i < buttons.length; i++) buttons[i].setAttribute('aria-pressed', String(buttons[i].value === language));
    var card = $('card');
    if (!last) { $('title').textContent = t.starting; $('intro').textContent = t.introStarting; $('step').textContent = t.waiting; return; }
    var failed = last.state === 'failed';
    card.className = failed ? 'card failed' : 'card';
    var demo = last.step && last.step !== 'web' && last.step !== 'database';
    $('title').textContent = failed ? t.failedTitle : demo ? t.loadingDemo : t.starting;
    document.title = 'Custodia — ' + $('title').textContent;
    $('intro').textContent = demo ? t.intro : t.introStarting;
    $('error').textContent = failed ? t.failedText : '';
    var label = t.steps[last.step] || '';
    $('step').textContent = last.state === 'ready' ? t.ready : label + (last.rows > 0 ? ' (' + number(last.rows) + ')' : '');
    $('count').textContent = last.total > 0 && last.state === 'loading' ? fill(t.step, { done: Math.min(last.done + 1, last.total), total: last.total }) : '';
    var share = last.state === 'ready' ? 100 : last.total > 0 ? Math.round((last.done / last.total) * 100) : 0;
    $('fill').style.width = share + '%';
    $('bar').setAttribute('aria-valuenow', String(share));
  }
  function poll() {
    fetch('/api/v1/status', { cache: 'no-store', headers: { accept: 'application/json' } })
      .then(function (r) { return r.json(); })
      .then(function (status) {
        last = status;
        render();
        if (status.state === 'ready') { setTimeout(function () { location.reload(); }, 300); return; }
        if (status.state === 'loading') setTimeout(poll, 500);
      })
      // Not answering (the moment the app takes over, or a restart): keep what was shown, try again.
      .catch(function () { setTimeout(poll, 1000); });
  }
  var buttons = document.querySelectorAll('.langs button');
  for (var i = 0; i < buttons.length; i++) buttons[i].addEventListener('click', function (event) {
    language = event.currentTarget.value;
    try { localStorage.setItem(KEY, language); } catch (e) {}
    render();
  });
  render();
  poll();
})();
`;

const sha256 = (text: string) => `'sha256-${createHash('sha256').update(text).digest('base64')}'`;

/** The Content-Security-Policy of the page: only its own inline script and style, and requests to this server. */
export const LOADING_PAGE_CSP = [
  "default-src 'none'",
  `script-src ${sha256(SCRIPT)}`,
  `style-src ${sha256(STYLE)}`,
  "connect-src 'self'",
  "base-uri 'none'",
  "form-action 'none'",
  "frame-ancestors 'none'",
].join('; ');

export const LOADING_PAGE_HTML = `<!doctype html>
<html lang="es">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>Custodia</title>
<style>${STYLE}</style>
</head>
<body>
<header>
  <span class="brand"><span class="name">Custodia</span><span class="tagline" id="tagline">${TEXTS.es.tagline}</span></span>
  <span class="langs" role="group" aria-label="Idioma / Language"><button type="button" value="es" lang="es" aria-pressed="true">Español</button><button type="button" value="en" lang="en" aria-pressed="false">English</button></span>
</header>
<main>
  <div class="card" id="card" aria-live="polite">
    <h1 id="title">${TEXTS.es.starting}</h1>
    <p class="intro" id="intro">${TEXTS.es.introStarting}</p>
    <p class="error" id="error"></p>
    <div class="bar" id="bar" role="progressbar" aria-labelledby="step" aria-valuemin="0" aria-valuemax="100" aria-valuenow="0"><div class="fill" id="fill"></div></div>
    <p class="step" id="step">${TEXTS.es.waiting}</p>
    <p class="count" id="count"></p>
  </div>
</main>
<script>${SCRIPT}</script>
</body>
</html>
`;
