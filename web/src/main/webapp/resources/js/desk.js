// The agent desk's phone: the agent's state (idle, busy, a break with its reason, time in state), the
// answer mode (browser, desk phone, mobile: on a phone the phone answers and the desk keeps the pop),
// the incoming call and answer/reject, mute, hold, hang up (through the call API), dialing out,
// the browser phone and the chat (through the phone WebSocket). Events pushed on the phone socket
// drive the page; every change of the call on the desk is announced as 'callisto:desk-call' for
// the panels (desk-panels.js). Collapsed, the toolbar does not open on a new call: it signals.
(function () {
  'use strict';
  const $ = (id) => document.getElementById(id);
  let me = null;
  let call = null; // the call on the desk: { id, status, ... }
  let since = null;
  let answerMode = 'BROWSER_PHONE'; // where calls ring: the browser, a desk phone or a mobile

  const api = window.callistoApi;

  function showError(error) {
    $('error').textContent = error ? error.message : '';
    $('error').hidden = !error;
  }

  /** A refusal next to the fields it names inside `form` (index suffixes dropped); else on top. */
  function showFieldErrors(form, error) {
    form.querySelectorAll('.field-error').forEach((e) => { e.textContent = ''; });
    if (!error) return;
    const shown = (error.fields || []).map((f) => {
      const place = form.querySelector('.field-error[data-for="' + f.field.replace(/\[.*$/, '') + '"]');
      if (place) place.textContent = f.message;
      return place;
    });
    if (!shown.some((p) => p)) showError(error);
  }

  function showAgent(agent) {
    $('state').textContent = agent.state + (agent.breakReason ? ' · ' + agent.breakReason : '');
    document.body.dataset.state = agent.state;
    since = agent.stateSince ? Date.parse(agent.stateSince) : Date.now();
  }

  async function showCall(id) {
    const view = await api('GET', '/calls/' + id);
    call = view;
    document.body.dataset.call = view.id;
    document.body.dataset.callStatus = view.status;
    $('call-status').textContent = view.status;
    const ringing = view.status === 'RINGING';
    const connected = ['TALKING', 'HOLD', 'CONSULTING', 'CONFERENCE', 'VERIFYING'].includes(view.status);
    $('incoming').hidden = !ringing;
    const onPhone = answerMode !== 'BROWSER_PHONE'; // the phone answers; the desk keeps the pop and the controls
    $('answer').hidden = onPhone;
    $('answer-on-phone').hidden = !onPhone;
    $('answer-on-phone').textContent = answerMode === 'SIP_PHONE' ? $('answer-on-phone').dataset.sip : $('answer-on-phone').dataset.mobile;
    $('in-call').hidden = !connected;
    $('chat').hidden = !(ringing || connected);
    $('hold').hidden = view.status === 'HOLD';
    $('resume').hidden = view.status !== 'HOLD';
    if (ringing && document.body.dataset.collapsed === 'true') {
      document.body.dataset.signal = 'true'; // collapsed: signal, do not pop open
    }
    if (view.status === 'ENDED') {
      phone.hangUp(view.id);
      delete document.body.dataset.signal;
    }
    document.dispatchEvent(new CustomEvent('callisto:desk-call', { detail: { view } }));
  }

  const phone = new window.CallistoPhone(window.CallistoPhone.address('phone'), {
    onCall: (event) => {
      if (event.type === 'call.offered' || (call && event.callId === call.id)) {
        showCall(event.callId).catch(showError);
      }
      if (event.type && event.type.startsWith('call.') && event.agentId === (me && me.agentId)) {
        api('GET', '/agents/' + me.agentId).then(showAgent).catch(() => {});
      }
    },
    onChat: (m) => $('chat-log').append(line(m)),
    onTranscript: (t) => { $('chat-log').replaceChildren(...t.messages.map(line)); },
    onError: showError,
    onConnected: () => { document.body.dataset.phone = 'connected'; },
    onVideo: (id) => { if (call && id === call.id) phone.watchCameras(id, $('remote-video')).catch(showError); }
  });
  window.callistoPhone = phone; // for the page's own tests: WebRTC statistics
  window.callistoDesk = { api, showError, showFieldErrors, phone, call: () => call };

  function line(m) {
    return window.CallistoPhone.chatLine(m, m.from === 'AGENT', (i) => 'api/v1/calls/' + i.call + '/chat/images/' + i.imageId);
  }

  async function answer() {
    await api('POST', '/calls/' + call.id + '/answer');
    await showCall(call.id);
    await phone.watch(call.id);
    await phone.join(call.id, $('call-audio'));
    if (phone.isVideo(call.id)) { // the customer shows a camera: a video call, both ways
      $('videos').hidden = false;
      await phone.showCamera(call.id, $('local-video'));
      await phone.watchCameras(call.id, $('remote-video'));
    }
    document.body.dataset.media = 'connected';
  }

  function control(action) {
    return () => api('POST', '/calls/' + call.id + '/' + action).then(() => showCall(call.id)).catch(showError);
  }

  function changeState(state, breakReason) {
    return api('PUT', '/agents/' + me.agentId + '/state', breakReason ? { state, breakReason } : { state })
      .then((a) => { showAgent(a); showError(null); }).catch(showError);
  }

  $('answer').addEventListener('click', () => answer().catch(showError));
  $('reject').addEventListener('click', control('reject'));
  $('hold').addEventListener('click', control('hold'));
  $('resume').addEventListener('click', control('resume'));
  $('hang-up').addEventListener('click', control('hangup'));
  $('survey').addEventListener('click', control('survey'));
  $('mute').addEventListener('click', () => { $('mute').hidden = true; $('unmute').hidden = false; control('mute')(); });
  $('unmute').addEventListener('click', () => { $('mute').hidden = false; $('unmute').hidden = true; control('unmute')(); });
  function showPhone(p) {
    answerMode = p.answerMode;
    $('answer-mode').value = p.answerMode;
    document.body.dataset.answerMode = p.answerMode;
    // A desk phone that is not registered cannot ring: offers would go back to the queue.
    $('desk-phone').hidden = !(p.answerMode === 'SIP_PHONE' && !p.registered);
  }
  $('answer-mode').addEventListener('change', () => {
    api('PUT', '/agents/' + me.agentId + '/phone', { answerMode: $('answer-mode').value })
      .then((p) => { showPhone(p); showError(null); })
      .catch((e) => { $('answer-mode').value = answerMode; showError(e); });
  });
  $('go-idle').addEventListener('click', () => changeState('IDLE'));
  $('go-busy').addEventListener('click', () => changeState('BUSY'));
  $('break-reason').addEventListener('change', () => {
    const reason = $('break-reason').value;
    $('break-reason').value = '';
    if (reason) changeState('BREAK', reason);
  });
  $('collapse').addEventListener('click', () => {
    const collapsed = document.body.dataset.collapsed !== 'true';
    document.body.dataset.collapsed = String(collapsed);
    $('collapse').setAttribute('aria-pressed', String(collapsed));
    if (!collapsed) delete document.body.dataset.signal;
  });
  $('dial').addEventListener('click', () => {
    document.querySelector('.field-error[data-for=number]').textContent = '';
    api('POST', '/calls/outbound', { number: $('dial-number').value.trim() })
      .then(async (view) => {
        await showCall(view.id);
        // The phone joins the call's room at once: the callee's side joins it when they answer.
        await phone.watch(view.id);
        await phone.join(view.id, $('call-audio'));
        document.body.dataset.media = 'connected';
      })
      .catch((e) => {
        const field = e.fields.find((f) => f.field === 'number');
        if (field) document.querySelector('.field-error[data-for=number]').textContent = field.message;
        else showError(e);
      });
  });
  $('chat-image').addEventListener('change', () => {
    const file = $('chat-image').files[0];
    $('chat-image').value = '';
    if (!file || !call) return;
    fetch('api/v1/calls/' + call.id + '/chat/images', { method: 'POST', headers: { 'Content-Type': 'application/octet-stream' }, body: file })
      .then((r) => (r.ok ? showError(null) : r.json().then((p) => showError(new Error((p.errors || []).map((e) => e.message).join('; ') || p.detail)))))
      .catch(showError);
  });
  $('chat-form').addEventListener('submit', (event) => {
    event.preventDefault();
    const text = $('chat-text').value.trim();
    if (!text || !call) return;
    phone.chat(call.id, text);
    $('chat-text').value = '';
  });

  setInterval(() => {
    if (since === null) return;
    const seconds = Math.max(0, Math.floor((Date.now() - since) / 1000));
    $('state-timer').textContent = Math.floor(seconds / 60) + ':' + String(seconds % 60).padStart(2, '0');
  }, 1000);

  api('GET', '/me')
    .then((m) => { me = m; $('me').textContent = m.login; return api('GET', '/agents/' + m.agentId); })
    .then(showAgent)
    .then(() => api('GET', '/agents/' + me.agentId + '/phone'))
    .then(showPhone)
    .then(() => api('GET', '/break-reasons'))
    .then((reasons) => {
      reasons.filter((r) => r.active).forEach((r) => {
        const option = document.createElement('option');
        option.value = r.code;
        option.textContent = r.label;
        $('break-reason').append(option);
      });
      document.body.dataset.ready = 'true';
    })
    .catch(showError);
})();
