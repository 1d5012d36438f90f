// The agent desk: the agent's state, the incoming call with its screen pop (customer, channel,
// IVR keys), answer/reject, mute, hold, hang up (through the call API), the browser phone and the
// chat (through the phone WebSocket). Events pushed on the phone socket drive the page.
(function () {
  'use strict';
  const $ = (id) => document.getElementById(id);
  let me = null;
  let call = null; // the call on the desk: { id, status, ... }

  async function api(method, path, body) {
    const response = await fetch('api/v1' + path, {
      method,
      headers: { 'Content-Type': 'application/json', Accept: 'application/json' },
      body: body === undefined ? undefined : JSON.stringify(body)
    });
    const data = response.status === 204 ? null : await response.json();
    if (!response.ok) throw new Error((data && (data.detail || data.title)) || response.statusText);
    return data;
  }

  function showError(error) {
    $('error').textContent = error ? error.message : '';
    $('error').hidden = !error;
  }

  function setState(state) {
    $('state').textContent = state;
    document.body.dataset.state = state;
  }

  function line(m) {
    $('chat-log').append(window.CallistoPhone.chatLine(m, m.from === 'AGENT', (i) =>
      'api/v1/calls/' + i.call + '/chat/images/' + i.imageId));
  }

  async function showCall(id) {
    const view = await api('GET', '/calls/' + id);
    call = view;
    document.body.dataset.call = view.id;
    document.body.dataset.callStatus = view.status;
    $('caller').textContent = view.customer;
    $('channel').textContent = view.channel;
    $('ivr-keys').textContent = (view.ivrKeys || []).join(' → ') || '-';
    $('call-status').textContent = view.status;
    const ringing = view.status === 'RINGING';
    const connected = ['TALKING', 'HOLD', 'CONSULTING', 'CONFERENCE', 'VERIFYING'].includes(view.status);
    $('incoming').hidden = !ringing;
    $('in-call').hidden = !connected;
    $('chat').hidden = !(ringing || connected);
    $('hold').hidden = view.status === 'HOLD';
    $('resume').hidden = view.status !== 'HOLD';
    if (view.status === 'ENDED') {
      phone.hangUp(view.id);
    }
  }

  const phone = new window.CallistoPhone(window.CallistoPhone.address('phone'), {
    onCall: (event) => {
      if (event.type === 'call.offered' || (call && event.callId === call.id)) {
        showCall(event.callId).catch(showError);
      }
      if (event.type && event.type.startsWith('call.') && event.agentId === (me && me.agentId)) {
        api('GET', '/agents/' + me.agentId).then((a) => setState(a.state)).catch(() => {});
      }
    },
    onChat: line,
    onTranscript: (t) => { $('chat-log').replaceChildren(); t.messages.forEach(line); },
    onError: showError,
    onConnected: () => { document.body.dataset.phone = 'connected'; },
    onVideo: (id) => { if (call && id === call.id) phone.watchCameras(id, $('remote-video')).catch(showError); }
  });
  window.callistoPhone = phone; // for the page's own tests: WebRTC statistics

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

  $('answer').addEventListener('click', () => answer().catch(showError));
  $('reject').addEventListener('click', control('reject'));
  $('hold').addEventListener('click', control('hold'));
  $('resume').addEventListener('click', control('resume'));
  $('hang-up').addEventListener('click', control('hangup'));
  $('mute').addEventListener('click', () => { $('mute').hidden = true; $('unmute').hidden = false; control('mute')(); });
  $('unmute').addEventListener('click', () => { $('mute').hidden = false; $('unmute').hidden = true; control('unmute')(); });
  $('go-idle').addEventListener('click', () => api('PUT', '/agents/' + me.agentId + '/state', { state: 'IDLE' }).then((a) => setState(a.state)).catch(showError));
  $('go-busy').addEventListener('click', () => api('PUT', '/agents/' + me.agentId + '/state', { state: 'BUSY' }).then((a) => setState(a.state)).catch(showError));
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

  api('GET', '/me')
    .then((m) => { me = m; $('me').textContent = m.login; return api('GET', '/agents/' + m.agentId); })
    .then((a) => { setState(a.state); document.body.dataset.ready = 'true'; })
    .catch(showError);
})();
