// The territories on the simulator's page: the bodies proposed under a
// name field as the person types, and the body that each official code
// names. Like the rest of the page it shows what the bridge answers —
// numerique.search, and the found bodies of numerique.orient — computing
// nothing. simulateur.js calls it when the site has the territories.
'use strict';

globalThis.simulateurTerritoires = (function () {
  const $ = (id) => document.getElementById(id);
  const {el, fieldId} = globalThis.simulateurVue;
  let searchTimer = 0;

  // proposals puts after a name field the place of its proposals: a status
  // that says how many there are, and the list of their buttons.
  function proposals(name) {
    name.after(el('div', {class: 'propositions'},
      el('p', {class: 'propositions-etat', role: 'status'}),
      el('ul', {hidden: true})));
  }

  const isName = (c) => c.matches('input') && /^f-(lead|members-\d+)-name$/.test(c.id);

  // propose shows the bodies that the name typed in input may mean, unless
  // the person has left the field meanwhile; measures counts the searches.
  function propose(input, measures) {
    measures.searching = false;
    if (!input.parentElement.contains(document.activeElement)) return;
    const box = input.parentElement.querySelector('.propositions');
    const answer = JSON.parse(globalThis.numerique.search(input.value));
    measures.searches++;
    const list = box.querySelector('ul');
    list.replaceChildren(...answer.bodies.map((b) => el('li', {},
      el('button', {type: 'button', class: 'proposition', 'data-code': b.code, 'data-kind': b.kind, 'data-name': b.name},
        el('strong', {text: b.name}),
        ` — ${b.kind_label}, ${b.inhabitants}${b.departement ? ', ' + b.departement : ''} `,
        el('span', {class: 'code', text: `(code ${b.code})`})))));
    list.hidden = !answer.bodies.length;
    const status = box.querySelector('.propositions-etat');
    if (status.textContent !== answer.summary) status.textContent = answer.summary;
  }

  // closeProposals empties the proposals of box, and its status.
  function closeProposals(box) {
    box.querySelector('ul').replaceChildren();
    box.querySelector('ul').hidden = true;
    box.querySelector('.propositions-etat').textContent = '';
  }

  // pick fills a body's fields with the body that a proposal names: its
  // name, kind and code; its population is emptied, so that the official
  // one counts.
  function pick(button, update) {
    const box = button.closest('.propositions');
    const name = box.previousElementSibling;
    const prefix = name.id.slice(0, -'name'.length);
    name.value = button.dataset.name;
    $(prefix + 'kind').value = button.dataset.kind;
    $(prefix + 'code').value = button.dataset.code;
    $(prefix + 'population').value = '';
    closeProposals(box);
    // The results first, so that the code field, once focused, is
    // described by the body it names.
    update();
    $(prefix + 'code').focus();
  }

  // The keyboard in the proposals: the down arrow goes from the name to
  // the first proposal and on, the up arrow back, Escape closes them.
  function keys(event) {
    const t = event.target;
    const box = isName(t) ? t.parentElement.querySelector('.propositions') : t.closest('.propositions');
    if (!box) return;
    const buttons = [...box.querySelectorAll('.proposition')];
    const name = box.previousElementSibling;
    const at = buttons.indexOf(t);
    if (event.key === 'Escape' && (buttons.length || box.querySelector('.propositions-etat').textContent)) {
      event.preventDefault();
      closeProposals(box);
      name.focus();
    } else if (event.key === 'ArrowDown' && buttons.length) {
      event.preventDefault();
      buttons[Math.min(at + 1, buttons.length - 1)].focus();
    } else if (event.key === 'ArrowUp' && at >= 0) {
      event.preventDefault();
      (at === 0 ? name : buttons[at - 1]).focus();
    }
  }

  // showFound shows under each official code the body it names, and ties
  // it to the code's field with describe.
  function showFound(found, describe) {
    for (const old of document.querySelectorAll('.trouve')) old.remove();
    for (const c of document.querySelectorAll('[data-found]')) {
      delete c.dataset.found;
      describe(c);
    }
    for (const f of found) {
      const target = $(fieldId(f.field));
      if (!target) continue;
      const id = target.id + '-trouve';
      const line = el('p', {class: 'trouve', id, 'data-code': f.code}, 'Code reconnu\u00a0: ',
        el('strong', {'data-figure': 'name', text: f.name}), ', ',
        el('span', {'data-figure': 'kind', text: f.kind_label}), ', ',
        el('span', {'data-figure': 'inhabitants', text: f.inhabitants}),
        f.departement ? ', ' : null,
        f.departement ? el('span', {'data-figure': 'departement', text: f.departement}) : null, '.');
      if (f.note) line.append(' ', el('span', {class: 'note', text: f.note}));
      target.after(line);
      target.dataset.found = id;
      describe(target);
    }
  }

  function closeAll() {
    for (const box of document.querySelectorAll('.propositions')) closeProposals(box);
  }

  // listen proposes bodies as names are typed in form, and fills a body's
  // fields with the one chosen; update shows the results again, and
  // territories resolves once the data on the territories is in place,
  // which the first name typed fetches.
  function listen(form, measures, update, territories) {
    form.addEventListener('input', (event) => {
      if (!isName(event.target)) return;
      clearTimeout(searchTimer);
      measures.searching = true;
      const name = event.target;
      searchTimer = setTimeout(() => territories().then(() => propose(name, measures)), 200);
    });
    form.addEventListener('keydown', keys);
    // Proposals close when the focus leaves their field for another one.
    form.addEventListener('focusout', (event) => {
      const champ = event.target.closest('.champ');
      const box = champ && champ.querySelector('.propositions');
      if (box && event.relatedTarget && !champ.contains(event.relatedTarget)) closeProposals(box);
    });
    form.addEventListener('click', (event) => {
      const proposal = event.target.closest('.proposition');
      if (proposal) pick(proposal, update);
    });
  }

  return {proposals, closeAll, showFound, listen};
})();
