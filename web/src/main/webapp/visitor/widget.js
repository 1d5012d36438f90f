// The embeddable customer widget: one script tag on a company's site puts a "contact us" button
// in the corner that opens the customer page (calls with audio or video, chat, messages) in a
// frame. The site must be listed in the server's callisto.phone.origins to frame it.
//   <script src="https://cc.example.com/callisto/visitor/widget.js" data-tenant="acme" async></script>
// Optional: data-channel (WEB, H5, MINI_PROGRAM), data-flow (the IVR flow, default main), data-lang.
(function () {
  'use strict';
  const script = document.currentScript;
  const page = new URL('index.html', script.src);
  ['tenant', 'channel', 'flow', 'lang'].forEach((name) => {
    if (script.dataset[name]) page.searchParams.set(name, script.dataset[name]);
  });
  const zh = (script.dataset.lang || navigator.language || '').toLowerCase().startsWith('zh');
  const button = document.createElement('button');
  button.type = 'button';
  button.textContent = zh ? '联系我们' : 'Contact us';
  button.setAttribute('style', 'position:fixed;right:20px;bottom:20px;z-index:2147483646;padding:12px 18px;'
    + 'border:0;border-radius:24px;background:#2186eb;color:#fff;font:600 15px system-ui,sans-serif;cursor:pointer');
  let frame = null;
  button.addEventListener('click', () => {
    if (!frame) {
      frame = document.createElement('iframe');
      frame.src = page.toString();
      frame.title = button.textContent;
      frame.allow = 'microphone; camera; autoplay';
      frame.setAttribute('style', 'position:fixed;right:20px;bottom:76px;z-index:2147483646;width:380px;height:600px;'
        + 'max-width:calc(100vw - 40px);max-height:calc(100vh - 100px);border:1px solid #d9e2ec;border-radius:12px;background:#fff');
      document.body.append(frame);
    } else {
      frame.hidden = !frame.hidden;
    }
  });
  document.body.append(button);
})();
