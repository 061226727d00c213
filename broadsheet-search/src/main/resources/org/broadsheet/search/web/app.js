// Broadsheet's web page. Page text is hostile: it only ever enters the document through textContent or as an
// attribute value that cannot run (never parsed as markup), and links to pages are made only for http(s) addresses.
// The server's Content-Security-Policy forbids inline script besides.
'use strict';

const FACETS = ['publisher', 'section', 'language', 'pageType', 'author', 'person', 'organization', 'place',
  'speaker', 'compromised'];
const FACET_TITLES = { pageType: 'page type', organization: 'organization' };
const SVG = 'http://www.w3.org/2000/svg';

// ---- small DOM helpers

function el(tag, attrs, ...children) {
  const e = document.createElement(tag);
  for (const [k, v] of Object.entries(attrs || {})) {
    if (v === null || v === undefined || v === false) continue;
    if (k === 'class') e.className = v;
    else if (k === 'onclick') e.addEventListener('click', v);
    else e.setAttribute(k, String(v));
  }
  for (const c of children) add(e, c);
  return e;
}

function add(parent, ...children) {
  for (const child of children) {
    if (child === null || child === undefined || child === false) continue;
    if (Array.isArray(child)) add(parent, ...child);
    else parent.appendChild(child instanceof Node ? child : document.createTextNode(String(child)));
  }
}

function svg(tag, attrs) {
  const e = document.createElementNS(SVG, tag);
  for (const [k, v] of Object.entries(attrs || {})) e.setAttribute(k, String(v));
  return e;
}

/** A link to a page's own address: only http and https, anything else (javascript:, data:) stays text. */
function outLink(url) {
  if (!url) return null;
  let u;
  try { u = new URL(url); } catch (e) { return el('span', { class: 'meta' }, url); }
  if (u.protocol !== 'http:' && u.protocol !== 'https:') return el('span', { class: 'meta' }, url);
  return el('a', { href: u.href, rel: 'noopener noreferrer nofollow', target: '_blank' }, url);
}

function route(path, params) {
  const q = new URLSearchParams();
  for (const [k, v] of Object.entries(params || {})) {
    (Array.isArray(v) ? v : [v]).forEach(x => { if (x !== null && x !== undefined && x !== '') q.append(k, x); });
  }
  const s = q.toString();
  return '#/' + path + (s ? '?' + s : '');
}

function articleLink(id, text) {
  return el('a', { href: route('article', { id }), class: 'article-link' }, text || id);
}

function personLink(name) {
  return el('a', { href: route('person', { name }), class: 'person-link' }, name);
}

function day(iso) {
  return iso ? String(iso).substring(0, 10) : '';
}

async function api(path, params) {
  const q = new URLSearchParams(params);
  const r = await fetch('/api/' + path + '?' + q.toString(), { headers: { Accept: 'application/json' } });
  const body = await r.json();
  if (!r.ok) throw new Error(body.error || r.statusText);
  return body;
}

function show(...nodes) {
  const view = document.getElementById('view');
  view.replaceChildren(...nodes.filter(n => n));
}

function snippetNode(snippet) {
  const p = el('p', { class: 'snippet' });
  for (const part of (snippet && snippet.parts) || []) {
    add(p, part.hit ? el('mark', {}, part.text) : part.text);
  }
  return p;
}

// ---- search

