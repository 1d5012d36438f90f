// The agent desk's panels around the call (desk.js announces it as 'callisto:desk-call'): the
// screen pop (customer, channel, IVR keys, queue wait, last agent, history of calls and tickets,
// the tenant's CRM page in a frame), the service summary (the tenant's fields, tags, notes; a
// refused value is explained next to its field and what was typed stays), the keypad (DTMF on
// the call's audio), contact plans (plan a callback, the due ones, dial), and my calls (the
// recent five and a search) with their recordings.
(function () {
  'use strict';
  const $ = (id) => document.getElementById(id);
  const desk = window.callistoDesk;
  let popped = null;
  let fields = [];

  function item(text) {
    const li = document.createElement('li');
    li.textContent = text;
    return li;
  }

  function seconds(from, to) {
    return Math.max(0, Math.round((Date.parse(to) - Date.parse(from)) / 1000)) + ' s';
  }

  /** Fills the screen pop once per call: the call's own facts, then the customer's history. */
  async function pop(view) {
    popped = view.id;
    $('caller').textContent = view.customer + (view.location ? ' · ' + view.location : '');
    $('channel').textContent = view.channel;
    $('ivr-keys').textContent = (view.ivrKeys || []).join(' → ') || '-';
    const queued = view.steps.find((s) => s.type === 'queued');
    const offered = view.steps.find((s) => s.type === 'offered');
    $('queue-wait').textContent = queued && offered ? seconds(queued.at, offered.at) : '-';
    // The tenant's CRM page for this caller, framed (only hosts the admin allowed are ever used).
    desk.api('GET', '/calls/' + view.id + '/crm-page')
      .then((page) => { $('crm').src = page.url; $('crm').hidden = false; })
      .catch(() => { $('crm').hidden = true; });
    const history = await desk.api('GET', '/customers/' + encodeURIComponent(view.customer) + '/history');
    const earlier = history.calls.filter((c) => c.callId !== view.id);
    const last = earlier.find((c) => c.agentIds.length);
    $('last-agent').textContent = last ? 'agent ' + last.agentIds[last.agentIds.length - 1] + ' · ' + last.arrivedAt.substring(0, 10) : '-';
    $('history').replaceChildren(
      ...earlier.slice(0, 5).map((c) => item(c.arrivedAt.substring(0, 16).replace('T', ' ') + ' · ' + c.result + ' · ' + c.talkSeconds + ' s')),
      ...history.tickets.slice(0, 5).map((t) => item('#' + t.id + ' ' + t.subject + ' · ' + t.status)));
  }

  function renderFields() {
    $('summary-fields').replaceChildren(...fields.map((f) => {
      const label = document.createElement('label');
      label.textContent = f.label + (f.required ? ' *' : '') + ' ';
      let input;
      if (f.type === 'CHOICE') {
        input = document.createElement('select');
        input.append(new Option('', ''), ...f.choices.map((c) => new Option(c, c)));
      } else {
        input = document.createElement('input');
        if (f.type === 'NUMBER') input.inputMode = 'decimal';
      }
      input.dataset.key = f.key;
      const error = document.createElement('span');
      error.className = 'field-error';
      error.dataset.for = 'summary.' + f.key;
      label.append(input);
      const wrap = document.createElement('div');
      wrap.append(label, error);
      return wrap;
    }));
  }

  async function saveSummary(event) {
    event.preventDefault();
    const call = desk.call();
    desk.showFieldErrors($('summary-form'), null);
    $('summary-saved').hidden = true;
    const summary = {};
    document.querySelectorAll('#summary-fields [data-key]').forEach((input) => { summary[input.dataset.key] = input.value; });
    const tags = $('summary-tags').value.split(',').map((t) => t.trim()).filter((t) => t);
    try {
      await desk.api('POST', '/calls/' + call.id + '/wrap-up', { tags, notes: $('summary-notes').value, summary });
      $('summary-saved').hidden = false;
      document.body.dataset.summary = 'saved';
    } catch (e) {
      desk.showFieldErrors($('summary-form'), e); // the form keeps what the agent typed
    }
  }

  /** Calls as a list with ▶ to play each one's recording (into `list`). */
  function showCalls(list, calls) {
    list.replaceChildren(...calls.map((c) => {
      const li = item(c.arrivedAt.substring(0, 16).replace('T', ' ') + ' · ' + c.customer + ' · ' + c.result + ' ');
      const play = document.createElement('button');
      play.type = 'button';
      play.textContent = '▶';
      play.addEventListener('click', () => playRecording(c.callId).catch(desk.showError));
      li.append(play);
      return li;
    }));
  }

  async function showRecent() {
    showCalls($('recent'), await desk.api('GET', '/call-records/recent'));
  }

  /** The full search of my call records (the server keeps an agent to their own calls). */
  async function searchMine(event) {
    event.preventDefault();
    desk.showFieldErrors($('mine-form'), null);
    const query = new URLSearchParams({ size: '50' });
    if ($('mine-customer').value.trim()) query.set('customer', $('mine-customer').value.trim());
    if ($('mine-from').value) query.set('from', new Date($('mine-from').value + 'T00:00').toISOString());
    if ($('mine-to').value) query.set('to', new Date($('mine-to').value + 'T23:59:59').toISOString());
    try {
      const found = await desk.api('GET', '/call-records?' + query);
      showCalls($('mine'), found.items);
      $('mine-total').textContent = String(found.total);
    } catch (e) {
      desk.showFieldErrors($('mine-form'), e);
    }
  }

  async function playRecording(callId) {
    const recordings = await desk.api('GET', '/calls/' + callId + '/recordings');
    const audio = recordings.find((r) => r.contentType.startsWith('audio/'));
    if (!audio) throw new Error('no recording of call ' + callId);
    $('playback').hidden = false;
    $('playback').src = audio.audio;
    $('playback').play().catch(() => {});
  }

  /** My open contact plans, due ones first and marked; each can be dialled from here. */
  async function showPlans() {
    const plans = await desk.api('GET', '/callback-plans');
    $('plans').replaceChildren(...plans.map((p) => {
      const li = item(p.dueAt.substring(0, 16).replace('T', ' ') + ' · ' + p.customer + (p.note ? ' · ' + p.note : '') + ' ');
      li.className = p.due ? 'due' : '';
      const dial = document.createElement('button');
      dial.type = 'button';
      dial.textContent = '☎';
      dial.addEventListener('click', () => desk.api('POST', '/callback-plans/' + p.id + '/dial').then(showPlans).catch(desk.showError));
      li.append(dial);
      return li;
    }));
  }

  async function planCallback(event) {
    event.preventDefault();
    desk.showFieldErrors($('plan-form'), null);
    const due = $('plan-due').value;
    try {
      await desk.api('POST', '/callback-plans', {
        customer: desk.call().customer, dueAt: due ? new Date(due).toISOString() : null, note: $('plan-note').value
      });
      $('plan-form').reset();
      await showPlans();
    } catch (e) {
      desk.showFieldErrors($('plan-form'), e);
    }
  }

  document.addEventListener('callisto:desk-call', (event) => {
    const view = event.detail.view;
    const live = view.status !== 'ENDED';
    $('screen-pop').hidden = !live && popped !== view.id;
    $('summary').hidden = ['RINGING', 'DIALING'].includes(view.status);
    if (popped !== view.id) {
      $('summary-form').reset();
      $('summary-saved').hidden = true;
      pop(view).catch(desk.showError);
    }
    if (!live) showRecent().catch(desk.showError);
  });

  $('summary-form').addEventListener('submit', (event) => saveSummary(event));
  $('plan-form').addEventListener('submit', (event) => planCallback(event));
  $('mine-form').addEventListener('submit', (event) => searchMine(event));
  $('keypad').addEventListener('click', (event) => {
    const key = event.target.dataset.key;
    const call = desk.call();
    const pc = key && call && desk.phone.peers.get(call.id);
    const sender = pc && pc.getSenders().find((s) => s.dtmf);
    if (sender) sender.dtmf.insertDTMF(key);
  });

  desk.api('GET', '/wrap-up-fields').then((f) => { fields = f; renderFields(); }).catch(desk.showError);
  showRecent().catch(desk.showError);
  showPlans().catch(desk.showError);
  setInterval(() => showPlans().catch(() => {}), 60000); // plans become due as time passes
})();
