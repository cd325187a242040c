// Froissart's web interface: plain JavaScript over the REST API (/api/openapi.json), nothing fetched
// from elsewhere. Each view is a function of the hash (#/search?q=…) that fills <main>.
'use strict';

const view = document.getElementById('view');

/** Creates an element: el('a', {href: '#'}, 'text', child…); attributes null or false are left out, on* are listeners. */
function el(tag, attributes, ...children) {
  const node = attributes && attributes.svg ? document.createElementNS('http://www.w3.org/2000/svg', tag) : document.createElement(tag);
  for (const [name, value] of Object.entries(attributes || {})) {
    if (name === 'svg' || value === null || value === undefined || value === false) continue;
    if (name.startsWith('on')) node.addEventListener(name.slice(2), value);
    else node.setAttribute(name, value);
  }
  for (const child of children.flat()) {
    if (child !== null && child !== undefined && child !== false) {
      node.append(child instanceof Node ? child : String(child));
    }
  }
  return node;
}

/** An SVG element. */
function svgEl(tag, attributes, ...children) {
  return el(tag, {...attributes, svg: true}, ...children);
}

async function api(path, options) {
  const response = await fetch('/api' + path, options);
  const body = await response.json();
  if (!response.ok) {
    const error = new Error(body.error || response.statusText);
    error.detail = body.detail;
    throw error;
  }
  return body;
}

function query(params) {
  const q = new URLSearchParams();
  for (const [name, value] of Object.entries(params)) {
    if (value !== null && value !== undefined && value !== '') q.set(name, value);
  }
  return q.toString();
}

function show(...children) {
  view.replaceChildren(...children);
}

function showError(error) {
  show(el('p', {class: 'error', role: 'alert'}, error.message,
    error.detail ? ' — ' + JSON.stringify(error.detail) : ''));
}

function pager(total, offset, limit, go) {
  const last = Math.min(total, offset + limit);
  return el('div', {class: 'pager'},
    el('button', {class: 'plain', type: 'button', disabled: offset === 0, onclick: () => go(Math.max(0, offset - limit))},
      '← Previous'),
    el('span', {}, total === 0 ? 'none' : `${offset + 1}–${last} of ${total}`),
    el('button', {class: 'plain', type: 'button', disabled: last >= total, onclick: () => go(offset + limit)}, 'Next →'));
}

function field(label, name, value, attributes) {
  return el('label', {}, label, el('input', {name, value: value || '', ...attributes}));
}

function formValues(form) {
  return Object.fromEntries([...new FormData(form).entries()].filter(([, v]) => v !== ''));
}

// ---- Search ----

async function searchView(params) {
  const form = el('form', {class: 'bar', role: 'search', onsubmit: (e) => {
    e.preventDefault();
    location.hash = '#/search?' + query({...formValues(form), outlet: params.outlet, year: params.year});
  }},
  el('label', {}, 'Search titles and texts (accents and case do not matter)',
    el('input', {type: 'search', name: 'q', id: 'q', value: params.q || '', placeholder: 'teheran, "garde révolutionnaire", iran -irak'})),
  el('button', {type: 'submit'}, 'Search'));
  show(el('h2', {}, 'Search'), form, el('p', {class: 'muted'}, 'Searching…'));
  const offset = Number(params.offset || 0);
  let results;
  try {
    results = await api('/search?' + query({q: params.q, outlet: params.outlet, year: params.year, offset, limit: 10}));
  } catch (error) {
    return showError(error);
  }
  const facet = (title, name, counts) => el('div', {},
    el('h3', {}, title),
    params[name] ? el('p', {}, `${params[name]} `, el('a', {href: '#/search?' + query({...params, [name]: '', offset: 0})},
      '(all)')) : null,
    el('ul', {}, counts.slice(0, 12).map(c => el('li', {},
      el('a', {href: '#/search?' + query({...params, [name]: c.value, offset: 0})}, c.value), el('span', {class: 'muted'}, c.count)))));
  const hits = results.hits.map(hit => el('article', {class: 'hit', 'data-doc': hit.doc},
    el('h3', {}, el('a', {class: 'hit-title', href: `#/doc/${hit.doc}`}, hit.title || hit.id)),
    el('p', {class: 'muted'}, [hit.id, hit.outlet, hit.published].filter(Boolean).join(' · ')),
    hit.highlights.map(passage => el('p', {class: 'passage'}, '…', marked(passage), '…'))));
  show(el('h2', {}, 'Search'), form,
    el('div', {class: 'layout'},
      el('aside', {class: 'facets', 'aria-label': 'Facets'},
        facet('Outlets', 'outlet', results.facets.outlets), facet('Years', 'year', results.facets.years),
        facet('Languages', 'language', results.facets.languages)),
      el('section', {'aria-label': 'Results'},
        el('p', {id: 'total'}, `${results.total} document${results.total === 1 ? '' : 's'}`),
        hits,
        pager(results.total, offset, 10, o => { location.hash = '#/search?' + query({...params, offset: o}); }))));
}

