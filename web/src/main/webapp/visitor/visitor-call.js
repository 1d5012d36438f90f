// The customer's side of a call from the customer page: the microphone joins the call's media as
// soon as the call starts (hold music while waiting, the agent once answered), and a chat that
// stays open before, during and after the call. visitor.js announces each state of the call.
(function () {
  'use strict';

  const $ = (id) => document.getElementById(id);
  let phone = null;
  let joined = null;

  function line(m) {
    const item = document.createElement('li');
    item.className = m.from === 'CUSTOMER' ? 'bubble mine' : 'bubble';
    item.dataset.from = m.from;
    item.textContent = m.text || '';
    $('chat-log').append(item);
  }

  function phoneFor(token) {
    if (!phone) {
      phone = new window.CallistoPhone(window.CallistoPhone.address('phone?token=' + encodeURIComponent(token)), {
        onChat: line,
        onTranscript: (t) => { $('chat-log').replaceChildren(); t.messages.forEach(line); },
        onError: (e) => { $('error').textContent = e.message; $('error').hidden = false; },
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

  $('chat-form').addEventListener('submit', (event) => {
    event.preventDefault();
    const text = $('chat-text').value.trim();
    if (!text || !phone) return;
    phone.chat(Number($('chat-form').dataset.call), text);
    $('chat-text').value = '';
  });
})();
