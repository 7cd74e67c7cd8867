// The simulator's page: it loads the library compiled to WebAssembly, reads
// the form into a request, and shows the response as it is. It computes
// nothing: every figure and sentence comes from the bridge
// (examples/simulateur/bridge), through globalThis.numerique.
'use strict';

(function () {
  // What tests and curious people may read: when the module was ready and
  // when the first result was shown, in milliseconds since the page began
  // to load (performance.now), how many times the results were shown,
  // whether an update waits for the person to pause, and the last response.
  const measures = window.simulateur = {readyMs: null, firstResultMs: null, updates: 0, pending: false, last: null};

  const $ = (id) => document.getElementById(id);
  const SVG = 'http://www.w3.org/2000/svg';
  let catalogue = null;
  let timer = 0;
  let announceTimer = 0;

  // el builds an element: attributes, then children (nodes or text).
  function el(tag, attrs, ...children) {
    const node = document.createElement(tag);
    for (const [name, value] of Object.entries(attrs || {})) {
      if (value === false || value === null || value === undefined) continue;
      if (name === 'text') node.textContent = value;
      else node.setAttribute(name, value === true ? '' : value);
    }
    for (const child of children) {
      if (child !== null && child !== undefined) node.append(child);
    }
    return node;
  }

  function svg(tag, attrs, ...children) {
    const node = document.createElementNS(SVG, tag);
    for (const [name, value] of Object.entries(attrs || {})) node.setAttribute(name, value);
    for (const child of children) node.append(child);
    return node;
  }

  // The id of the input for a field of the bridge: "budget.1.amount" is
  // "f-budget-1-amount".
  const fieldId = (field) => 'f-' + field.replaceAll('.', '-');

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

  function memberRow(m) {
    const box = el('fieldset', {class: 'ligne membre'}, el('legend'));
    box.append(
      field('', 'Nature', select('', catalogue.kinds, '— non renseignée —', m.kind)),
      field('', 'Nom', input('', m.name)),
      field('', 'Population (habitants)', input('', m.population, 'numeric')),
    );
    if (catalogue.lookup) box.append(field('', 'Code officiel (INSEE ou SIREN)', input('', m.code, 'numeric')));
    box.append(el('button', {type: 'button', class: 'retirer'}));
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

  const memberKeys = () => catalogue.lookup ? ['kind', 'name', 'population', 'code'] : ['kind', 'name', 'population'];
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

  // describe ties a control to its hint and its error message, if any.
  function describe(c) {
    const ids = [c.dataset.hint, c.dataset.error].filter(Boolean);
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

  // --- Results --------------------------------------------------------------

  function card(o) {
    const title = 'carte-' + o.scheme;
    const article = el('article', {class: 'carte verdict-' + o.verdict, 'data-scheme': o.scheme,
      'data-verdict': o.verdict, 'aria-labelledby': title});
    article.append(el('h3', {id: title},
      el('span', {'data-figure': 'name', text: o.name}),
      el('span', {class: 'session', text: ` (${o.operator}) — `},
        el('span', {'data-figure': 'session', text: o.session_name}))));
    article.append(el('p', {class: 'verdict'},
      el('span', {class: 'badge', 'data-figure': 'verdict', text: o.verdict_label})));

    const cal = el('p', {class: 'calendrier', 'data-status': o.status}, 'Dépôt des projets\u00a0: ',
      el('span', {'data-figure': 'calendar', text: o.calendar}));
    if (o.phase) cal.append('\u00a0; étape en cours\u00a0: ', el('span', {'data-figure': 'phase', text: o.phase}));
    article.append(cal);

    const list = el('ul', {class: 'criteres'});
    for (const c of o.criteria) {
      list.append(el('li', {'data-code': c.code, 'data-outcome': c.outcome},
        el('span', {class: 'marque', 'aria-hidden': 'true', text: c.mark}),
        el('span', {class: 'visuellement-cache', text: c.outcome_label + '\u00a0: '}),
        el('strong', {text: c.label}), ' — ',
        el('span', {'data-figure': 'reason', text: c.reason})));
    }
    article.append(list);

    if (o.questions.length) {
      const questions = el('ol', {class: 'questions'});
      for (const q of o.questions) {
        const text = el('span', {text: q.text});
        const target = q.field ? fieldId(q.field) : '';
        questions.append(el('li', {'data-fact': q.fact},
          target ? el('a', {href: '#' + target, 'data-field': target}, text) : text));
      }
      article.append(el('h4', {text: 'Pour conclure, répondez à\u00a0:'}), questions);
    }

    if (o.money.lines.length) {
      const dl = el('dl', {class: 'argent'});
      for (const m of o.money.lines) {
        const dd = el('dd');
        if (m.amount) dd.append(el('span', {class: 'montant', 'data-figure': m.key, text: m.amount}));
        if (m.note) dd.append(m.amount ? ' ' : '', el('span', {class: 'note', text: m.amount && m.key === 'grant' ? `(${m.note})` : m.note}));
        dl.append(el('div', {'data-key': m.key}, el('dt', {text: m.label}), dd));
      }
      article.append(dl);
    }
    if (o.money.bar.length) article.append(bar(o.money.bar));

    if (o.next) {
      article.append(el('p', {class: 'suivante', 'data-session': o.next.session},
        `Prochaine session\u00a0: ${o.next.name}, ${o.next.calendar}\u00a0; votre projet y serait\u00a0: `,
        el('strong', {'data-figure': 'next-verdict', text: o.next.verdict_label})));
    }
    return article;
  }

  function bar(segments) {
    const label = 'Répartition du budget\u00a0: ' + segments.map((s) => `${s.label}, ${s.amount} (${s.share})`).join('\u00a0; ');
    const line = el('div', {class: 'barre', role: 'img', 'aria-label': label});
    const legend = el('ul', {class: 'legende', 'aria-hidden': 'true'});
    for (const s of segments) {
      line.append(el('span', {class: 'part part-' + s.part, style: `width: ${s.permyriad / 100}%`,
        'data-part': s.part, 'data-permyriad': s.permyriad}));
      legend.append(el('li', {}, el('span', {class: 'pastille part-' + s.part}),
        `${s.label}\u00a0: ${s.amount} (${s.share})`));
    }
    return el('div', {class: 'repartition'}, line, legend);
  }

  function timeline(t) {
    const width = 760, left = 8, right = 8, top = 36, row = 42;
    const height = top + t.rows.length * row + 8;
    const x = (day) => left + (width - left - right) * day / t.days;
    const out = svg('svg', {viewBox: `0 0 ${width} ${height}`, role: 'img',
      'aria-label': `Frise des sessions, du ${t.months[0].label} ${t.months[0].year} à ${t.months[t.months.length - 1].label} ${t.months[t.months.length - 1].year}, date d’orientation le ${t.on_french}\u00a0; le détail est donné en texte sous la frise.`});
    out.append(svg('defs', {}, svg('pattern', {id: 'hachures', width: 6, height: 6, patternUnits: 'userSpaceOnUse', patternTransform: 'rotate(45)'},
      svg('rect', {width: 6, height: 6, fill: '#e3e3fd'}), svg('line', {x1: 0, y1: 0, x2: 0, y2: 6, stroke: '#000091', 'stroke-width': 2}))));
    const spacing = (width - left - right) * 30 / t.days;
    const every = spacing >= 34 ? 1 : spacing >= 12 ? 3 : 12;
    t.months.forEach((m, i) => {
      out.append(svg('line', {x1: x(m.offset), y1: 20, x2: x(m.offset), y2: height - 4, class: 'mois'}));
      if (i % every === 0) {
        const text = svg('text', {x: x(m.offset) + 2, y: 30, class: 'mois-texte'});
        text.textContent = m.label + (i === 0 || m.label === 'janv.' ? ' ' + m.year : '');
        out.append(text);
      }
    });
    t.rows.forEach((r, i) => {
      const y = top + i * row;
      const name = svg('text', {x: left, y: y + 12, class: 'session-texte'});
      name.textContent = `${r.name} — ${r.session_name}`;
      out.append(name);
      for (const p of r.phases) {
        const from = x(p.from), to = x(p.to + 1);
        const rect = svg('rect', {x: from, y: y + 18, width: Math.max(to - from, 1), height: 14,
          class: p.intake ? 'phase depot' : 'phase', fill: p.intake ? '#000091' : 'url(#hachures)'});
        const tip = svg('title');
        tip.textContent = `${p.name}\u00a0: ${p.window} (${p.status_label})`;
        rect.append(tip);
        out.append(rect);
        if (p.open_ended) {
          out.append(svg('path', {d: `M${to} ${y + 14} l8 11 l-8 11 z`, class: 'fleche'}));
        }
      }
    });
    const on = x(t.on + 0.5);
    out.append(svg('line', {x1: on, y1: 16, x2: on, y2: height - 2, class: 'marque-date'}));
    const label = svg('text', {x: on + (on > width / 2 ? -4 : 4), y: 12, class: 'marque-texte',
      'text-anchor': on > width / 2 ? 'end' : 'start'});
    label.textContent = t.on_french;
    out.append(label);
    $('frise').replaceChildren(out);

    const text = $('frise-texte');
    text.replaceChildren();
    for (const r of t.rows) {
      const phases = el('ul');
      for (const p of r.phases) {
        phases.append(el('li', {'data-phase': p.id},
          `${p.name}\u00a0: ${p.window}${p.intake ? ' (dépôt des projets)' : ''} — ${p.status_label}`));
      }
      text.append(el('li', {'data-scheme': r.scheme, 'data-session': r.session}, `${r.name} — ${r.session_name}`, phases));
    }
  }

  function announce(text) {
    clearTimeout(announceTimer);
    // Announce once the person pauses, not at every key.
    announceTimer = setTimeout(() => {
      if ($('annonce').textContent !== text) $('annonce').textContent = text;
    }, measures.updates <= 1 ? 0 : 700);
  }

  function render(response) {
    measures.last = response;
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
    choices('departement', catalogue.answers, 'radio');
    choices('shared_need', catalogue.answers, 'radio');
    choices('themes', catalogue.themes, 'checkbox');
    choices('practices', catalogue.practices, 'checkbox');
    for (const c of document.querySelectorAll('#projet > fieldset input, #projet > fieldset select')) {
      c.dataset.hint = c.getAttribute('aria-describedby') || '';
    }

    const form = $('projet');
    form.addEventListener('input', later);
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