/** A passage with its matches in <mark>; match offsets are offsets in the document's text. */
function marked(passage) {
  const parts = [];
  let at = 0;
  for (const m of passage.matches) {
    parts.push(passage.text.slice(at, m.start - passage.start), el('mark', {}, passage.text.slice(m.start - passage.start, m.end - passage.start)));
    at = m.end - passage.start;
  }
  parts.push(passage.text.slice(at));
  return parts;
}

// ---- Documents ----

async function documentsView(params) {
  const offset = Number(params.offset || 0);
  let page;
  try {
    page = await api('/documents?' + query({offset, limit: 50}));
  } catch (error) {
    return showError(error);
  }
  show(el('h2', {}, 'Documents'),
    el('table', {},
      el('thead', {}, el('tr', {}, ['#', 'Title', 'Outlet', 'Published', 'Mentions', 'Dates', 'Quotes', 'Events'].map(h => el('th', {scope: 'col'}, h)))),
      el('tbody', {}, page.documents.map(d => el('tr', {},
        el('td', {}, d.doc),
        el('td', {}, d.error ? [d.id, ' ', el('span', {class: 'error'}, d.error)] : el('a', {href: `#/doc/${d.doc}`}, d.title || d.id)),
        el('td', {}, d.outlet || ''), el('td', {}, d.published || ''),
        el('td', {}, d.mentions), el('td', {}, d.timexes), el('td', {}, d.quotes), el('td', {}, d.events))))),
    pager(page.total, offset, 50, o => { location.hash = '#/documents?' + query({offset: o}); }));
}

// ---- Events, timeline and network share one filter ----

const FILTERS = ['actor', 'actor_code', 'side', 'cameo', 'plover', 'from', 'to', 'outlet', 'status', 'min_confidence'];

function filterForm(route, params, extra) {
  const form = el('form', {class: 'bar', 'aria-label': 'Event filters', onsubmit: (e) => {
    e.preventDefault();
    location.hash = `#/${route}?` + query(formValues(form));
  }},
  field('Actor id', 'actor', params.actor, {placeholder: 'ali-khamenei, FRA'}),
  field('Actor code', 'actor_code', params.actor_code, {placeholder: 'IRNGOV', size: 8}),
  el('label', {}, 'Side', select('side', ['either', 'source', 'target'], params.side)),
  field('Event code', 'cameo', params.cameo, {placeholder: '05, 051', size: 6}),
  field('From', 'from', params.from, {type: 'date'}),
  field('To', 'to', params.to, {type: 'date'}),
  field('Outlet', 'outlet', params.outlet, {size: 10}),
  el('label', {}, 'Status', select('status', ['', 'asserted', 'negated', 'hypothetical', 'future'], params.status)),
  field('Min. confidence', 'min_confidence', params.min_confidence, {type: 'number', min: 0, max: 1, step: 0.05}),
  extra || null,
  el('button', {type: 'submit'}, 'Apply'));
  return form;
}

function select(name, options, value) {
  return el('select', {name}, options.map(o => el('option', {value: o, selected: o === (value || '')}, o || 'any')));
}

