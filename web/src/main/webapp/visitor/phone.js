// The browser phone shared by the customer page and the agent desk: one signalling WebSocket
// (typed JSON messages: offer/answer, watch/transcript, chat, call events, errors) and one
// RTCPeerConnection per call to the media server. The SDP offer is sent with all its ICE
// candidates. A dropped WebSocket is reopened and the calls followed are watched again; the
// media keeps flowing meanwhile, since it does not go through the WebSocket.
(function () {
  'use strict';

  function CallistoPhone(url, handlers) {
    this.url = url;
    this.handlers = handlers;
    this.followed = new Set();
    this.peers = new Map();
    this.pending = new Map();
    this.retry = 500;
    this.open();
  }

  CallistoPhone.prototype.open = function () {
    const socket = new WebSocket(this.url);
    this.socket = socket;
    this.ready = new Promise((resolve) => socket.addEventListener('open', resolve, { once: true }));
    socket.addEventListener('open', () => {
      this.retry = 500;
      this.followed.forEach((call) => this.send({ type: 'watch', call }));
      if (this.handlers.onConnected) this.handlers.onConnected();
    });
    socket.addEventListener('message', (event) => this.receive(JSON.parse(event.data)));
    socket.addEventListener('close', () => {
      if (this.closed) return;
      if (this.handlers.onDisconnected) this.handlers.onDisconnected();
      setTimeout(() => this.open(), this.retry);
      this.retry = Math.min(this.retry * 2, 8000);
    });
  };

  CallistoPhone.prototype.send = async function (message) {
    await this.ready;
    this.socket.send(JSON.stringify(message));
  };

  CallistoPhone.prototype.receive = function (m) {
    const waiting = this.pending.get(m.call);
    if (m.type === 'answer' && waiting) {
      this.pending.delete(m.call);
      waiting.resolve(m.sdp);
    } else if (m.type === 'error' && waiting) {
      this.pending.delete(m.call);
      waiting.reject(new Error(m.message));
    } else if (m.type === 'chat' && this.handlers.onChat) {
      this.handlers.onChat(m);
    } else if (m.type === 'transcript' && this.handlers.onTranscript) {
      this.handlers.onTranscript(m);
    } else if (m.type === 'call' && this.handlers.onCall) {
      this.handlers.onCall(m.event);
    } else if (m.type === 'error' && this.handlers.onError) {
      this.handlers.onError(new Error(m.message));
    }
  };

  /** Follow a call's events and chat without media (yet). */
  CallistoPhone.prototype.watch = function (call) {
    this.followed.add(call);
    return this.send({ type: 'watch', call });
  };

  CallistoPhone.prototype.chat = function (call, text) {
    this.followed.add(call);
    return this.send({ type: 'chat', call, text });
  };

  /** Connects microphone (and camera for video) to the call's media; the remote sound plays in `audio`. */
  CallistoPhone.prototype.join = async function (call, audio, options) {
    const opts = options || {};
    this.followed.add(call);
    const pc = new RTCPeerConnection({ iceServers: [] });
    this.peers.set(call, pc);
    if (opts.listenOnly) {
      pc.addTransceiver('audio', { direction: 'recvonly' });
    } else {
      const stream = await navigator.mediaDevices.getUserMedia({ audio: true });
      stream.getTracks().forEach((track) => pc.addTrack(track, stream));
    }
    pc.addEventListener('track', (event) => {
      audio.srcObject = event.streams[0] || new MediaStream([event.track]);
      audio.play().catch(() => {});
    });
    await pc.setLocalDescription(await pc.createOffer());
    await gathered(pc);
    const answer = new Promise((resolve, reject) => this.pending.set(call, { resolve, reject }));
    await this.send(Object.assign({ type: 'offer', call, sdp: pc.localDescription.sdp }, opts.as ? { as: opts.as } : {}));
    await pc.setRemoteDescription({ type: 'answer', sdp: await answer });
    return pc;
  };

  /** Leaves the call's media (the call itself is ended through the API). */
  CallistoPhone.prototype.hangUp = function (call) {
    const pc = this.peers.get(call);
    if (pc) {
      pc.getSenders().forEach((s) => s.track && s.track.stop());
      pc.close();
      this.peers.delete(call);
      return this.send({ type: 'leave', call }).catch(() => {});
    }
    return Promise.resolve();
  };

  /** Bytes of audio sent and received on the call so far (WebRTC statistics). */
  CallistoPhone.prototype.stats = async function (call) {
    const pc = this.peers.get(call);
    const totals = { sent: 0, received: 0, packetsLost: 0 };
    if (!pc) return totals;
    (await pc.getStats()).forEach((s) => {
      if (s.type === 'outbound-rtp' && s.kind === 'audio') totals.sent += s.bytesSent;
      if (s.type === 'inbound-rtp' && s.kind === 'audio') {
        totals.received += s.bytesReceived;
        totals.packetsLost += s.packetsLost || 0;
      }
    });
    return totals;
  };

  CallistoPhone.prototype.close = function () {
    this.closed = true;
    this.peers.forEach((pc, call) => this.hangUp(call));
    this.socket.close();
  };

  /** Waits until the browser has all its ICE candidates (they go inside the offer). */
  function gathered(pc) {
    if (pc.iceGatheringState === 'complete') return Promise.resolve();
    return new Promise((resolve) => {
      const done = () => {
        if (pc.iceGatheringState === 'complete') {
          pc.removeEventListener('icegatheringstatechange', done);
          resolve();
        }
      };
      pc.addEventListener('icegatheringstatechange', done);
      setTimeout(resolve, 3000); // enough candidates by then on any network worth calling from
    });
  }

  /** The phone's WebSocket address, beside the page's own origin. */
  CallistoPhone.address = function (path) {
    const url = new URL(path, location.href);
    url.protocol = url.protocol === 'https:' ? 'wss:' : 'ws:';
    return url.toString();
  };

  window.CallistoPhone = CallistoPhone;
})();
