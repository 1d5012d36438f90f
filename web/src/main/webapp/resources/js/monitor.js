// Keeps the monitoring page and the wallboard current: the counters, their breakdown per skill
// group (a counter's tooltip) and the agent list come from GET /live, read again whenever the
// live WebSocket reports a change (and every 10 s while calls are up, for the link quality);
// time in state ticks in the page. From the agent
// list a supervisor listens to a call (through the browser phone), barges in or ends it.
(function () {
  'use strict';
  const $ = (id) => document.getElementById(id);
  let snapshot = null;
  let reading = null;
  let again = false;
  let phone = null;
  let listeningTo = null;
  let thresholds = null;

  const api = window.callistoApi;
  const POOR_MOS = 3.5; // LinkQuality.POOR_MOS: below it the MOS cell is red

  function showError(error) {
    if (!$('error')) return;
    $('error').textContent = error ? error.message : '';
    $('error').hidden = !error;
  }

  function breakdown(key) {
    return Object.entries(snapshot.byGroup)
      .map(([group, counts]) => group + ': ' + (counts[key] || 0))
      .join('\n');
  }

  /** The viewer's roles' cards: up to four metrics each, with the limits admins set. */
  function renderCards() {
    const cards = $('cards');
    if (!cards || !thresholds) return;
    cards.replaceChildren(...Object.entries(thresholds).map(([role, limits]) => {
      const card = document.createElement('section');
      card.className = 'card';
      card.dataset.role = role;
      const title = document.createElement('h3');
      title.textContent = role;
      const tiles = document.createElement('div');
      tiles.className = 'counters';
      Object.keys(limits).forEach((key) => {
        const label = document.querySelector('.counter[data-counter="' + key + '"] .label');
        const tile = document.createElement('div');
        tile.className = 'counter';
        tile.dataset.counter = key;
        tile.innerHTML = '<span class="value">0</span><span class="label"></span>';
        tile.querySelector('.label').textContent = (label ? label.textContent : key) + ' ≤ ' + limits[key];
        tiles.append(tile);
      });
      card.append(title, tiles);
      return card;
    }));
  }

  function limitOf(key) {
    const limits = Object.values(thresholds || {}).map((l) => l[key]).filter((l) => l !== undefined);
    return limits.length ? Math.min(...limits) : null;
  }

  function renderCounters() {
    document.querySelectorAll('.counter[data-counter]').forEach((counter) => {
      const key = counter.dataset.counter;
      const value = snapshot.counters[key] || 0;
      const limit = limitOf(key);
      counter.querySelector('.value').textContent = value;
      counter.title = breakdown(key);
      counter.classList.toggle('over', limit !== null && value > limit);
    });
    const breaks = $('breaks');
    if (breaks) {
      breaks.replaceChildren(...Object.keys(snapshot.counters).filter((k) => k.startsWith('break.')).map((key) => {
        const counter = document.createElement('div');
        counter.className = 'counter';
        counter.dataset.counter = key;
        counter.title = breakdown(key);
        const value = document.createElement('span');
        value.className = 'value';
        value.textContent = snapshot.counters[key];
        const label = document.createElement('span');
        label.className = 'label';
        label.textContent = key.substring('break.'.length);
        counter.append(value, label);
        return counter;
      }));
    }
  }

  function since(instant) {
    const seconds = Math.max(0, Math.floor((Date.now() - Date.parse(instant)) / 1000));
    return Math.floor(seconds / 60) + ':' + String(seconds % 60).padStart(2, '0');
  }

  function renderAgents() {
    const body = document.querySelector('#agent-list tbody');
    if (!body) return;
    body.replaceChildren(...snapshot.agents.map((a) => {
      const row = document.createElement('tr');
      row.dataset.agent = a.login;
      // The state's name in the page's language is the label of its counter.
      const label = document.querySelector('.counter[data-state=' + a.state + '] .label');
      const state = (label ? label.textContent : a.state) + (a.breakReason ? ' · ' + a.breakReason : '');
      const mos = a.mos === null || a.mos === undefined ? '-' : a.mos.toFixed(1);
      const cells = [a.name + ' (' + a.login + ')', state, '', a.callId || '-', mos];
      cells.forEach((text, i) => {
        const cell = document.createElement('td');
        cell.textContent = text;
        if (i === 2) { cell.className = 'since'; cell.dataset.since = a.since; cell.textContent = since(a.since); }
        if (i === 4) { cell.className = 'mos' + (typeof a.mos === 'number' && a.mos < POOR_MOS ? ' poor' : ''); }
        row.append(cell);
      });
      const actions = document.createElement('td');
      if (a.callId) {
        actions.append($('agent-actions').content.cloneNode(true));
        actions.querySelectorAll('button').forEach((b) => b.addEventListener('click', () => act(b.dataset.action, a.callId).catch(showError)));
        if (listeningTo === a.callId) row.dataset.listening = 'true';
      }
      row.append(actions);
      return row;
    }));
  }

  /** Listen (hear the call) or barge in (be heard too) through the browser phone; or end the call. */
  async function act(action, call) {
    if (action === 'release') {
      await api('POST', '/calls/' + call + '/force-release');
      return;
    }
    await api('POST', '/calls/' + call + '/monitor', { mode: action === 'listen' ? 'SUPERVISOR_LISTEN' : 'SUPERVISOR_BARGE' });
    phone = phone || new window.CallistoPhone(window.CallistoPhone.address('phone'), { onError: showError });
    window.callistoPhone = phone; // for the page's own tests: WebRTC statistics
    if (listeningTo) await phone.hangUp(listeningTo);
    await phone.join(call, $('listen-audio'), { as: 'supervisor', listenOnly: action === 'listen' });
    listeningTo = call;
    document.body.dataset.listening = String(call);
    showError(null);
    renderAgents();
  }

  /** Today's trends: calls per hour as bars, and the day's figures. */
  async function readTrends() {
    if (!$('per-hour')) return;
    const zone = Intl.DateTimeFormat().resolvedOptions().timeZone || 'UTC';
    const t = await api('GET', '/live/today?zone=' + encodeURIComponent(zone));
    const most = Math.max(1, ...t.inboundPerHour.map((n, h) => n + t.outboundPerHour[h]));
    const svg = 'http://www.w3.org/2000/svg';
    const bars = [];
    for (let h = 0; h < 24; h++) {
      let y = 100;
      [['in', t.inboundPerHour[h]], ['out', t.outboundPerHour[h]]].forEach(([kind, n]) => {
        const height = (n / most) * 90;
        const bar = document.createElementNS(svg, 'rect');
        bar.setAttribute('class', kind);
        bar.setAttribute('x', 8 + h * 19.5);
        bar.setAttribute('width', 14);
        bar.setAttribute('y', y - height);
        bar.setAttribute('height', height);
        bar.dataset.hour = h;
        bar.dataset.calls = n;
        y -= height;
        bars.push(bar);
      });
      const label = document.createElementNS(svg, 'text');
      label.setAttribute('x', 10 + h * 19.5);
      label.setAttribute('y', 112);
      label.textContent = h;
      bars.push(label);
    }
    $('per-hour').replaceChildren(...bars);
    $('answered').textContent = t.answered;
    $('abandoned').textContent = t.abandoned;
    $('service-level').textContent = t.serviceLevelPercent === null ? '-'
      : t.serviceLevelPercent.toFixed(0) + ' % ≤ ' + t.serviceLevelSeconds + ' s';
    $('avg-wait').textContent = t.averageWaitSeconds.toFixed(0) + ' s';
    $('avg-handle').textContent = t.averageHandleSeconds.toFixed(0) + ' s';
  }

  /** Reads the snapshot; changes arriving meanwhile cause one more read, not one per change. */
  function read() {
    if (reading) {
      again = true;
      return reading;
    }
    reading = api('GET', '/live').then((s) => {
      snapshot = s;
      renderCounters();
      renderAgents();
      document.body.dataset.ready = 'true';
    }).catch(showError).finally(() => {
      reading = null;
      if (again) {
        again = false;
        read();
      }
    });
    return reading;
  }

  function connect() {
    const socket = new WebSocket((location.protocol === 'https:' ? 'wss://' : 'ws://') + location.host
      + location.pathname.replace(/[^/]*$/, '') + 'live');
    socket.onopen = () => {
      document.body.dataset.live = 'open';
      api('GET', '/live/thresholds').then((t) => { thresholds = t; renderCards(); }).catch(() => {}).finally(read);
      readTrends().catch(showError);
    };
    socket.onclose = () => {
      document.body.dataset.live = 'closed';
      setTimeout(connect, 2000); // the server restarted or the network dropped: come back
    };
    socket.onmessage = (message) => {
      const event = JSON.parse(message.data);
      $('last-event').textContent = event.type + ' ' + event.occurredAt;
      if (event.type.startsWith('agent.') || event.type.startsWith('call.') || event.type.startsWith('contact.')) {
        read();
      }
      if (event.type === 'call.ended') {
        setTimeout(() => readTrends().catch(showError), 1000); // the call record follows the event
      }
    };
  }

  // Link quality changes without events (only a leg turning poor is one): while calls are up,
  // read the snapshot every 10 s so the MOS column stays current.
  setInterval(() => {
    if (snapshot && snapshot.agents.some((a) => a.callId)) read();
  }, 10000);

  setInterval(() => {
    document.querySelectorAll('td.since').forEach((cell) => { cell.textContent = since(cell.dataset.since); });
    if ($('clock')) $('clock').textContent = new Date().toLocaleTimeString();
  }, 1000);
  connect();
})();