function filterOf(params) {
  return Object.fromEntries(FILTERS.filter(f => params[f]).map(f => [f, params[f]]));
}

function side(p) {
  if (!p) return '—';
  return el('span', {title: [p.actor, p.code].filter(Boolean).join(' · ')}, p.text || p.actor || p.code,
    p.code ? el('span', {class: 'muted'}, ` ${p.code}`) : null);
}

async function eventsView(params) {
  const offset = Number(params.offset || 0);
  const form = filterForm('events', params);
  show(el('h2', {}, 'Events'), form);
  let page;
  try {
    page = await api('/events?' + query({...filterOf(params), offset, limit: 50}));
  } catch (error) {
    return view.append(el('p', {class: 'error', role: 'alert'}, error.message));
  }
  view.append(
    el('p', {id: 'total'}, `${page.total} event${page.total === 1 ? '' : 's'}`),
    el('table', {class: 'events'},
      el('thead', {}, el('tr', {}, ['Day', 'Outlet', 'Source', 'Event', 'Target', 'Words', 'Status', 'Confidence'].map(h => el('th', {scope: 'col'}, h)))),
      el('tbody', {}, page.events.map(e => el('tr', {},
        el('td', {}, e.date || e.day || ''),
        el('td', {}, e.outlet || ''),
        el('td', {}, side(e.source)),
        el('td', {}, `${e.cameo} `, el('span', {class: 'muted'}, e.plover || '')),
        el('td', {}, side(e.target)),
        el('td', {}, el('a', {href: `#/doc/${e.doc}?at=${e.trigger.start}`, title: e.document_id}, e.trigger.text)),
        el('td', {}, e.status), el('td', {}, e.confidence))))),
    pager(page.total, offset, 50, o => { location.hash = '#/events?' + query({...params, offset: o}); }));
}

/** Green for cooperation (root 01) to red for force (root 20), as CAMEO orders its roots. */
function rootColour(root) {
  return `hsl(${Math.round(130 - (Number(root) - 1) * 130 / 19)}, 60%, 45%)`;
}

async function timelineView(params) {
  const granularity = params.granularity || 'month';
  show(el('h2', {}, 'Timeline'), filterForm('timeline', params,
    el('label', {}, 'By', select('granularity', ['month', 'day'], granularity))));
  let timeline;
  try {
    timeline = await api('/timeline?' + query({...filterOf(params), granularity}));
  } catch (error) {
    return view.append(el('p', {class: 'error', role: 'alert'}, error.message));
  }
  const periods = [...new Set(timeline.points.map(p => p.period))];
  const roots = [...new Set(timeline.points.map(p => p.root))].sort();
  if (periods.length === 0) return view.append(el('p', {}, 'No dated events.'));
  const totals = Object.fromEntries(periods.map(p => [p, 0]));
  timeline.points.forEach(p => { totals[p.period] += p.events; });
  const max = Math.max(...Object.values(totals));
  const width = 960, height = 320, left = 40, bottom = 60, top = 10;
  const step = (width - left - 10) / periods.length;
  const y = n => (height - bottom - top) * n / max;
  const chart = svgEl('svg', {viewBox: `0 0 ${width} ${height}`, width, height, role: 'img', id: 'timeline-chart',
    'aria-label': `Events per ${granularity}, ${periods.length} periods, at most ${max}`});
  chart.append(svgEl('line', {x1: left, y1: height - bottom, x2: width - 10, y2: height - bottom, stroke: '#888'}),
    svgEl('text', {x: left - 6, y: top + 10, 'text-anchor': 'end'}, max),
    svgEl('text', {x: left - 6, y: height - bottom, 'text-anchor': 'end'}, 0));
  const labelEvery = Math.ceil(periods.length / 16);
  periods.forEach((period, i) => {
    let base = height - bottom;
    for (const p of timeline.points.filter(p => p.period === period)) {
      const h = y(p.events);
      base -= h;
      chart.append(svgEl('rect', {x: left + i * step + 1, y: base, width: Math.max(1, step - 2), height: h,
        fill: rootColour(p.root), class: 'bar', 'data-period': period, 'data-root': p.root, 'data-events': p.events},
        svgEl('title', {}, `${period}: ${p.events} event(s) of root ${p.root}`)));
    }
    if (i % labelEvery === 0) {
      const x = left + i * step + step / 2;
      chart.append(svgEl('text', {x, y: height - bottom + 12, transform: `rotate(45 ${x} ${height - bottom + 12})`}, period));
    }
  });
  view.append(chart,
    el('div', {class: 'legend', 'aria-label': 'CAMEO root codes'}, roots.map(r =>
      el('span', {}, el('span', {class: 'swatch', style: `background:${rootColour(r)}`}), `root ${r}`))),
    el('details', {}, el('summary', {}, 'The counts as a table'),
      el('table', {}, el('thead', {}, el('tr', {}, el('th', {}, 'Period'), el('th', {}, 'Root'), el('th', {}, 'Events'))),
        el('tbody', {}, timeline.points.map(p => el('tr', {}, el('td', {}, p.period), el('td', {}, p.root), el('td', {}, p.events)))))));
}