function currentParams() {
  const hash = location.hash.replace(/^#\/?/, '');
  const i = hash.indexOf('?');
  return { path: i < 0 ? hash : hash.substring(0, i), params: new URLSearchParams(i < 0 ? '' : hash.substring(i + 1)) };
}

function formToSearch(event) {
  event.preventDefault();
  const { params } = currentParams();
  const next = new URLSearchParams();
  FACETS.concat(['month']).forEach(d => params.getAll(d).forEach(v => next.append(d, v)));
  const set = (k, v) => { if (v) next.set(k, v); };
  set('q', document.getElementById('q').value.trim());
  set('sort', document.getElementById('sort').value === 'date' ? 'date' : '');
  set('from', document.getElementById('from').value);
  set('to', document.getElementById('to').value);
  if (document.getElementById('quotes').checked) next.set('quotes', 'true');
  location.hash = '#/search?' + next.toString();
}

function fillForm(params) {
  document.getElementById('q').value = params.get('q') || '';
  document.getElementById('sort').value = params.get('sort') === 'date' ? 'date' : 'relevance';
  document.getElementById('from').value = params.get('from') || '';
  document.getElementById('to').value = params.get('to') || '';
  document.getElementById('quotes').checked = params.get('quotes') === 'true';
}

function toggled(params, dim, value) {
  const next = new URLSearchParams(params);
  const values = next.getAll(dim);
  next.delete(dim);
  next.delete('offset');
  const on = values.includes(value);
  values.filter(v => v !== value).forEach(v => next.append(dim, v));
  if (!on) next.append(dim, value);
  return '#/search?' + next.toString();
}

async function searchView(params) {
  fillForm(params);
  const quotes = params.get('quotes') === 'true';
  const r = await api(quotes ? 'statements' : 'search', params);
  const aside = el('aside', { id: 'facets' });
  add(aside, histogram(r.histogram || [], params));
  for (const dim of FACETS) {
    const values = (r.facets || {})[dim] || [];
    if (!values.length) continue;
    const chosen = params.getAll(dim);
    add(aside, el('h3', {}, FACET_TITLES[dim] || dim));
    add(aside, el('ul', { 'data-facet': dim }, values.map(v => el('li', {},
      el('button', { class: chosen.includes(v.value) ? 'on' : '', type: 'button', 'data-value': v.value,
        onclick: () => { location.hash = toggled(params, dim, v.value); } },
        el('span', {}, dim === 'compromised' ? (v.value === 'true' ? 'compromised' : 'clean') : v.value),
        el('span', { class: 'n' }, String(v.count)))))));
  }
  const list = el('section', { id: 'results', 'data-q': params.get('q') || '' });
  add(list, el('p', { class: 'summary' }, `${r.total} ${quotes ? 'statement' : 'article'}${r.total === 1 ? '' : 's'}`
    + ` · ${r.tookMs} ms`));
  for (const h of r.hits) list.appendChild(quotes ? statementHit(h) : articleHit(h));
  const offset = Number(params.get('offset') || 0);
  if (offset + r.hits.length < r.total && r.hits.length > 0) {
    const next = new URLSearchParams(params);
    next.set('offset', String(offset + 10));
    add(list, el('a', { href: '#/search?' + next.toString(), id: 'more' }, 'More results'));
  }
  return el('div', { class: 'layout' }, aside, list);
}

function articleHit(h) {
  const meta = el('div', { class: 'meta' }, [h.publisher, day(h.date), h.language, h.pageType]
    .filter(Boolean).join(' · '), ' ', h.compromised ? el('span', { class: 'badge compromised' }, 'compromised') : null);
  const copies = h.copies && h.copies.length ? el('div', { class: 'copies' }, `Also as ${h.copies.length} `
    + `near-duplicate${h.copies.length === 1 ? '' : 's'}: `, h.copies.map((c, i) => [i ? ', ' : '',
    articleLink(c.id, c.publisher || c.url || c.title || c.id)])) : null;
  return el('div', { class: 'hit' }, el('h2', {}, articleLink(h.id, h.title || h.url || h.id)), meta,
    snippetNode(h.snippet), copies);
}

function statementHit(h) {
  return el('div', { class: 'hit statement' },
    el('div', {}, h.speaker ? personLink(h.speaker) : el('em', {}, 'unnamed'), ':'),
    snippetNode(h.snippet),
    el('div', { class: 'meta' }, articleLink(h.articleId, h.title || h.articleId), ' · ',
      [h.publisher, day(h.date)].filter(Boolean).join(' · ')));
}

/** Every month from the first to the last that has articles, with 0 for the months between that have none. */
function allMonths(months) {
  if (!months.length) return months;
  const counts = new Map(months.map(m => [m.value, m.count]));
  let [y, m] = months[0].value.split('-').map(Number);
  const [ly, lm] = months[months.length - 1].value.split('-').map(Number);
  const out = [];
  while ((y < ly || (y === ly && m <= lm)) && out.length < 600) {
    const key = `${y}-${String(m).padStart(2, '0')}`;
    out.push({ value: key, count: counts.get(key) || 0 });
    if (++m > 12) { m = 1; y++; }
  }
  return out;
}

function histogram(found, params) {
  const months = allMonths(found);
  if (!months.length) return null;
  const width = 260, height = 70, max = Math.max(...months.map(m => m.count));
  const s = svg('svg', { class: 'histogram', width, height: height + 14, viewBox: `0 0 ${width} ${height + 14}`,
    role: 'img', 'aria-label': 'Articles per month' });
  const w = width / months.length;
  months.forEach((m, i) => {
    const h = m.count ? Math.max(2, Math.round(m.count / max * height)) : 0;
    const r = svg('rect', { x: (i * w).toFixed(1), y: height - h, width: Math.max(1, w - 1).toFixed(1), height: h });
    const t = svg('title', {});
    t.textContent = `${m.value}: ${m.count}`;
    r.appendChild(t);
    r.addEventListener('click', () => {
      const [y, mo] = m.value.split('-').map(Number);
      const last = new Date(Date.UTC(y, mo, 0)).getUTCDate();
      const next = new URLSearchParams(params);
      next.set('from', `${m.value}-01`);
      next.set('to', `${m.value}-${String(last).padStart(2, '0')}`);
      location.hash = '#/search?' + next.toString();
    });
    s.appendChild(r);
  });
  const first = svg('text', { x: 0, y: height + 12, class: 'axis' });
  first.textContent = months[0].value;
  const last = svg('text', { x: width, y: height + 12, class: 'axis', 'text-anchor': 'end' });
  last.textContent = months[months.length - 1].value;
  s.append(first, last);
  return el('div', {}, el('h3', {}, 'by month'), s);
}

// ---- article

const BLOCK_TAGS = { paragraph: 'p', heading: 'h2', 'list-item': 'li', quote: 'blockquote', table: 'pre', caption: 'p' };

async function articleView(params) {
  const r = await api('article', { id: params.get('id') });
  const a = r.article;
  const removed = a.removed || [];
  const spam = a.injectedSpam || [];
  const analysis = a.analysis || {};
  const node = el('article', { class: 'read' });
  add(node, el('div', { class: 'meta' }, (a.section || []).join(' › ')));
  add(node, el('h1', {}, a.title || '(no headline)'));
  if (a.subtitle) add(node, el('p', { class: 'standfirst' }, a.subtitle));
  add(node, el('div', { class: 'meta' },
    (a.authors || []).length ? ['By ', a.authors.map((n, i) => [i ? ', ' : '', personLink(n)]), ' · '] : null,
    [a.publisher, day((a.published || {}).value), (a.language || {}).code, a.pageType].filter(Boolean).join(' · ')));
  add(node, el('div', { class: 'meta' }, outLink(a.url || a.canonicalUrl)));
  if (a.compromised || spam.length) {
    add(node, el('section', { class: 'banner', id: 'compromised' },
      el('strong', {}, 'This page is compromised. '),
      `${spam.length} block${spam.length === 1 ? '' : 's'} of text planted by a third party ${spam.length === 1 ? 'was' : 'were'} `
      + 'found and kept out of the article. Shown here as inert text:',
      spam.map(f => el('div', { class: 'spam' },
        el('div', { class: 'meta' }, [f.family, 'score ' + f.score, f.location].filter(Boolean).join(' · '),
          (f.reasons || []).length ? ' — ' + f.reasons.join('; ') : ''),
        el('pre', { class: 'quarantine' }, f.text || '')))));
  }
  const body = el('div', { class: 'body' });
  let list = null;
  for (const b of a.blocks || []) {
    const tag = BLOCK_TAGS[b.type] || 'p';
    const e = el(tag, { class: 'block ' + b.type }, b.text);
    if (tag === 'li') {
      if (!list) { list = el('ul'); body.appendChild(list); }
      list.appendChild(e);
    } else {
      list = null;
      body.appendChild(e);
    }
  }
  add(node, body);
  const removedSection = el('section', { id: 'removed', hidden: true },
    el('h3', {}, `Removed blocks (${removed.length})`),
    removed.map(b => el('div', { class: 'removed' },
      el('div', {}, el('span', { class: 'kind' }, b.kind), ' — ', el('span', { class: 'reason' }, b.reason)),
      el('div', { class: 'text' }, b.text))));
  const toggle = el('button', { class: 'toggle', id: 'toggle-removed', type: 'button', 'aria-expanded': 'false',
    'aria-controls': 'removed' }, `Show removed blocks (${removed.length})`);
  toggle.addEventListener('click', () => {
    const open = removedSection.hidden;
    removedSection.hidden = !open;
    toggle.setAttribute('aria-expanded', String(open));
    toggle.textContent = `${open ? 'Hide' : 'Show'} removed blocks (${removed.length})`;
  });
  add(node, toggle, removedSection);
  const people = analysis.people || [];
  if (people.length) {
    add(node, el('h3', {}, 'People'), el('ul', {}, people.map(p => el('li', {}, personLink(p.name),
      (p.roles || []).length ? ' — ' + p.roles.map(r => r.stated || r.meaning).join('; ') : ''))));
  }
  const said = (analysis.quotes || []).concat(analysis.reportedSpeech || []);
  if (said.length) {
    add(node, el('h3', {}, 'Who said what'), el('ul', {}, said.map(s => el('li', {},
      s.speaker && s.speaker.name ? personLink(s.speaker.name) : el('em', {}, 'unnamed'), ': ',
      s.text ? '“' + s.text + '”' : (s.content || {}).text || ''))));
  }
  if ((r.copies || []).length) {
    add(node, el('h3', {}, 'Other copies of this story'), el('ul', {}, r.copies.map(c =>
      el('li', {}, articleLink(c.id, c.title || c.id), ' · ', c.publisher || ''))));
  }
  return node;
  document.title = (a.title || 'Article') + ' — Broadsheet';
}

// ---- person

async function personView(params) {
  const name = params.get('name');
  const p = await api('person', { name });
  const node = el('section', { class: 'person' }, el('h1', {}, name));
  if (p.roles.length) add(node, el('p', { class: 'meta roles' }, p.roles.join(' · ')));
  add(node, el('p', {}, el('a', { href: route('search', { q: '', quotes: 'true', speaker: name }) },
    'Search their statements')));
  add(node, el('h2', {}, `Statements (${p.statements.length})`));
  const timeline = el('ol', { class: 'timeline' });
  for (const s of p.statements) {
    timeline.appendChild(el('li', {}, el('div', { class: 'when' }, day(s.published) || 'undated'),
      el('div', {}, s.kind === 'quote' ? '“' + s.text + '”' : s.text),
      el('div', { class: 'meta' }, s.cue ? s.cue + ' · ' : '', articleLink(s.articleId, s.articleTitle || s.articleId))));
  }
  add(node, timeline);
  add(node, el('h2', {}, `Articles (${p.articles.length})`));
  add(node, el('ul', {}, p.articles.map(a => el('li', {}, el('span', { class: 'when' }, day(a.published)), ' ',
    articleLink(a.id, a.title || a.id), a.byline ? ' (byline)' : '', a.publisher ? ' · ' + a.publisher : ''))));
  return node;
  document.title = name + ' — Broadsheet';
}

// ---- figures

async function figuresView(params) {
  fillForm(params);
  const figures = await api('figures', params);
  const node = el('section', { class: 'figures' }, el('h1', {}, 'Figures reported'),
    el('p', { class: 'meta' }, params.get('q') ? `for “${params.get('q')}”` : 'in all articles'));
  const byUnit = new Map();
  figures.filter(f => typeof f.value === 'number' && f.published).forEach(f => {
    const unit = f.unit || f.kind || '';
    if (!byUnit.has(unit)) byUnit.set(unit, []);
    byUnit.get(unit).push(f);
  });
  const [unit, points] = [...byUnit.entries()].sort((a, b) => b[1].length - a[1].length)[0] || ['', []];
  if (points.length) add(node, chart(points, unit));
  add(node, el('table', {}, el('tr', {}, ['date', 'figure', 'measures', 'article'].map(h => el('th', {}, h))),
    figures.map(f => el('tr', {}, el('td', {}, day(f.published)), el('td', {}, f.text || String(f.value)),
      el('td', {}, f.measures || ''), el('td', {}, articleLink(f.articleId, f.articleTitle || f.articleId))))));
  return node;
}

function chart(points, unit) {
  const width = 640, height = 220, pad = 40;
  const xs = points.map(p => Date.parse(p.published)), ys = points.map(p => p.value);
  const [x0, x1] = [Math.min(...xs), Math.max(...xs) || 1], [y0, y1] = [Math.min(0, ...ys), Math.max(...ys) || 1];
  const sx = x => pad + (x1 === x0 ? (width - 2 * pad) / 2 : (x - x0) / (x1 - x0) * (width - 2 * pad));
  const sy = y => height - pad - (y - y0) / ((y1 - y0) || 1) * (height - 2 * pad);
  const s = svg('svg', { class: 'chart', width, height, viewBox: `0 0 ${width} ${height}`, role: 'img',
    'aria-label': 'Figures over time' });
  points.forEach((p, i) => {
    const c = svg('circle', { cx: sx(xs[i]).toFixed(1), cy: sy(ys[i]).toFixed(1), r: 4 });
    const t = svg('title', {});
    t.textContent = `${day(p.published)}: ${p.text || p.value} ${p.measures || ''}`;
    c.appendChild(t);
    s.appendChild(c);
  });
  const labels = [[pad, height - 8, day(new Date(x0).toISOString())], [width - pad, height - 8,
    day(new Date(x1).toISOString())], [4, pad, String(y1) + ' ' + unit], [4, height - pad, String(y0)]];
  for (const [x, y, text] of labels) {
    const t = svg('text', { x, y, class: 'axis' });
    t.textContent = text;
    s.appendChild(t);
  }
  return s;
}

// ---- routing

// Navigations can overlap (the first render of a page and the search typed into it): only the latest one may
// fill the view, or a slow earlier answer would replace a newer one.
let latestRender = 0;

async function render() {
  const mine = ++latestRender;
  const { path, params } = currentParams();
  let node;
  try {
    if (path === 'article' && params.get('id')) node = await articleView(params);
    else if (path === 'person' && params.get('name')) node = await personView(params);
    else if (path === 'figures') node = await figuresView(params);
    else node = await searchView(params);
  } catch (e) {
    node = el('p', { class: 'error' }, 'Could not load: ' + e.message);
  }
  if (mine !== latestRender) return;
  show(node);
  document.getElementById('view').focus({ preventScroll: true });
}

document.addEventListener('DOMContentLoaded', () => {
  document.getElementById('search').addEventListener('submit', formToSearch);
  document.getElementById('figures-link').addEventListener('click', e => {
    e.preventDefault();
    location.hash = route('figures', { q: document.getElementById('q').value.trim() });
  });
  document.addEventListener('keydown', e => {
    if (e.key === '/' && document.activeElement.tagName !== 'INPUT') {
      e.preventDefault();
      document.getElementById('q').focus();
    }
  });
  window.addEventListener('hashchange', render);
  render();
});
