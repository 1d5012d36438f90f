// The admin console's call records: ▶ plays the call's recording (the mixed audio) in the page.
(function () {
  'use strict';
  document.addEventListener('click', async (event) => {
    const button = event.target.closest('button.play[data-call]');
    if (!button) return;
    const player = document.getElementById('record-playback');
    const recordings = await window.callistoApi('GET', '/calls/' + button.dataset.call + '/recordings').catch(() => []);
    const audio = recordings.find((r) => r.contentType.startsWith('audio/'));
    button.title = audio ? '' : 'no recording';
    button.disabled = !audio;
    if (!audio) return;
    player.hidden = false;
    player.src = audio.audio;
    player.play().catch(() => {});
  });
})();