/** Places nodes with a few hundred steps of a spring layout (Fruchterman and Reingold) from a circle. */
function layout(nodes, edges, width, height) {
  const n = nodes.length;
  const position = nodes.map((_, i) => ({
    x: width / 2 + Math.cos(2 * Math.PI * i / n) * width / 3,
    y: height / 2 + Math.sin(2 * Math.PI * i / n) * height / 3}));
  const index = Object.fromEntries(nodes.map((node, i) => [node.id, i]));
  const k = Math.sqrt(width * height / Math.max(n, 1)) * 0.6;
  for (let step = 0, heat = width / 10; step < 300; step++, heat *= 0.985) {
    const move = position.map(() => ({x: 0, y: 0}));
    for (let i = 0; i < n; i++) {
      for (let j = i + 1; j < n; j++) {
        const dx = position[i].x - position[j].x, dy = position[i].y - position[j].y;
        const d = Math.max(Math.hypot(dx, dy), 0.01), push = k * k / d;
        move[i].x += dx / d * push; move[i].y += dy / d * push;
        move[j].x -= dx / d * push; move[j].y -= dy / d * push;
      }
    }
    for (const e of edges) {
      const a = index[e.source], b = index[e.target];
      if (a === b) continue;
      const dx = position[a].x - position[b].x, dy = position[a].y - position[b].y;
      const d = Math.max(Math.hypot(dx, dy), 0.01), pull = d * d / k;
      move[a].x -= dx / d * pull; move[a].y -= dy / d * pull;
      move[b].x += dx / d * pull; move[b].y += dy / d * pull;
    }
    position.forEach((p, i) => {
      // A little gravity keeps the separate groups of actors near the middle.
      move[i].x += (width / 2 - p.x) * 0.5;
      move[i].y += (height / 2 - p.y) * 0.5;
      const d = Math.max(Math.hypot(move[i].x, move[i].y), 0.01), length = Math.min(d, heat);
      p.x = Math.min(width - 60, Math.max(60, p.x + move[i].x / d * length));
      p.y = Math.min(height - 30, Math.max(30, p.y + move[i].y / d * length));
    });
  }
  return position;
}

function goldsteinColour(g) {
  return g === null ? '#8a939b' : g < 0 ? '#c0392b' : '#2f8a3b';
}

