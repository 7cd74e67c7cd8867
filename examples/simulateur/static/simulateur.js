// The simulator's page: it loads the library compiled to WebAssembly, reads
// the form into a request, and shows the response as it is. It computes
// nothing: every figure and sentence comes from the bridge
// (examples/simulateur/bridge), through globalThis.numerique.
'use strict';

(function () {
  // What tests and curious people may read: when the module was ready and
  // when the first result was shown, in milliseconds since the page began
  // to load (performance.now), how many times the results were shown,
  // whether an update waits for the person to pause, and the last response;
  // likewise for the bodies proposed as a name is typed.
  const measures = window.simulateur = {readyMs: null, firstResultMs: null, updates: 0, pending: false, last: null,
    searches: 0, searching: false};

  const $ = (id) => document.getElementById(id);
  let catalogue = null;
  let timer = 0;
  let announceTimer = 0;

  const {el, fieldId, card, timeline} = globalThis.simulateurVue;
  const territoires = globalThis.simulateurTerritoires;

  function options(select, choices, empty) {
    select.replaceChildren(el('option', {value: '', text: empty}));
    for (const c of choices) select.append(el('option', {value: c.value, text: c.label}));
  }

  // --- Rows of members and budget lines ---------------------------------

  function field(id, label, control, hint) {
    const wrap = el('div', {class: 'champ'}, el('label', {for: id, text: label}));
    if (hint) {
      wrap.append(el('p', {class: 'aide', id: id + '-aide', text: hint}));
      control.setAttribute('aria-describedby', id + '-aide');
    }
    wrap.append(control);
    return wrap;
  }

  function input(id, value, mode) {
    return el('input', {id, type: 'text', value: value || '', autocomplete: 'off', inputmode: mode || null});
  }

  function select(id, choices, empty, value) {
    const s = el('select', {id});
    options(s, choices, empty);
    s.value = value || '';
    return s;
  }

  const searchHint = 'Tapez-en deux lettres ou plus pour voir les collectivités qui portent ce nom.';
  const codeHint = 'Ce que vous laissez vide — nature, nom, population — vient des données officielles.';
  const codeLabel = 'Code officiel (INSEE, SIREN, département, région R…)';

  function memberRow(m) {
    const box = el('fieldset', {class: 'ligne membre'}, el('legend'));
    const name = input('', m.name);
    box.append(
      field('', 'Nature', select('', catalogue.kinds, '— non renseignée —', m.kind)),
      field('', 'Nom', name, catalogue.search ? searchHint : ''),
    );
    if (catalogue.search) territoires.proposals(name);
    if (catalogue.lookup) {
      const code = input('', m.code);
      code.spellcheck = false;
      box.append(field('', codeLabel, code, codeHint));
    }
    box.append(
      field('', 'Population (habitants)', input('', m.population, 'numeric')),
      el('button', {type: 'button', class: 'retirer'}),
    );
    return box;
  }

  function lineRow(l) {
    const box = el('fieldset', {class: 'ligne budget'}, el('legend'));
    box.append(
      field('', 'Catégorie', select('', catalogue.categories, '— choisir —', l.category)),
      field('', 'Libellé', input('', l.label)),
      field('', 'Montant (€)', input('', l.amount, 'decimal'), 'Par exemple 12 000,50'),
    );
    box.append(el('button', {type: 'button', class: 'retirer'}));
    return box;
  }

  // renumber gives the rows of a container their numbers and ids, in
  // order, after a row was added or removed: what was typed stays.
  function renumber(container, prefix, noun, keys) {
    [...container.children].forEach((row, i) => {
      row.id = fieldId(prefix + '.' + i); // the row's own problems, as a member given twice
      row.querySelector('legend').textContent = noun + ' ' + (i + 1);
      const controls = row.querySelectorAll('input, select');
      const labels = row.querySelectorAll('label');
      controls.forEach((c, k) => {
        const id = fieldId(prefix + '.' + i + '.' + keys[k]);
        c.id = id;
        labels[k].htmlFor = id;
        const hint = c.parentElement.querySelector('.aide');
        if (hint) hint.id = id + '-aide';
        c.dataset.hint = hint ? hint.id : '';
        describe(c);
      });
      const remove = row.querySelector('.retirer');
      remove.textContent = 'Retirer';
      remove.setAttribute('aria-label', 'Retirer ' + noun.toLowerCase() + ' ' + (i + 1));
    });
  }

  const memberKeys = () => catalogue.lookup ? ['kind', 'name', 'code', 'population'] : ['kind', 'name', 'population'];
  const lineKeys = ['category', 'label', 'amount'];

  function addMember(m) {
    $('membres').append(memberRow(m || {}));
    renumber($('membres'), 'members', 'Membre', memberKeys());
  }

  function addLine(l) {
    $('budget').append(lineRow(l || {}));
    renumber($('budget'), 'budget', 'Ligne', lineKeys);
  }

  // --- Choices ------------------------------------------------------------

  function choices(name, list, type) {
    const box = document.querySelector(`.options[data-name="${name}"]`);
    box.replaceChildren();
    list.forEach((c, i) => {
      const id = `f-${name}-${i}`;
      box.append(el('div', {class: 'option'},
        el('input', {type, id, name, value: c.value}),
        el('label', {for: id, text: c.label})));
    });
  }

  function checked(name) {
    return [...document.querySelectorAll(`input[name="${name}"]:checked`)].map((i) => i.value);
  }

  function check(name, values) {
    for (const i of document.querySelectorAll(`input[name="${name}"]`)) i.checked = values.includes(i.value);
  }

  // --- The form as a request, and back ----------------------------------

  function readRows(container, keys) {
    return [...container.children].map((row) => {
      const out = {};
      row.querySelectorAll('input, select').forEach((c, k) => { out[keys[k]] = c.value; });
      return out;
    });
  }

  function readForm() {
    return {
      on: $('f-on').value,
      title: $('f-title').value,
      lead: {kind: $('f-lead-kind').value, name: $('f-lead-name').value,
        population: $('f-lead-population').value, code: $('f-lead-code').value},
      members: readRows($('membres'), memberKeys()),
      departement: checked('departement')[0] || '',
      shared_need: checked('shared_need')[0] || '',
      themes: checked('themes'),
      practices: checked('practices'),
      start: $('f-start').value,
      results: $('f-results').value,
      budget: readRows($('budget'), lineKeys),
    };
  }

  function fill(r) {
    territoires.closeAll();
    $('f-on').value = r.on || '';
    $('f-title').value = r.title || '';
    $('f-lead-kind').value = r.lead.kind || '';
    $('f-lead-name').value = r.lead.name || '';
    $('f-lead-population').value = r.lead.population || '';
    $('f-lead-code').value = r.lead.code || '';
    $('membres').replaceChildren();
    (r.members || []).forEach(addMember);
    check('departement', [r.departement || '']);
    check('shared_need', [r.shared_need || '']);
    check('themes', r.themes || []);
    check('practices', r.practices || []);
    $('f-start').value = r.start || '';
    $('f-results').value = r.results || '';
    $('budget').replaceChildren();
    (r.budget || []).forEach(addLine);
    if (!(r.budget || []).length) addLine();
  }

  const empty = () => ({on: '', title: '', lead: {}, members: [], departement: '', shared_need: '',
    themes: [], practices: [], start: '', results: '', budget: []});

  // --- Problems on their fields -------------------------------------------

  // describe ties a control to its hint, the body its code names and its
  // error message, if any.
  function describe(c) {
    const ids = [c.dataset.hint, c.dataset.found, c.dataset.error].filter(Boolean);
    if (ids.length) c.setAttribute('aria-describedby', ids.join(' '));
    else c.removeAttribute('aria-describedby');
  }

  function showErrors(errors) {
    for (const old of document.querySelectorAll('.erreur-champ')) old.remove();
    for (const c of document.querySelectorAll('[aria-invalid]')) {
      c.removeAttribute('aria-invalid');
      delete c.dataset.error;
      if (c.tagName !== 'FIELDSET') describe(c);
      else c.removeAttribute('aria-describedby');
    }
    const general = $('erreurs-generales');
    general.replaceChildren();
    general.hidden = true;
    for (const e of errors) {
      const target = e.field ? $(fieldId(e.field)) : null;
      if (!target) {
        general.append(el('p', {text: e.message}));
        general.hidden = false;
        continue;
      }
      const id = target.id + '-erreur';
      let box = $(id);
      if (!box) {
        box = el('p', {class: 'erreur-champ', id, 'data-code': e.code});
        if (target.tagName === 'FIELDSET') target.querySelector('legend').after(box);
        else target.before(box);
      } else {
        box.append(' ');
      }
      box.append(e.message);
      target.setAttribute('aria-invalid', 'true');
      target.dataset.error = id;
      if (target.tagName === 'FIELDSET') target.setAttribute('aria-describedby', id);
      else describe(target);
    }
  }

  // --- Results -------------------------------------------------------------

  function announce(text) {
    clearTimeout(announceTimer);
    // Announce once the person pauses, not at every key.
    announceTimer = setTimeout(() => {
      if ($('annonce').textContent !== text) $('annonce').textContent = text;
    }, measures.updates <= 1 ? 0 : 700);
  }

  function render(response) {
    measures.last = response;
    territoires.showFound(response.found, describe);
    showErrors(response.errors);
    $('perime').hidden = response.ready || !$('cartes').children.length;
    if (response.ready) {
      $('cartes').replaceChildren(...response.options.map(card));
      const q = $('prochaine-question');
      q.hidden = !response.question;
      q.replaceChildren();
      if (response.question) {
        q.append('Prochaine question\u00a0: ');
        const target = response.question.field ? fieldId(response.question.field) : '';
        q.append(target ? el('a', {href: '#' + target, 'data-field': target, text: response.question.text})
          : response.question.text);
      }
      timeline(response.timeline);
    }
    announce(response.summary);
    measures.updates++;
    if (response.ready && measures.firstResultMs === null) measures.firstResultMs = performance.now();
  }

  function update() {
    clearTimeout(timer);
    measures.pending = false;
    render(JSON.parse(globalThis.numerique.orient(JSON.stringify(readForm()))));
  }

  function later() {
    clearTimeout(timer);
    measures.pending = true;
    timer = setTimeout(update, 150);
  }

  function setup() {
    catalogue = JSON.parse(globalThis.numerique.catalogue());
    measures.readyMs = performance.now();
    $('version').textContent = globalThis.numerique.version;
    options($('f-lead-kind'), catalogue.kinds, '— non renseignée —');
    for (const c of document.querySelectorAll('.champ.code')) c.hidden = !catalogue.lookup;
    if (catalogue.search) {
      $('f-lead-name-aide').hidden = false;
      $('f-lead-name').setAttribute('aria-describedby', 'f-lead-name-aide');
      territoires.proposals($('f-lead-name'));
    }
    if (catalogue.source) {
      $('source-texte').textContent = catalogue.source;
      $('source').hidden = false;
    }
    choices('departement', catalogue.answers, 'radio');
    choices('shared_need', catalogue.answers, 'radio');
    choices('themes', catalogue.themes, 'checkbox');
    choices('practices', catalogue.practices, 'checkbox');
    for (const c of document.querySelectorAll('#projet > fieldset input, #projet > fieldset select')) {
      c.dataset.hint = c.getAttribute('aria-describedby') || '';
    }

    const form = $('projet');
    form.addEventListener('input', later);
    if (catalogue.search) territoires.listen(form, measures, update);
    form.addEventListener('change', later);
    form.addEventListener('submit', (event) => {
      event.preventDefault();
      update();
      $('resultats-titre').focus();
    });
    form.addEventListener('click', (event) => {
      const remove = event.target.closest('.retirer');
      if (!remove) return;
      const row = remove.closest('.ligne');
      const container = row.parentElement;
      const next = row.nextElementSibling || row.previousElementSibling;
      row.remove();
      if (container.id === 'membres') renumber(container, 'members', 'Membre', memberKeys());
      else renumber(container, 'budget', 'Ligne', lineKeys);
      (next ? next.querySelector('input, select') : container.nextElementSibling).focus();
      update();
    });
    $('ajouter-membre').addEventListener('click', () => {
      addMember();
      $('membres').lastElementChild.querySelector('select').focus();
      update();
    });
    $('ajouter-ligne').addEventListener('click', () => {
      addLine();
      $('budget').lastElementChild.querySelector('select').focus();
      update();
    });
    $('exemple').addEventListener('click', () => { fill(catalogue.example); update(); });
    $('vider').addEventListener('click', () => { fill(empty()); update(); $('f-on').focus(); });
    // A question's link takes the focus to the field that answers it.
    document.addEventListener('click', (event) => {
      const link = event.target.closest('a[data-field]');
      if (!link) return;
      const target = $(link.dataset.field);
      if (!target) return;
      event.preventDefault();
      const focusable = target.matches('input, select') ? target : target.querySelector('input, select');
      focusable.focus();
      focusable.scrollIntoView({block: 'center'});
    });

    fill(catalogue.example);
    $('chargement').hidden = true;
    $('chargement').textContent = '';
    update();
  }

  globalThis.onNumeriqueReady = setup;

  async function load() {
    const go = new Go();
    let result;
    try {
      result = await WebAssembly.instantiateStreaming(fetch('simulateur.wasm'), go.importObject);
    } catch (streaming) {
      // A host that does not serve .wasm as application/wasm.
      const bytes = await (await fetch('simulateur.wasm')).arrayBuffer();
      result = await WebAssembly.instantiate(bytes, go.importObject);
    }
    go.run(result.instance);
  }

  load().catch((err) => {
    $('chargement').textContent = 'Le simulateur n’a pas pu se charger\u00a0: ' + err;
  });
})();
