// Keeps the monitoring page and the wallboard current: the counters, their breakdown per skill
// group (a counter's tooltip) and the agent list come from GET /live, read again whenever the
// live WebSocket reports a change (no polling); time in state ticks in the page. From the agent
// list a supervisor listens to a call (through the browser phone), barges in or ends it.
(function () {
  'use strict';
  const $ = (id) => document.getElementById(id);
  let snapshot = null;
  let reading = null;
  let again = false;
  let phone = null;
  let listeningTo = null;

  async function api(method, path, body) {
    const response = await fetch('api/v1' + path, {
      method,
      headers: { Accept: 'application/json', 'Content-Type': 'application/json' },
      body: body === undefined ? undefined : JSON.stringify(body)
    });
    const data = response.status === 204 ? null : await response.json().catch(() => null);
    if (!response.ok) throw new Error((data && (data.detail || data.title)) || response.statusText);
    return data;
  }

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

  function renderCounters() {
    document.querySelectorAll('.counter[data-counter]').forEach((counter) => {
      const key = counter.dataset.counter;
      counter.querySelector('.value').textContent = snapshot.counters[key] || 0;
      counter.title = breakdown(key);
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
      const cells = [a.name + ' (' + a.login + ')', state, '', a.callId || '-'];
      cells.forEach((text, i) => {
        const cell = document.createElement('td');
        cell.textContent = text;
        if (i === 2) { cell.className = 'since'; cell.dataset.since = a.since; cell.textContent = since(a.since); }
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
    socket.onopen = () => { document.body.dataset.live = 'open'; read(); };
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
    };
  }

  setInterval(() => {
    document.querySelectorAll('td.since').forEach((cell) => { cell.textContent = since(cell.dataset.since); });
    if ($('clock')) $('clock').textContent = new Date().toLocaleTimeString();
  }, 1000);
  connect();
})();