async function networkView(params) {
  const maxEdges = params.max_edges || 40;
  show(el('h2', {}, 'Actor network'), filterForm('network', params,
    field('Edges', 'max_edges', maxEdges, {type: 'number', min: 1, max: 1000, size: 5})));
  let network;
  try {
    network = await api('/network?' + query({...filterOf(params), max_edges: maxEdges}));
  } catch (error) {
    return view.append(el('p', {class: 'error', role: 'alert'}, error.message));
  }
  if (network.nodes.length === 0) return view.append(el('p', {}, 'No event with both sides.'));
  const width = 960, height = 600;
  const at = layout(network.nodes, network.edges, width, height);
  const index = Object.fromEntries(network.nodes.map((node, i) => [node.id, i]));
  const radius = node => 6 + Math.sqrt(node.events) * 2.5;
  const chart = svgEl('svg', {viewBox: `0 0 ${width} ${height}`, width, height, role: 'img', id: 'network-chart',
    'aria-label': `${network.nodes.length} actors, ${network.edges.length} links`});
  chart.append(svgEl('defs', {}, ['#c0392b', '#2f8a3b', '#8a939b'].map(colour => svgEl('marker', {
    id: 'arrow' + colour.slice(1), viewBox: '0 0 10 10', refX: 10, refY: 5, markerWidth: 7, markerHeight: 7, orient: 'auto'},
  svgEl('path', {d: 'M0,0 L10,5 L0,10 z', fill: colour})))));
  for (const e of network.edges) {
    const a = at[index[e.source]], b = at[index[e.target]], r = radius(network.nodes[index[e.target]]);
    const d = Math.max(Math.hypot(b.x - a.x, b.y - a.y), 0.01);
    const colour = goldsteinColour(e.goldstein);
    chart.append(svgEl('line', {x1: a.x, y1: a.y, x2: b.x - (b.x - a.x) / d * r, y2: b.y - (b.y - a.y) / d * r,
      stroke: colour, 'stroke-width': 1 + Math.log2(e.events), 'marker-end': `url(#arrow${colour.slice(1)})`, opacity: 0.75},
    svgEl('title', {}, `${e.source} → ${e.target}: ${e.events} event(s), mean Goldstein ${e.goldstein ?? '—'}`)));
  }
  network.nodes.forEach((node, i) => {
    const filter = /^[A-Z]{3}[A-Z0-9]*$/.test(node.id) && node.id === node.code ? 'actor_code' : 'actor';
    chart.append(svgEl('a', {href: '#/events?' + query({[filter]: node.id}), class: 'node', 'data-node': node.id},
      svgEl('circle', {cx: at[i].x, cy: at[i].y, r: radius(node), fill: '#1f5f99', opacity: 0.85}),
      svgEl('text', {x: at[i].x + radius(node) + 3, y: at[i].y + 4}, node.label || node.id),
      svgEl('title', {}, `${node.label || node.id} (${node.id}, ${node.code || 'no code'}): ${node.events} event(s)`)));
  });
  view.append(chart, el('p', {class: 'legend'},
    el('span', {}, el('span', {class: 'swatch', style: 'background:#2f8a3b'}), 'cooperation (mean Goldstein ≥ 0)'),
    el('span', {}, el('span', {class: 'swatch', style: 'background:#c0392b'}), 'conflict (< 0)'),
    el('span', {class: 'muted'}, 'Arrows go from source to target; a node leads to its events.')));
}

// ---- Outlets ----

async function outletsView(params) {
  let actors;
  try {
    actors = await api('/actors?limit=300');
  } catch (error) {
    return showError(error);
  }
  const form = el('form', {class: 'bar', onsubmit: (e) => {
    e.preventDefault();
    location.hash = '#/outlets?' + query(formValues(form));
  }},
  el('label', {}, 'Actor', el('select', {name: 'actor', id: 'outlet-actor'},
    el('option', {value: ''}, 'choose an actor'),
    actors.map(a => el('option', {value: a.actor, selected: a.actor === params.actor},
      `${a.name} (${a.code || a.actor}) — ${a.source_events + a.target_events} events`)))),
  el('button', {type: 'submit'}, 'Compare'));
  show(el('h2', {}, 'What each outlet reports of an actor'), form);
  if (!params.actor) return;
  let comparison;
  try {
    comparison = await api('/outlets?' + query({actor: params.actor, examples: 3}));
  } catch (error) {
    return view.append(el('p', {class: 'error', role: 'alert'}, error.message));
  }
  if (comparison.outlets.length === 0) return view.append(el('p', {}, 'No event of this actor.'));
  const bars = (counts, total) => el('ul', {class: 'bars'}, counts.map(c => el('li', {},
    el('span', {}, c.value), el('span', {class: 'bar', style: `width:${100 * c.events / total}%`}), el('span', {}, c.events))));
  view.append(el('div', {class: 'outlets'}, comparison.outlets.map(o => el('section', {class: 'card outlet', 'data-outlet': o.outlet || ''},
    el('h3', {}, o.outlet || 'outlet unknown'),
    el('p', {}, `${o.events} event${o.events === 1 ? '' : 's'} · mean Goldstein ${o.goldstein ?? '—'}`),
    el('h4', {}, 'Root codes'), bars(o.roots, o.events),
    el('h4', {}, 'PLOVER types'), bars(o.plover, o.events),
    el('h4', {}, 'Examples'),
    o.examples.map(x => el('div', {class: 'example'},
      el('p', {}, exampleText(x)),
      el('p', {class: 'muted'}, `${x.event.cameo} ${x.event.plover || ''} · ${x.event.status} · confidence ${x.event.confidence} · `,
        el('a', {href: `#/doc/${x.event.doc}?at=${x.event.trigger.start}`}, x.event.document_id))))))));
}

