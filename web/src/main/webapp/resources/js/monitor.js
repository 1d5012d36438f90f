// Keeps the monitoring counters current: the agents' states once from the API, then every
// agent.state-changed event from the live WebSocket. No polling.
(function () {
  'use strict';
  const states = new Map(); // agentId -> state

  function render() {
    const counts = {};
    let signedIn = 0;
    states.forEach((state) => {
      counts[state] = (counts[state] || 0) + 1;
      if (state !== 'SIGNED_OUT') signedIn++;
    });
    document.querySelectorAll('.counter').forEach((counter) => {
      const state = counter.dataset.state;
      counter.querySelector('.value').textContent = state === 'SIGNED_IN' ? signedIn : (counts[state] || 0);
    });
  }

  async function load() {
    const response = await fetch('api/v1/agents?size=200', { headers: { Accept: 'application/json' } });
    const page = await response.json();
    page.items.forEach((agent) => states.set(agent.id, agent.state));
    render();
  }

  function connect() {
    const socket = new WebSocket((location.protocol === 'https:' ? 'wss://' : 'ws://') + location.host
      + location.pathname.replace(/[^/]*$/, '') + 'live');
    socket.onopen = () => { document.body.dataset.live = 'open'; };
    socket.onclose = () => {
      document.body.dataset.live = 'closed';
      setTimeout(connect, 2000); // the server restarted or the network dropped: come back
    };
    socket.onmessage = (message) => {
      const event = JSON.parse(message.data);
      document.getElementById('last-event').textContent = event.type + ' ' + event.occurredAt;
      if (event.type === 'agent.state-changed') {
        states.set(event.agentId, event.to);
        render();
      }
    };
  }

  load().then(connect);
})();
