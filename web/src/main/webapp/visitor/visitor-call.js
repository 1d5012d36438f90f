// The customer's side of a call from the customer page: the microphone joins the call's media as
// soon as the call starts (hold music while waiting, the agent once answered), and a chat that
// stays open before, during and after the call. visitor.js announces each state of the call.
(function () {
  'use strict';

  const $ = (id) => document.getElementById(id);
  let phone = null;
  let joined = null;
  let token = null;
  const MAX_CHAT = 2000;

  function showError(message) {
    $('error').textContent = message;
    $('error').hidden = !message;
  }

  function line(m) {
    $('chat-log').append(window.CallistoPhone.chatLine(m, m.from === 'CUSTOMER', (i) =>
      '../api/v1/visitor/calls/' + i.call + '/chat/images/' + i.imageId + '?token=' + encodeURIComponent(token)));
  }

  /** Sends the chosen image; the server checks it really is a PNG, JPEG or GIF of at most 5 MB. */
  async function sendImage(file) {
    const call = $('chat-form').dataset.call;
    const response = await fetch('../api/v1/visitor/calls/' + call + '/chat/images', {
      method: 'POST', headers: { 'X-Visitor-Token': token, 'Content-Type': 'application/octet-stream' }, body: file
    });
    if (!response.ok) {
      const problem = await response.json().catch(() => ({}));
      showError((problem.errors || []).map((e) => e.message).join('; ') || problem.detail || response.statusText);
    } else {
      showError('');
    }
  }

  function phoneFor(token) {
    if (!phone) {
      phone = new window.CallistoPhone(window.CallistoPhone.address('phone?token=' + encodeURIComponent(token)), {
        onChat: line,
        onTranscript: (t) => { $('chat-log').replaceChildren(); t.messages.forEach(line); },
        onError: (e) => showError(e.message),
        onVideo: (call) => showCameras(call)
      });
      window.callistoPhone = phone; // for the page's own tests: WebRTC statistics
    }
    return phone;
  }

  function showCameras(call) {
    $('remote-video').dataset.on = 'true';
    return phone.watchCameras(call, $('remote-video')).catch((e) => { $('error').textContent = e.message; $('error').hidden = false; });
  }

  /** A video call: the customer's camera goes to the agent, and the agent's comes back once shown. */
  async function startVideo(call) {
    $('local-video').dataset.on = 'true';
    await phone.showCamera(call, $('local-video'));
    await showCameras(call);
  }

  document.addEventListener('callisto:call', (event) => {
    const view = event.detail.view;
    token = event.detail.token;
    const p = phoneFor(event.detail.token);
    $('chat-form').hidden = false;
    $('chat-form').dataset.call = view.id;
    if (view.status === 'ENDED') {
      if (joined === view.id) {
        p.hangUp(view.id);
        document.body.dataset.media = 'ended';
        joined = null;
      }
      return;
    }
    if (joined !== view.id) {
      joined = view.id;
      p.watch(view.id);
      p.join(view.id, $('call-audio'))
        .then(() => (document.body.dataset.video === 'true' ? startVideo(view.id) : null))
        .then(() => { document.body.dataset.media = 'connected'; })
        .catch((e) => { document.body.dataset.media = 'failed'; $('error').textContent = e.message; $('error').hidden = false; });
    }
  });

  $('chat-image').addEventListener('change', () => {
    const file = $('chat-image').files[0];
    $('chat-image').value = '';
    if (file) sendImage(file).catch((e) => showError(e.message));
  });

  $('chat-form').addEventListener('submit', (event) => {
    event.preventDefault();
    const text = $('chat-text').value.trim();
    // Said next to the field, and what was typed is kept: the server takes at most 2,000 characters.
    const tooLong = text.length > MAX_CHAT;
    $('chat-hint').hidden = !tooLong;
    $('chat-hint').textContent = tooLong ? $('chat-text').dataset.tooLong.replace('{n}', text.length) : '';
    if (!text || !phone || tooLong) return;
    phone.chat(Number($('chat-form').dataset.call), text);
    $('chat-text').value = '';
  });
})();