function exampleText(example) {
  const t = example.event.trigger, from = t.start - example.context_start, to = t.end - example.context_start;
  return ['…', example.context.slice(0, from), el('mark', {}, example.context.slice(from, to)), example.context.slice(to), '…'];
}

// ---- Upload ----

function uploadView() {
  const result = el('div', {id: 'upload-result', 'aria-live': 'polite'});
  const form = el('form', {class: 'card stack', onsubmit: async (e) => {
    e.preventDefault();
    const article = formValues(form);
    result.replaceChildren(el('p', {}, 'Sending…'));
    try {
      const job = await api('/documents', {method: 'POST', headers: {'Content-Type': 'application/json'}, body: JSON.stringify(article)});
      follow(job.id, result);
    } catch (error) {
      result.replaceChildren(el('p', {class: 'error', role: 'alert'}, error.message));
    }
  }},
  el('p', {class: 'muted'}, 'The article is analysed and stored as "froissart ingest" does it; the first one waits for the French models to load.'),
  field('Title', 'title', ''), field('Published (2020-03-02)', 'published', '', {placeholder: 'YYYY-MM-DD'}),
  field('Outlet', 'outlet', ''), field('Address', 'url', '', {type: 'url'}),
  el('label', {}, 'Text', el('textarea', {name: 'text', rows: 12, cols: 80, required: true})),
  el('p', {}, el('button', {type: 'submit'}, 'Analyse and store')));
  show(el('h2', {}, 'Upload an article'), form, result);
}

async function follow(id, result) {
  const job = await api('/jobs/' + id);
  const line = el('p', {}, `Job ${job.id}: ${job.state}`);
  result.replaceChildren(line);
  if (job.state === 'queued' || job.state === 'running') {
    setTimeout(() => follow(id, result), 1000);
    return;
  }
  job.documents.forEach(d => result.append(el('p', {}, el('a', {href: `#/doc/${d.doc}`},
    `${d.id}: document ${d.doc}`), d.duplicate ? ' (already stored)' : '')));
  job.errors.forEach(r => result.append(el('p', {class: 'error'}, `${r.id}: ${r.error.code} — ${r.error.message}`)));
  status();
}

// ---- Article ----

/** The layers shown, outermost first when two spans cover the same words. */
const LAYERS = [
  {name: 'boilerplate', label: 'Boilerplate (page around the article)'},
  {name: 'quote', label: 'Quotes'},
  {name: 'mention', label: 'Entity mentions'},
  {name: 'event', label: 'Events (their trigger words)'},
  {name: 'timex', label: 'Time expressions'}];

function spansOf(record) {
  const spans = [];
  const add = (layer, item, start, end) => {
    if (end > start) spans.push({layer, id: item.id, start, end, rank: LAYERS.findIndex(l => l.name === layer), item});
  };
  record.boilerplate.forEach((b, i) => add('boilerplate', {...b, id: 'b' + (i + 1)}, b.start, b.end));
  record.quotes.forEach(q => add('quote', q, q.start, q.end));
  record.entities.forEach(m => add('mention', m, m.start, m.end));
  record.events.forEach(e => add('event', e, e.trigger.start, e.trigger.end));
  record.timex.forEach(t => add('timex', t, t.start, t.end));
  return spans;
}

