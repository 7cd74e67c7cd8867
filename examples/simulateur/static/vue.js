// The view of the simulator's page: it draws what the bridge answers — the
// cards of the schemes, the bars of their money, the timeline of the
// sessions — as it is, computing nothing. simulateur.js calls it.
'use strict';

globalThis.simulateurVue = (function () {
  const $ = (id) => document.getElementById(id);
  const SVG = 'http://www.w3.org/2000/svg';

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
    for (const [name, value] of Object.entries(attrs || {})) {
      if (value !== null && value !== undefined) node.setAttribute(name, value);
    }
    for (const child of children) node.append(child);
    return node;
  }

  // The id of the input for a field of the bridge: "budget.1.amount" is
  // "f-budget-1-amount".
  const fieldId = (field) => 'f-' + field.replaceAll('.', '-');

  // card draws the card of one scheme.
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
      'aria-label': `Frise des sessions, du ${t.months[0].label} ${t.months[0].year} à ${t.months[t.months.length - 1].label} ${t.months[t.months.length - 1].year}, date d’orientation le ${t.on_label}\u00a0; le détail est donné en texte sous la frise.`});
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
    // A date far from the sessions is marked, dashed, at the edge it
    // stands beyond: the line does not reach it.
    const on = x(t.outside === 'before' ? 0 : t.outside === 'after' ? t.days : t.on + 0.5);
    out.append(svg('line', {x1: on, y1: 16, x2: on, y2: height - 2, class: 'marque-date',
      'stroke-dasharray': t.outside ? '4 3' : null, 'data-outside': t.outside || null}));
    const label = svg('text', {x: on + (on > width / 2 ? -4 : 4), y: 12, class: 'marque-texte',
      'text-anchor': on > width / 2 ? 'end' : 'start'});
    label.textContent = t.on_label;
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

  return {el, fieldId, card, timeline};
})();
