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
    this.followed = new Map(); // call -> how this page follows it ({} or { as: 'supervisor' })
    this.peers = new Map(); // call -> microphone's connection (audio room)
    this.cameras = new Map(); // call -> camera's connection (video room, sending)
    this.viewers = new Map(); // call -> the others' cameras (video room, receiving)
    this.videoCalls = new Set();
    this.pending = new Map(); // call + ':' + what -> { resolve, reject }
    this.reports = new Map(); // call -> link-quality reporting (interval id)
    this.retry = 500;
    this.ice = null; // the STUN/TURN servers the server hands out: { iceServers, refreshAt }
    this.open();
  }

  CallistoPhone.prototype.open = function () {
    const socket = new WebSocket(this.url);
    this.socket = socket;
    this.ready = new Promise((resolve) => socket.addEventListener('open', resolve, { once: true }));
    this.iceArrived = this.iceArrived || this.awaitIce();
    socket.addEventListener('open', () => {
      this.retry = 500;
      this.followed.forEach((how, call) => this.send(Object.assign({ type: 'watch', call }, how)));
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

  /** Which awaited reply a message is: the microphone's answer, the camera's, or the others' cameras. */
  const REPLIES = { answer: 'audio', 'video-answer': 'camera', 'video-offer': 'viewer', 'video-none': 'viewer' };
  /** Which awaited reply an error is, by the request it answers. */
  const REQUESTS = { offer: 'audio', 'video-offer': 'camera', 'video-subscribe': 'viewer' };

  CallistoPhone.prototype.expect = function (call, what) {
    return new Promise((resolve, reject) => this.pending.set(call + ':' + what, { resolve, reject }));
  };

  /** The next `ice` message from the server (it sends one when the socket opens, and when asked). */
  CallistoPhone.prototype.awaitIce = function () {
    return new Promise((resolve) => { this.iceReceived = resolve; });
  };

  /**
   * A peer connection with the STUN/TURN servers the server handed out, asking for fresh ones first
   * when the TURN credential is half used (a page stays open all day; credentials expire).
   */
  CallistoPhone.prototype.peer = async function () {
    if (this.ice && Date.now() > this.ice.refreshAt) {
      this.iceArrived = this.awaitIce();
      await this.send({ type: 'ice' });
    }
    const ice = await Promise.race([this.iceArrived, new Promise((r) => setTimeout(() => r(null), 5000))]);
    return new RTCPeerConnection({ iceServers: ice ? ice.iceServers : [] });
  };

  CallistoPhone.prototype.receive = function (m) {
    if (m.type === 'ice') {
      this.ice = m;
      this.iceReceived(m);
      this.iceArrived = Promise.resolve(m);
      return;
    }
    const key = m.call + ':' + (m.type === 'error' ? REQUESTS[m.about] : REPLIES[m.type]);
    const waiting = this.pending.get(key);
    if (waiting) {
      this.pending.delete(key);
      if (m.type === 'error') {
        waiting.reject(new Error(m.message));
      } else {
        if (m.type === 'answer' && m.video) this.videoCalls.add(m.call);
        waiting.resolve(m);
      }
    } else if (m.type === 'video-available' && this.handlers.onVideo) {
      this.handlers.onVideo(m.call);
    } else if (m.type === 'chat' && this.handlers.onChat) {
      this.handlers.onChat(m);
    } else if (m.type === 'transcript' && this.handlers.onTranscript) {
      this.handlers.onTranscript(m);
    } else if (m.type === 'call' && this.handlers.onCall) {
      this.handlers.onCall(m.event);
    } else if (m.type === 'error' && m.about !== 'stats' && this.handlers.onError) {
      this.handlers.onError(new Error(m.message));
    }
  };

  /** Follow a call's events and chat without media (yet). */
  CallistoPhone.prototype.watch = function (call) {
    this.followed.set(call, this.followed.get(call) || {});
    return this.send({ type: 'watch', call });
  };

  CallistoPhone.prototype.chat = function (call, text) {
    this.followed.set(call, this.followed.get(call) || {});
    return this.send(Object.assign({ type: 'chat', call, text }, this.followed.get(call)));
  };

  /** Connects microphone (and camera for video) to the call's media; the remote sound plays in `audio`. */
  CallistoPhone.prototype.join = async function (call, audio, options) {
    const opts = options || {};
    this.followed.set(call, opts.as ? { as: opts.as } : {});
    const pc = await this.peer();
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
    const answer = this.expect(call, 'audio');
    await this.send(Object.assign({ type: 'offer', call, sdp: pc.localDescription.sdp }, opts.as ? { as: opts.as } : {}));
    await pc.setRemoteDescription({ type: 'answer', sdp: (await answer).sdp });
    this.reportQuality(call, pc);
    return pc;
  };

  /** How often the link's figures go to the server, which keeps the leg's MOS from them. */
  const REPORT_MS = 5000;

  /**
   * Every few seconds, the audio link's loss, jitter and round trip from RTCP: what the media
   * server's receiver reports say of what this side sends (remote-inbound-rtp), what this side
   * measures of what it receives (inbound-rtp, loss over the interval), the worse of the two.
   */
  CallistoPhone.prototype.reportQuality = function (call, pc) {
    clearInterval(this.reports.get(call));
    let last = null;
    this.reports.set(call, setInterval(async () => {
      if (pc.connectionState === 'closed') return;
      const up = {}; const down = {}; let pairRtt = null;
      (await pc.getStats()).forEach((s) => {
        if (s.kind === 'audio' && s.type === 'remote-inbound-rtp') Object.assign(up, s);
        if (s.kind === 'audio' && s.type === 'inbound-rtp') Object.assign(down, s);
        if (s.type === 'candidate-pair' && s.nominated && s.currentRoundTripTime !== undefined) pairRtt = s.currentRoundTripTime;
      });
      if (down.packetsReceived === undefined && up.fractionLost === undefined) return; // no media yet
      const now = { lost: down.packetsLost || 0, received: down.packetsReceived || 0 };
      const lost = last ? now.lost - last.lost : 0;
      const expected = last ? lost + now.received - last.received : 0;
      last = now;
      const downLoss = expected > 0 ? Math.max(0, (100 * lost) / expected) : 0;
      const rtt = up.roundTripTime !== undefined ? up.roundTripTime : pairRtt;
      this.send(Object.assign({
        type: 'stats',
        call,
        lossPercent: Math.min(100, Math.max(downLoss, 100 * (up.fractionLost || 0))),
        jitterMs: 1000 * Math.max(down.jitter || 0, up.jitter || 0),
        rttMs: 1000 * (rtt || 0),
      }, this.followed.get(call))).catch(() => {});
    }, REPORT_MS));
  };

  /** Whether the call is a video call (the media server said so when the microphone joined). */
  CallistoPhone.prototype.isVideo = function (call) {
    return this.videoCalls.has(call);
  };

  /** Shows this side's camera on the call; `preview` shows it here too. */
  CallistoPhone.prototype.showCamera = async function (call, preview) {
    const pc = await this.peer();
    this.cameras.set(call, pc);
    this.videoCalls.add(call);
    this.followed.set(call, this.followed.get(call) || {});
    const stream = await navigator.mediaDevices.getUserMedia({ video: true });
    stream.getTracks().forEach((track) => pc.addTrack(track, stream));
    if (preview) preview.srcObject = stream;
    await pc.setLocalDescription(await pc.createOffer());
    await gathered(pc);
    const answer = this.expect(call, 'camera');
    await this.send({ type: 'video-offer', call, sdp: pc.localDescription.sdp });
    await pc.setRemoteDescription({ type: 'answer', sdp: (await answer).sdp });
  };

  /**
   * Shows the others' cameras in `video` (again, when someone new shows one); false if nobody does
   * yet. Requests run one after the other, so each reply meets the request it answers.
   */
  CallistoPhone.prototype.watchCameras = function (call, video) {
    const next = (this.watching || Promise.resolve()).catch(() => {}).then(() => this.subscribeCameras(call, video));
    this.watching = next;
    return next;
  };

  CallistoPhone.prototype.subscribeCameras = async function (call, video) {
    const offer = this.expect(call, 'viewer');
    await this.send({ type: 'video-subscribe', call });
    const m = await offer;
    if (m.type === 'video-none') return false;
    const old = this.viewers.get(call);
    if (old) old.close();
    const pc = await this.peer();
    this.viewers.set(call, pc);
    pc.addEventListener('track', (event) => {
      video.srcObject = event.streams[0] || new MediaStream([event.track]);
      video.play().catch(() => {});
    });
    await pc.setRemoteDescription({ type: 'offer', sdp: m.sdp });
    await pc.setLocalDescription(await pc.createAnswer());
    await gathered(pc);
    await this.send({ type: 'video-start', call, sdp: pc.localDescription.sdp });
    return true;
  };

  /** Leaves the call's media (the call itself is ended through the API). */
  CallistoPhone.prototype.hangUp = function (call) {
    clearInterval(this.reports.get(call));
    this.reports.delete(call);
    [this.cameras, this.viewers].forEach((peers) => {
      const p = peers.get(call);
      if (p) {
        p.getSenders().forEach((s) => s.track && s.track.stop());
        p.close();
        peers.delete(call);
      }
    });
    const pc = this.peers.get(call);
    if (pc) {
      pc.getSenders().forEach((s) => s.track && s.track.stop());
      pc.close();
      this.peers.delete(call);
      return this.send({ type: 'leave', call }).catch(() => {});
    }
    return Promise.resolve();
  };

  /** Audio bytes sent and received, video frames sent and received on the call (WebRTC statistics). */
  CallistoPhone.prototype.stats = async function (call) {
    const totals = { sent: 0, received: 0, packetsLost: 0, framesSent: 0, framesReceived: 0 };
    for (const pc of [this.peers.get(call), this.cameras.get(call), this.viewers.get(call)]) {
      if (!pc) continue;
      (await pc.getStats()).forEach((s) => {
        if (s.type === 'outbound-rtp' && s.kind === 'audio') totals.sent += s.bytesSent;
        if (s.type === 'inbound-rtp' && s.kind === 'audio') {
          totals.received += s.bytesReceived;
          totals.packetsLost += s.packetsLost || 0;
        }
        if (s.type === 'outbound-rtp' && s.kind === 'video') totals.framesSent += s.framesSent || 0;
        if (s.type === 'inbound-rtp' && s.kind === 'video') totals.framesReceived += s.framesDecoded || 0;
      });
    }
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

  /** A chat message as a list item (text as text, never HTML); `imageUrl` gives an image's address. */
  CallistoPhone.chatLine = function (m, mine, imageUrl) {
    const item = document.createElement('li');
    item.className = mine ? 'bubble mine' : 'bubble';
    item.dataset.from = m.from;
    item.textContent = m.text || '';
    if (m.imageId) {
      const img = document.createElement('img');
      img.src = imageUrl(m);
      img.alt = '';
      img.dataset.image = m.imageId;
      item.append(img);
    }
    return item;
  };

  /** The phone's WebSocket address, beside the page's own origin. */
  CallistoPhone.address = function (path) {
    const url = new URL(path, location.href);
    url.protocol = url.protocol === 'https:' ? 'wss:' : 'ws:';
    return url.toString();
  };

  window.CallistoPhone = CallistoPhone;
})();