/**
 * Writes the text with every span as an element. Spans that overlap without nesting are cut into
 * pieces; every piece carries its span's layer, id and offsets, so the pieces of a span put together
 * give its text.
 */
function renderText(text, spans, container) {
  const cuts = [...new Set([0, text.length, ...spans.flatMap(s => [s.start, s.end])])].sort((a, b) => a - b);
  const order = (a, b) => a.start - b.start || b.end - a.end || a.rank - b.rank;
  const stack = [];
  const top = () => stack.length ? stack[stack.length - 1].node : container;
  for (let i = 0; i < cuts.length - 1; i++) {
    const from = cuts[i], to = cuts[i + 1];
    const active = spans.filter(s => s.start <= from && s.end >= to).sort(order);
    let kept = 0;
    while (kept < stack.length && kept < active.length && stack[kept].span === active[kept]) kept++;
    stack.length = kept;
    for (const span of active.slice(kept)) {
      const node = spanElement(span);
      top().append(node);
      stack.push({span, node});
    }
    top().append(text.slice(from, to));
  }
}

function spanElement(span) {
  const data = {'data-layer': span.layer, 'data-id': span.id, 'data-start': span.start, 'data-end': span.end};
  if (span.layer === 'boilerplate') {
    return el('span', {class: 'boilerplate', title: `boilerplate: ${span.item.reason}`, 'data-reason': span.item.reason, ...data});
  }
  const kind = span.layer === 'mention' ? ` type-${span.item.type}` : '';
  return el('span', {class: `hl ${span.layer}${kind}`, tabindex: 0, role: 'button', ...data,
    'aria-label': `${span.layer} ${span.id}`});
}

async function documentView(doc, params) {
  let record;
  try {
    record = await api('/documents/' + encodeURIComponent(doc));
  } catch (error) {
    return showError(error);
  }
  if (record.error) {
    return show(el('h2', {}, record.id), el('p', {class: 'error'}, `${record.error.code}: ${record.error.message}`));
  }
  const spans = spansOf(record);
  const byKey = Object.fromEntries(spans.map(s => [s.layer + ':' + s.id, s]));
  const text = el('div', {class: 'article-text', id: 'article-text', lang: record.language || 'fr'});
  renderText(record.text, spans, text);
  const details = el('aside', {class: 'details', id: 'details', 'aria-live': 'polite', 'aria-label': 'Details'},
    el('p', {class: 'muted'}, 'Choose a highlighted passage (click, or Tab then Enter) to see what Froissart read in it.'));
  const choose = (target) => {
    const chosen = target.closest('.hl');
    if (!chosen || !text.contains(chosen)) return;
    text.querySelectorAll('.selected').forEach(n => n.classList.remove('selected'));
    const chain = [];
    for (let n = chosen; n && n !== text; n = n.parentElement) {
      if (n.classList.contains('hl')) chain.push(byKey[n.dataset.layer + ':' + n.dataset.id]);
    }
    chain.forEach(s => text.querySelectorAll(`[data-layer="${s.layer}"][data-id="${s.id}"]`).forEach(n => n.classList.add('selected')));
    details.replaceChildren(...chain.map(s => describe(s, record)));
  };
  text.addEventListener('click', (e) => choose(e.target));
  text.addEventListener('keydown', (e) => {
    if (e.key === 'Enter' || e.key === ' ') {
      e.preventDefault();
      choose(e.target);
    }
  });
  const counts = {boilerplate: record.boilerplate.length, quote: record.quotes.length, mention: record.entities.length,
    event: record.events.length, timex: record.timex.length};
  const legend = el('fieldset', {class: 'legend', id: 'legend'}, el('legend', {}, 'Show'),
    LAYERS.map(l => el('label', {},
      el('input', {type: 'checkbox', checked: true, onchange: (e) => text.classList.toggle('hide-' + l.name, !e.target.checked)}),
      el('span', {class: `swatch sw-${l.name}`}), `${l.label} (${counts[l.name]})`)));
  const published = record.published || {};
  show(el('h2', {id: 'article-title'}, record.title || record.id),
    el('p', {class: 'muted'}, [record.id, record.outlet && (record.outlet.name || record.outlet.id),
      published.value && `published ${published.value} (${published.method})`, record.language].filter(Boolean).join(' · ')),
    legend,
    el('div', {class: 'article'}, text, details));
  const at = Number(params.at);
  if (params.at !== undefined) {
    const target = [...text.querySelectorAll('.hl.event')].find(n => Number(n.dataset.start) === at)
      || [...text.querySelectorAll('.hl')].find(n => Number(n.dataset.start) <= at && at < Number(n.dataset.end));
    if (target) {
      target.scrollIntoView({block: 'center'});
      target.focus();
      choose(target);
    }
  }
}

