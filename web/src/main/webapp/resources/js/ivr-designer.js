// The IVR designer over the flow model of /api/v1/ivr-flows: the graph drawn as a tree from its
// start (each edge labelled: the menu key, open/closed, next, onFail...; a node reached again is a
// reference), a form for the chosen node, saving as a new version, dry runs and publishing. The
// server checks every save; a refusal names `nodes.<id>.<setting>`, shown next to that setting
// while the edits stay in the page.
(function () {
  'use strict';
  const $ = (id) => document.getElementById(id);
  const params = new URLSearchParams(location.search);
  const TEMPLATES = {
    prompt: { prompt: 'tts:', next: '' },
    menu: { prompt: 'tts:', timeoutSeconds: 8, retries: 2, onFail: '', options: [] },
    collect: { prompt: 'tts:', variable: '', minDigits: 1, maxDigits: 12, next: '', onFail: '' },
    time: { schedule: 'always', open: '', closed: '', holiday: '' },
    queue: { skillGroupId: 1 }, agent: { agentId: 1 }, transfer: { number: '' }, survey: {},
    verify: { prompt: 'tts:', next: '', onFail: '' }, message: { prompt: 'tts:', ticketTypeId: 1 },
    lookup: { url: '', next: '' }, set: { variable: '', value: '', next: '' }, hangup: { result: '' }
  };
  const NUMBERS = new Set(['timeoutSeconds', 'retries', 'minDigits', 'maxDigits', 'skillGroupId', 'agentId',
    'ticketTypeId', 'priority']);
  // Settings that hold text, never a node (a prompt may be named like a node).
  const NOT_EDGES = new Set(['id', 'type', 'prompt', 'schedule', 'variable', 'result', 'number', 'url', 'value',
    'label', 'field', 'description']);
  let flow = null; // name
  let graph = null; // { start, nodes: [...] }
  let selected = null;
  let visited = new Set();
  let errors = {}; // "nodes.<id>.<setting>" -> message

  const api = window.callistoApi;

  function say(id, text) {
    $(id).textContent = text || '';
    $(id).hidden = !text;
  }

  const node = (id) => graph.nodes.find((n) => n.id === id);

  /** The edges out of a node: [label, target id], in the order a caller meets them. */
  function edges(n) {
    const out = [];
    (n.options || []).forEach((o) => out.push([o.key + ' ' + (o.label || ''), o.next]));
    Object.entries(n).forEach(([k, v]) => {
      if (!NOT_EDGES.has(k) && typeof v === 'string' && node(v)) out.push([k, v]);
    });
    return out;
  }

  function box(n) {
    const span = document.createElement('span');
    span.className = 'node' + (n.id === selected ? ' selected' : '') + (visited.has(n.id) ? ' visited' : '')
      + (Object.keys(errors).some((k) => k.startsWith('nodes.' + n.id + '.') || k === 'nodes.' + n.id) ? ' invalid' : '');
    span.dataset.node = n.id;
    span.dataset.type = n.type;
    const type = document.createElement('span');
    type.className = 'type';
    type.textContent = n.type;
    span.append(type, n.id);
    span.addEventListener('click', () => { selected = n.id; render(); });
    return span;
  }

  function branch(id, label, seen) {
    const li = document.createElement('li');
    if (label) {
      const edge = document.createElement('span');
      edge.className = 'edge';
      edge.textContent = label + ' →';
      li.append(edge);
    }
    const n = node(id);
    if (!n) {
      li.append(id || '?');
      return li;
    }
    if (seen.has(id)) {
      const ref = document.createElement('span');
      ref.className = 'ref';
      ref.textContent = '↩ ' + id;
      li.append(ref);
      return li;
    }
    seen.add(id);
    li.append(box(n));
    const children = edges(n);
    if (children.length) {
      const ul = document.createElement('ul');
      children.forEach(([l, target]) => ul.append(branch(target, l, seen)));
      li.append(ul);
    }
    return li;
  }

  function renderTree() {
    const seen = new Set();
    const roots = [branch(graph.start, 'start', seen)];
    graph.nodes.filter((n) => !seen.has(n.id)).forEach((n) => roots.push(branch(n.id, null, seen)));
    $('tree').replaceChildren(...roots);
  }

  function field(n, key, value) {
    const label = document.createElement('label');
    label.textContent = key + ' ';
    const input = document.createElement(key === 'prompt' ? 'textarea' : 'input');
    input.value = value === null || value === undefined ? '' : value;
    input.dataset.key = key;
    input.addEventListener('change', () => {
      const text = input.value;
      // A number setting gets a number when the text reads as one; otherwise the text goes as
      // typed and the server says what it expected.
      const numeric = typeof value === 'number' || NUMBERS.has(key);
      n[key] = numeric && /^-?\d+$/.test(text.trim()) ? Number(text) : text;
      render();
    });
    label.append(input);
    const error = document.createElement('span');
    error.className = 'field-error';
    error.textContent = errors['nodes.' + n.id + '.' + key] || '';
    label.append(error);
    return label;
  }

  function optionRows(n) {
    const wrap = document.createElement('fieldset');
    const legend = document.createElement('legend');
    legend.textContent = 'options';
    wrap.append(legend);
    n.options.forEach((o, i) => {
      const row = document.createElement('div');
      ['key', 'label', 'next'].forEach((k) => {
        const input = document.createElement('input');
        input.value = o[k] || '';
        input.placeholder = k;
        input.dataset.option = i + '.' + k;
        input.size = k === 'key' ? 2 : 12;
        input.addEventListener('change', () => { o[k] = input.value; render(); });
        row.append(input);
      });
      const remove = document.createElement('button');
      remove.type = 'button';
      remove.textContent = '×';
      remove.addEventListener('click', () => { n.options.splice(i, 1); render(); });
      row.append(remove);
      wrap.append(row);
    });
    const add = document.createElement('button');
    add.type = 'button';
    add.textContent = '+';
    add.addEventListener('click', () => { n.options.push({ key: '', label: '', next: '' }); render(); });
    wrap.append(add);
    const error = document.createElement('span');
    error.className = 'field-error';
    error.textContent = errors['nodes.' + n.id + '.options'] || '';
    wrap.append(error);
    return wrap;
  }

  function renderEditor() {
    const n = node(selected);
    $('node-id').textContent = n ? n.id : '';
    $('node-type').textContent = n ? n.type : '';
    $('node-form').replaceChildren();
    if (!n) return;
    Object.entries(n).filter(([k]) => k !== 'id' && k !== 'type' && k !== 'options')
      .forEach(([k, v]) => $('node-form').append(field(n, k, v)));
    if (n.options) $('node-form').append(optionRows(n));
  }

  function render() {
    renderTree();
    renderEditor();
  }

  async function loadVersion(number) {
    const text = await fetch('api/v1/ivr-flows/' + encodeURIComponent(flow) + '/versions/' + number, { headers: { Accept: 'application/json' } });
    graph = await text.json();
    selected = graph.start;
    visited = new Set();
    errors = {};
    render();
    document.body.dataset.ready = 'true';
  }

  async function loadFlow(name, pick) {
    flow = name;
    const [info, versions] = await Promise.all([
      api('GET', '/ivr-flows/' + encodeURIComponent(name)),
      api('GET', '/ivr-flows/' + encodeURIComponent(name) + '/versions')]);
    $('version').replaceChildren(...versions.map((v) => new Option('v' + v.number + (v.comment ? ' · ' + v.comment : ''), v.number)));
    $('live-version').textContent = info.published ? 'live: v' + info.published : '';
    const number = pick || info.published || versions[versions.length - 1].number;
    $('version').value = number;
    await loadVersion(number);
  }

  async function save() {
    errors = {};
    say('error', null);
    try {
      const comment = encodeURIComponent($('comment').value || 'designer');
      const saved = await api('POST', '/ivr-flows/' + encodeURIComponent(flow) + '/versions?comment=' + comment, JSON.stringify(graph), true);
      await loadFlow(flow, saved.number);
      say('notice', 'v' + saved.number);
      document.body.dataset.saved = String(saved.number);
    } catch (e) {
      e.fields.forEach((f) => { errors[f.field] = f.message; });
      const first = e.fields.map((f) => /^nodes\.([^.]+)/.exec(f.field)).find((m) => m && node(m[1]));
      if (first) selected = first[1];
      say('error', e.fields.map((f) => f.field + ': ' + f.message).join('; ') || e.message);
      render();
    }
  }

  async function dryRun() {
    const inputs = $('dry-inputs').value.split(',').map((s) => s.trim()).filter((s) => s);
    const at = $('dry-at').value ? new Date($('dry-at').value).toISOString() : undefined;
    const turns = await api('POST', '/ivr-flows/' + encodeURIComponent(flow) + '/dry-run', { version: Number($('version').value), inputs, at });
    visited = new Set(turns.flatMap((t) => t.visited));
    $('dry-result').replaceChildren(...turns.map((t) => {
      const li = document.createElement('li');
      li.textContent = (t.input ? '[' + t.input + '] ' : '') + t.visited.join(' → ') + (t.outcome ? ' ⇒ ' + JSON.stringify(t.outcome) : '');
      return li;
    }));
    render();
    document.body.dataset.dryRun = 'done';
  }

  $('flow').addEventListener('change', () => loadFlow($('flow').value).catch((e) => say('error', e.message)));
  $('version').addEventListener('change', () => loadVersion($('version').value).catch((e) => say('error', e.message)));
  $('save').addEventListener('click', () => save());
  $('dry-run').addEventListener('click', () => dryRun().catch((e) => say('error', e.message)));
  $('publish').addEventListener('click', () => api('POST', '/ivr-flows/' + encodeURIComponent(flow) + '/publish', { version: Number($('version').value) })
    .then(() => loadFlow(flow, Number($('version').value))).then(() => say('notice', 'published')).catch((e) => say('error', e.message)));
  $('add-node').addEventListener('click', () => {
    const id = $('new-id').value.trim();
    if (!id || node(id)) { say('error', 'a new node needs an id not used yet'); return; }
    graph.nodes.push(Object.assign({ id, type: $('new-type').value }, JSON.parse(JSON.stringify(TEMPLATES[$('new-type').value]))));
    selected = id;
    $('new-id').value = '';
    render();
  });
  $('remove-node').addEventListener('click', () => {
    graph.nodes = graph.nodes.filter((n) => n.id !== selected);
    selected = graph.start;
    render();
  });

  api('GET', '/ivr-flows')
    .then((flows) => {
      $('flow').replaceChildren(...flows.map((f) => new Option(f.name, f.name)));
      const name = params.get('flow') || (flows[0] && flows[0].name);
      if (!name) return null;
      $('flow').value = name;
      return loadFlow(name);
    })
    .catch((e) => say('error', e.message));
})();
