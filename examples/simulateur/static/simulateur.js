// The simulator's page: it shows the form and the example's results that
// the build wrote into the page, loads the library compiled to WebAssembly,
// reads the form into a request, and shows the response as it is. It
// computes nothing: every figure and sentence comes from the bridge
// (examples/simulateur/bridge), at build time for the first result, then
// through globalThis.numerique.
'use strict';

(function () {
  const $ = (id) => document.getElementById(id);
  // The data of the page, which the build writes: the version of Go, the
  // catalogue of the form, the answer to its example, and where the data
  // on the territories goes.
  const data = JSON.parse($('donnees').textContent);

  // What tests and curious people may read, in milliseconds since the
  // navigation began (performance.now): when the first result was shown
  // (the build's), when the module was ready and its first result shown,
  // when a person first changed the form and when the module first
  // answered that change, how long the territories took to arrive; how
  // many times the results were shown, whether an update waits (for the
  // person to pause, the module or the territories), the last response and
  // the build's; likewise for the bodies proposed as a name is typed.
  const measures = window.simulateur = {firstResultMs: null, readyMs: null, liveMs: null, changedMs: null,
    answeredMs: null, compiledMs: null, territoriesMs: null, updates: 0, pending: false, last: null, prerendered: data.example,
    searches: 0, searching: false};

  let catalogue = null;
  let timer = 0;
  let announceTimer = 0;
  let instance = null; // the module's instance, once it runs
  let territoriesLoad = null; // the promise of the territories in place
  let withTerritories = false; // the territories are in place
  let withoutTerritories = false; // the territories could not be loaded
  // The fields that the person has left, or changed by a choice: their
  // problems show; all of them after « Voir les résultats ».
  const touched = new Set();
  let showAll = false;

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
      requested: $('f-requested').value,
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
    $('f-requested').value = r.requested || '';
    $('f-start').value = r.start || '';
    $('f-results').value = r.results || '';
    $('budget').replaceChildren();
    (r.budget || []).forEach(addLine);
    if (!(r.budget || []).length) addLine();
  }

  const empty = () => ({on: '', title: '', lead: {}, members: [], departement: '', shared_need: '',
    themes: [], practices: [], requested: '', start: '', results: '', budget: []});

  // --- Problems on their fields -------------------------------------------

  // describe ties a control to its hint, the body its code names and its
  // error message, if any.
  function describe(c) {
    const ids = [c.dataset.hint, c.dataset.found, c.dataset.error].filter(Boolean);
    if (ids.length) c.setAttribute('aria-describedby', ids.join(' '));
    else c.removeAttribute('aria-describedby');
  }

  // shown reports whether the problem on target shows: once the person has
  // left it, or a field within it, or asked for the results.
  const shown = (target) => showAll || touched.has(target.id);

  // touch marks a control as left by the person, and the groups it is in.
  function touch(control) {
    for (let node = control; node && node.id !== 'projet'; node = node.parentElement) {
      if (node.id) touched.add(node.id);
    }
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
      if (!shown(target)) continue;
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
      for (const s of e.suggestions || []) {
        box.append(' ', el('button', {type: 'button', class: 'suggestion', 'data-code': s.code, 'data-for': target.id,
          text: `${s.code} — ${s.name}`}));
      }
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

  // deduce shows under a question what the official data answers to it.
  function deduce(notes) {
    const box = $('f-departement-deduit');
    const note = notes.find((n) => n.field === 'departement');
    box.hidden = !note;
    box.textContent = note ? note.message : '';
  }

  // glance shows the results in brief, for a narrow screen.
  function glance(response) {
    const g = response.glance;
    $('sommaire-verdicts').textContent = g ? g.verdicts : response.summary;
    $('sommaire-subvention').textContent = g ? g.best : '';
    $('sommaire-subvention').hidden = !g;
  }

  // clear removes the results: the form no longer has a project.
  function clear() {
    $('cartes').replaceChildren();
    $('frise').replaceChildren();
    $('frise-texte').replaceChildren();
    $('prochaine-question').hidden = true;
    $('perime').hidden = true;
  }

  // render shows a response: the module's when live, else the build's.
  function render(response, live) {
    measures.last = response;
    territoires.showFound(response.found, describe);
    showErrors(response.errors);
    deduce(response.deduced);
    if (!response.ready && !$('f-on').value.trim()) clear();
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
    glance(response);
    announce(response.summary);
    measures.updates++;
    const now = performance.now();
    if (response.ready && measures.firstResultMs === null) measures.firstResultMs = now;
    if (live) {
      $('attente').hidden = true;
      if (measures.liveMs === null) measures.liveMs = now;
      if (measures.changedMs !== null && measures.answeredMs === null) measures.answeredMs = now;
    }
  }

  // needsTerritories reports whether a request gives an official code.
  const needsTerritories = (r) => !withoutTerritories && [r.lead, ...r.members].some((b) => (b.code || '').trim());

  function update() {
    clearTimeout(timer);
    measures.pending = true;
    const request = readForm();
    if (!globalThis.numerique) {
      // The module's arrival shows the results again.
      $('attente').hidden = false;
      return;
    }
    if (needsTerritories(request) && !withTerritories) {
      territories().then(update);
      return;
    }
    measures.pending = false;
    render(JSON.parse(globalThis.numerique.orient(JSON.stringify(request))), true);
  }

  function later() {
    clearTimeout(timer);
    measures.pending = true;
    timer = setTimeout(update, 150);
  }

  // territories fetches the data on the territories, once, and writes it
  // where the module expects it, then tells the module; the promise
  // resolves once it is done, or has failed, saying so.
  function territories() {
    if (!territoriesLoad) {
      const start = performance.now();
      const t = data.territories;
      territoriesLoad = (async () => {
        await ready;
        const response = await fetch(t.file);
        if (!response.ok) throw new Error(`${t.file}\u00a0: ${response.status}`);
        const bytes = new Uint8Array(await response.arrayBuffer());
        if (bytes.length !== t.size) throw new Error(`${t.file}\u00a0: ${bytes.length} octets au lieu de ${t.size}`);
        new Uint8Array(instance.exports.mem.buffer, t.address, t.size).set(bytes);
        const err = globalThis.numerique.territories();
        if (err) throw new Error(err);
        withTerritories = true;
        measures.territoriesMs = performance.now() - start;
      })().catch((err) => {
        withoutTerritories = true;
        const general = $('erreurs-generales');
        general.append(el('p', {text: 'Les collectivités et leurs codes n’ont pas pu être chargés\u00a0: ' + err.message}));
        general.hidden = false;
      });
    }
    return territoriesLoad;
  }

  function setup() {
    catalogue = data.catalogue;
    $('version').textContent = data.version;
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
    const changed = () => {
      if (measures.changedMs === null) measures.changedMs = performance.now();
      later();
    };
    form.addEventListener('input', changed);
    if (catalogue.search) territoires.listen(form, measures, update, territories);
    form.addEventListener('change', (event) => {
      touch(event.target);
      changed();
    });
    // A field's problems show once the person leaves it.
    form.addEventListener('focusout', (event) => {
      if (!event.target.matches('input, select')) return;
      touch(event.target);
      if (measures.last) showErrors(measures.last.errors);
    });
    form.addEventListener('submit', (event) => {
      event.preventDefault();
      showAll = true;
      update();
      if (measures.last) showErrors(measures.last.errors);
      $('resultats-titre').focus();
    });
    form.addEventListener('click', (event) => {
      const suggestion = event.target.closest('.suggestion');
      if (suggestion) {
        const code = $(suggestion.dataset.for);
        code.value = suggestion.dataset.code;
        code.focus();
        update();
        return;
      }
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
    // A new start: no field left yet, no problem shown.
    const restart = (r) => {
      touched.clear();
      showAll = false;
      fill(r);
    };
    $('exemple').addEventListener('click', () => {
      restart(catalogue.example);
      if (globalThis.numerique) update();
      else render(data.example, false); // the example's answer, as the module gives it
    });
    $('vider').addEventListener('click', () => {
      restart(empty());
      clear();
      update();
      $('f-on').focus();
    });
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
    render(data.example, false);
    // The timeline fits the width of the screen: it is drawn again when
    // the width changes.
    let width = $('frise').clientWidth;
    window.addEventListener('resize', () => {
      if ($('frise').clientWidth !== width && measures.last && measures.last.ready) {
        width = $('frise').clientWidth;
        timeline(measures.last.timeline);
      }
    });
  }

  // ready resolves once the module runs and numerique is in place; the
  // results are then those of the module.
  const ready = new Promise((resolve) => {
    globalThis.onNumeriqueReady = () => {
      measures.readyMs = performance.now();
      $('version').textContent = globalThis.numerique.version;
      resolve();
      update();
    };
  });

  // load compiles the module as it arrives — the page asked for it from
  // its head — and runs it.
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
    measures.compiledMs = performance.now();
    instance = result.instance;
    go.run(instance);
  }

  // The module compiles on the browser's other threads while the page
  // draws its first result.
  const loading = load();
  setup();
  loading.catch((err) => {
    $('attente').hidden = false;
    $('attente').textContent = 'Le simulateur n’a pas pu se charger\u00a0: ' + err;
  });
})();