/** The fields of a span's record, and the sentence it rests on. */
function describe(span, record) {
  const item = span.item;
  const rows = [];
  const row = (name, value) => {
    if (value !== null && value !== undefined && value !== '') rows.push(el('dt', {}, name), el('dd', {}, value));
  };
  const party = p => p ? [p.text, p.actor && `actor ${p.actor}`, p.code && `code ${p.code}`].filter(Boolean).join(' · ') : null;
  row('offsets', `${span.start}–${span.end}`);
  row('text', record.text.slice(span.start, span.end));
  if (span.layer === 'mention') {
    row('type', item.type); row('actor', item.actor); row('code', item.code); row('role', item.role);
  } else if (span.layer === 'timex') {
    row('type', item.type); row('value', item.value); row('anchor', item.anchor);
  } else if (span.layer === 'quote') {
    row('kind', item.kind); row('speaker', party(item.speaker)); row('cue', item.cue && item.cue.text);
    row('cited source', party(item.source)); row('attribution', (item.attribution || []).join(' → '));
  } else if (span.layer === 'event') {
    row('CAMEO', item.cameo); row('PLOVER', item.plover); row('Goldstein', item.goldstein); row('QuadClass', item.quad_class);
    row('source', party(item.source)); row('target', party(item.target));
    row('date', item.date && [item.date.value, item.date.timex && `from ${item.date.timex}`].filter(Boolean).join(' '));
    row('location', item.location && [item.location.text, item.location.country].filter(Boolean).join(' · '));
    row('status', item.status); row('attribution', item.attribution.join(' → ')); row('confidence', item.confidence);
    const sentence = record.sentences[item.sentence];
    if (sentence) row('evidence', el('span', {class: 'evidence'}, record.text.slice(sentence.start, sentence.end)));
  } else {
    row('reason', item.reason);
  }
  return el('section', {class: 'detail', 'data-layer': span.layer, 'data-id': span.id},
    el('h3', {}, `${LAYERS.find(l => l.name === span.layer).label.split(' (')[0]} ${span.id}`), el('dl', {}, rows));
}

// ---- Routing ----

const ROUTES = {
  search: searchView, documents: documentsView, events: eventsView, timeline: timelineView, network: networkView,
  outlets: outletsView, upload: uploadView};

async function status() {
  try {
    const s = await api('/status');
    document.getElementById('status').textContent = `${s.counts.documents} documents · ${s.counts.events} events`
      + (s.queued ? ` · ${s.queued} waiting` : '');
  } catch (error) {
    document.getElementById('status').textContent = 'the server does not answer';
  }
}

function route() {
  const [path, search] = (location.hash.slice(2) || 'search').split('?');
  const params = Object.fromEntries(new URLSearchParams(search || ''));
  const [name, id] = path.split('/');
  document.querySelectorAll('.top nav a').forEach(a => {
    if (a.getAttribute('href') === '#/' + name) a.setAttribute('aria-current', 'page');
    else a.removeAttribute('aria-current');
  });
  status();
  if (name === 'doc') return documentView(id, params);
  return (ROUTES[name] || searchView)(params);
}

window.addEventListener('hashchange', route);
route();
