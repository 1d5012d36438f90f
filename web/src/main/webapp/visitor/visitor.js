// The customer page. Talks only to /api/v1/visitor/*, with the visitor token in X-Visitor-Token.
// Text comes from the dictionaries below (browser language, or the switch); user text is only
// ever set as textContent, never as HTML.
(function () {
  'use strict';

  const TEXT = {
    en: {
      title: 'Customer service', myMessages: 'My messages', leaveMessage: 'Leave a message',
      noMessages: 'You have not left any message yet.', topic: 'Topic', subject: 'Subject',
      message: 'Message', send: 'Send', status: 'Status', reply: 'Reply', you: 'You',
      support: 'Support', other: '中文', sent: 'Thank you, we will reply here.',
      callUs: 'Call us', startCall: 'Start a call', startVideoCall: 'Start a video call', hangUp: 'Hang up', chat: 'Chat with us', typeHere: 'Type a message…', tooLong: 'A message holds at most 2,000 characters; this one has {n}. Please shorten it or send it in parts.',
      queued: 'You are number {p} in the queue (about {w} s).',
      another: 'Please hold: we are connecting you to another agent.',
      IVR: 'Connected to the menu', QUEUED: 'Waiting for an agent', RINGING: 'Calling an agent…',
      TALKING: 'You are talking with an agent', HOLD: 'On hold', SURVEY: 'Please rate us', ENDED: 'The call has ended',
      NEW: 'Received', OPEN: 'In progress', PENDING: 'Waiting for you', RESOLVED: 'Resolved', CLOSED: 'Closed'
    },
    zh: {
      title: '客户服务', myMessages: '我的留言', leaveMessage: '我要留言',
      noMessages: '您还没有留言。', topic: '类型', subject: '标题',
      message: '留言内容', send: '提交', status: '状态', reply: '回复', you: '我',
      support: '客服', other: 'English', sent: '谢谢，我们会在这里回复您。',
      callUs: '呼叫客服', startCall: '开始通话', startVideoCall: '开始视频通话', hangUp: '挂断', chat: '在线交流', typeHere: '输入消息…', tooLong: '每条消息最多 2000 字，当前 {n} 字，请删减或分条发送。',
      queued: '您排在第 {p} 位（约 {w} 秒）。',
      another: '请稍候，正在为您转接其他客服。',
      IVR: '已接通语音导航', QUEUED: '正在为您转接客服', RINGING: '正在呼叫客服…',
      TALKING: '正在与客服通话', HOLD: '通话保持中', SURVEY: '请为本次服务评分', ENDED: '通话已结束',
      NEW: '已受理', OPEN: '处理中', PENDING: '待您回复', RESOLVED: '已解决', CLOSED: '已关闭'
    }
  };

  const params = new URLSearchParams(location.search);
  const tenant = params.get('tenant') || 'acme';
  const channel = (params.get('channel') || 'WEB').toUpperCase();
  const storageKey = 'callisto.visitor.' + tenant;
  let lang = (params.get('lang') || navigator.language || 'en').toLowerCase().startsWith('zh') ? 'zh' : 'en';
  let token = null;
  let templates = [];
  let openTicket = null;

  const $ = (id) => document.getElementById(id);
  const t = (key) => TEXT[lang][key] || key;

  function translate() {
    document.documentElement.lang = lang === 'zh' ? 'zh-CN' : 'en';
    document.querySelectorAll('[data-text]').forEach((el) => { el.textContent = t(el.dataset.text); });
    $('chat-text').placeholder = t('typeHere');
    $('chat-text').dataset.tooLong = t('tooLong');
    $('language').textContent = t('other');
  }

  async function api(method, path, body) {
    const response = await fetch('../api/v1/visitor' + path, {
      method,
      headers: Object.assign({ 'Content-Type': 'application/json' }, token ? { 'X-Visitor-Token': token } : {}),
      body: body === undefined ? undefined : JSON.stringify(body)
    });
    const data = response.status === 204 ? null : await response.json();
    if (!response.ok) {
      const fields = (data && data.errors || []).map((e) => e.field + ': ' + e.message).join('; ');
      throw new Error(fields || (data && data.detail) || response.statusText);
    }
    return data;
  }

  function showError(error) {
    $('error').textContent = error ? error.message : '';
    $('error').hidden = !error;
  }

  function show(section) {
    ['list', 'new', 'ticket', 'call'].forEach((id) => { $(id).hidden = id !== section; });
    showError(null);
  }

  async function startSession() {
    const given = params.get('token') || localStorage.getItem(storageKey);
    const session = await api('POST', '/session', { tenant, token: given });
    token = session.token;
    localStorage.setItem(storageKey, token);
  }

  async function showList() {
    show('list');
    const tickets = await api('GET', '/tickets');
    const list = $('tickets');
    list.replaceChildren();
    tickets.forEach((ticket) => {
      const item = document.createElement('li');
      item.dataset.ticket = ticket.id;
      const status = document.createElement('span');
      status.className = 'status ' + ticket.status;
      status.textContent = t(ticket.status);
      const subject = document.createElement('span');
      subject.textContent = ticket.subject;
      item.append(status, subject);
      item.addEventListener('click', () => showTicket(ticket.id).catch(showError));
      list.append(item);
    });
    $('empty').hidden = tickets.length > 0;
  }

  function fieldInput(field) {
    const label = document.createElement('label');
    const caption = document.createElement('span');
    caption.textContent = field.label + (field.required ? ' *' : '');
    label.append(caption);
    let input;
    if (field.kind === 'CHOICE') {
      input = document.createElement('select');
      input.append(new Option('', ''));
      field.options.forEach((o) => input.append(new Option(o, o)));
    } else if (field.kind === 'MULTI_CHOICE') {
      input = document.createElement('select');
      input.multiple = true;
      field.options.forEach((o) => input.append(new Option(o, o)));
    } else {
      input = document.createElement('input');
      input.type = field.kind === 'NUMBER' ? 'number' : field.kind === 'DATE' ? 'date' : 'text';
    }
    input.name = field.key;
    input.dataset.kind = field.kind;
    input.required = field.required;
    label.append(input);
    return label;
  }

  function renderFields() {
    const template = templates.find((x) => String(x.id) === $('template').value);
    $('template-hint').textContent = template && template.hint || '';
    $('fields').replaceChildren(...(template ? template.fields.map(fieldInput) : []));
  }

  async function showNew() {
    show('new');
    templates = await api('GET', '/message-templates?channel=' + encodeURIComponent(channel));
    $('template').replaceChildren(...templates.map((x) => new Option(x.name, x.id)));
    renderFields();
  }

  async function send(event) {
    event.preventDefault();
    const fields = {};
    $('fields').querySelectorAll('[name]').forEach((input) => {
      fields[input.name] = input.dataset.kind === 'MULTI_CHOICE'
        ? Array.from(input.selectedOptions).map((o) => o.value)
        : input.value;
    });
    try {
      const ticket = await api('POST', '/tickets', {
        templateId: Number($('template').value),
        subject: $('subject').value,
        message: $('message').value,
        fields
      });
      $('message-form').reset();
      await showTicket(ticket.id);
    } catch (error) {
      showError(error);
    }
  }

  function bubble(from, body, at) {
    const item = document.createElement('li');
    item.className = 'bubble' + (from === 'you' ? ' mine' : '');
    const who = document.createElement('strong');
    who.textContent = t(from) + ': ';
    const text = document.createElement('span');
    text.textContent = body;
    const time = document.createElement('time');
    time.textContent = new Date(at).toLocaleString(lang === 'zh' ? 'zh-CN' : 'en');
    item.append(who, text, time);
    return item;
  }

  async function showTicket(id) {
    const ticket = await api('GET', '/tickets/' + id);
    openTicket = ticket.id;
    show('ticket');
    $('ticket').dataset.ticket = ticket.id;
    $('ticket-subject').textContent = ticket.subject;
    $('ticket-status').textContent = t(ticket.status);
    $('ticket-message').textContent = ticket.message;
    $('replies').replaceChildren(...ticket.replies.map((r) => bubble(r.from, r.body, r.at)));
    $('reply-form').hidden = ticket.status === 'CLOSED';
  }

  async function reply(event) {
    event.preventDefault();
    try {
      await api('POST', '/tickets/' + openTicket + '/replies', { body: $('reply').value });
      $('reply').value = '';
      await showTicket(openTicket);
    } catch (error) {
      showError(error);
    }
  }

  // The visual IVR: the flow's menu as buttons, its prompts as audio, then the queue and the call.
  const flow = params.get('flow') || 'main';
  let call = null;
  let playing = '';
  let poller = null;

  function renderCall(view) {
    // Back in the queue after talking: the agent's phone went away or the call was transferred.
    const handedOn = call !== null && call.id === view.id && ['TALKING', 'HOLD'].includes(call.status)
      && ['QUEUED', 'RINGING'].includes(view.status);
    const stillHandedOn = call !== null && call.id === view.id && $('call-status').dataset.another === 'true'
      && ['QUEUED', 'RINGING'].includes(view.status);
    call = view;
    document.dispatchEvent(new CustomEvent('callisto:call', { detail: { view, token } }));
    $('call').dataset.status = view.status;
    $('call').dataset.call = view.id;
    let status = t(view.status);
    if (view.position) {
      status += ' ' + t('queued').replace('{p}', view.position).replace('{w}', view.estimatedWaitSeconds);
    }
    const another = handedOn || stillHandedOn;
    $('call-status').dataset.another = String(another);
    $('call-status').textContent = another ? t('another') + ' ' + status : status;
    const menu = view.menu;
    $('ivr-menu').replaceChildren();
    $('digits-form').hidden = !(menu && menu.digits);
    if (menu && !menu.digits) {
      menu.options.forEach((option) => {
        const button = document.createElement('button');
        button.type = 'button';
        button.dataset.key = option.key;
        button.textContent = option.label + ' (' + option.key + ')';
        button.addEventListener('click', () => press(option.key));
        $('ivr-menu').append(button);
      });
    }
    if (menu && menu.digits) {
      $('digits').type = menu.secret ? 'password' : 'text';
    }
    playPrompts(view.prompts || []);
    $('rating').hidden = view.status !== 'SURVEY';
    $('start-call').hidden = view.status !== 'ENDED' && call !== null;
    $('start-video-call').hidden = $('start-call').hidden;
    $('hang-up').hidden = view.status === 'ENDED';
    if (view.status === 'ENDED' && poller) {
      clearInterval(poller);
      poller = null;
    }
  }

  function playPrompts(prompts) {
    const key = prompts.join('|');
    if (!prompts.length || key === playing) return;
    playing = key;
    const queue = prompts.slice();
    const audio = $('prompt-audio');
    const next = () => {
      if (!queue.length) return;
      audio.src = '../api/v1/visitor/prompts/audio?token=' + encodeURIComponent(token) + '&ref=' + encodeURIComponent(queue.shift());
      audio.play().catch(() => {}); // a browser may refuse sound before the first tap; the buttons still work
    };
    audio.onended = next;
    next();
  }

  async function startCall() {
    renderCall(await api('POST', '/calls', { flow, channel }));
    poller = setInterval(() => api('GET', '/calls/' + call.id).then(renderCall).catch(showError), 1000);
  }

  async function press(keys) {
    try {
      renderCall(await api('POST', '/calls/' + call.id + '/keys', { keys }));
    } catch (error) {
      showError(error);
    }
  }

  $('show-call').addEventListener('click', () => show('call'));
  $('rating').addEventListener('click', (event) => {
    const score = Number(event.target.dataset.score);
    if (score) api('POST', '/calls/' + call.id + '/rating', { score }).then(renderCall).catch(showError);
  });
  $('start-call').addEventListener('click', () => { document.body.dataset.video = 'false'; startCall().catch(showError); });
  $('start-video-call').addEventListener('click', () => { document.body.dataset.video = 'true'; startCall().catch(showError); });
  $('hang-up').addEventListener('click', () => api('POST', '/calls/' + call.id + '/hangup').then(renderCall).catch(showError));
  $('digits-form').addEventListener('submit', (event) => {
    event.preventDefault();
    const value = $('digits').value;
    $('digits').value = '';
    press(value.endsWith('#') ? value : value + '#');
  });

  $('language').addEventListener('click', () => { lang = lang === 'zh' ? 'en' : 'zh'; translate(); });
  $('show-list').addEventListener('click', () => showList().catch(showError));
  $('show-new').addEventListener('click', () => showNew().catch(showError));
  $('template').addEventListener('change', renderFields);
  $('message-form').addEventListener('submit', send);
  $('reply-form').addEventListener('submit', reply);

  translate();
  startSession()
    .then(() => (params.get('ticket') ? showTicket(params.get('ticket')) : showList()))
    .then(() => { document.body.dataset.ready = 'true'; })
    .catch(showError);
})();
