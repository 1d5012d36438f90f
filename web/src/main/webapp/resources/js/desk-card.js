// The customer card on the agent desk's screen pop: the customer's name, tags, notes and the
// tenant's custom fields (text, number, date, choice, several choices), loaded for each new call
// and saved by the agent; a refused value is explained next to its field and what was typed stays.
(function () {
  'use strict';
  const $ = (id) => document.getElementById(id);
  const desk = window.callistoDesk;
  let customer = null;

  function input(field) {
    let element;
    if (field.kind === 'CHOICE' || field.kind === 'MULTI_CHOICE') {
      element = document.createElement('select');
      element.multiple = field.kind === 'MULTI_CHOICE';
      if (!element.multiple) element.append(new Option('', ''));
      element.append(...field.options.map((o) => new Option(o, o)));
      const chosen = [].concat(field.value || []);
      [...element.options].forEach((o) => { o.selected = chosen.includes(o.value); });
    } else {
      element = document.createElement('input');
      element.type = field.kind === 'DATE' ? 'date' : 'text';
      if (field.kind === 'NUMBER') element.inputMode = 'decimal';
      element.value = field.value || '';
    }
    element.dataset.key = field.key;
    element.dataset.kind = field.kind;
    return element;
  }

  function show(card) {
    $('card-name').value = card.name || '';
    $('card-tags').value = card.tags.join(', ');
    $('card-notes').value = card.notes || '';
    $('card-fields').replaceChildren(...card.fields.map((f) => {
      const label = document.createElement('label');
      label.textContent = f.label + (f.required ? ' *' : '') + ' ';
      label.append(input(f));
      const error = document.createElement('span');
      error.className = 'field-error';
      error.dataset.for = 'fields.' + f.key;
      const wrap = document.createElement('div');
      wrap.append(label, error);
      return wrap;
    }));
  }

  function values() {
    const fields = {};
    document.querySelectorAll('#card-fields [data-key]').forEach((e) => {
      fields[e.dataset.key] = e.dataset.kind === 'MULTI_CHOICE' ? [...e.selectedOptions].map((o) => o.value) : e.value;
    });
    return fields;
  }

  async function save(event) {
    event.preventDefault();
    desk.showFieldErrors($('card-form'), null);
    $('card-saved').hidden = true;
    try {
      const card = await desk.api('PUT', '/customers/' + encodeURIComponent(customer) + '/card', {
        name: $('card-name').value,
        tags: $('card-tags').value.split(',').map((t) => t.trim()).filter((t) => t),
        notes: $('card-notes').value,
        fields: values()
      });
      show(card);
      $('card-saved').hidden = false;
      document.body.dataset.card = 'saved';
    } catch (e) {
      desk.showFieldErrors($('card-form'), e);
    }
  }

  document.addEventListener('callisto:desk-call', (event) => {
    const view = event.detail.view;
    if (view.customer === customer || view.status === 'ENDED') return;
    customer = view.customer;
    $('card-saved').hidden = true;
    delete document.body.dataset.card;
    desk.showFieldErrors($('card-form'), null);
    desk.api('GET', '/customers/' + encodeURIComponent(customer) + '/card').then(show).catch(desk.showError);
  });

  $('card-form').addEventListener('submit', save);
})();
