// The view of the simulator's page: it draws what the bridge answers — the
// cards of the schemes, the bars of their money, the timeline of the
// sessions — as it is, computing nothing. simulateur.js calls it.
'use strict';

globalThis.simulateurVue = (function () {
  const $ = (id) => document.getElementById(id);

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

  // The id of the input for a field of the bridge: "budget.1.amount" is
  // "f-budget-1-amount".
  const fieldId = (field) => 'f-' + field.replaceAll('.', '-');

  // money draws the lines of money of a card, or of its next session.
  function money(m) {
    const out = [];
    if (m.lines.length) {
      const dl = el('dl', {class: 'argent', 'data-promise': m.promise});
      for (const l of m.lines) {
        const dd = el('dd');
        if (l.amount) dd.append(el('span', {class: 'montant', 'data-figure': l.key, text: l.amount}));
        if (l.note) dd.append(l.amount ? ' ' : '', el('span', {class: 'note', text: l.amount && l.key === 'grant' ? `(${l.note})` : l.note}));
        dl.append(el('div', {'data-key': l.key}, el('dt', {text: l.label}), dd));
      }
      out.push(dl);
    }
    if (m.bar.length) out.push(bar(m.bar));
    return out;
  }

  // card draws the card of one scheme.
  function card(o) {
    const title = 'carte-' + o.scheme + '-titre';
    const article = el('article', {class: 'carte verdict-' + o.verdict, id: 'carte-' + o.scheme, 'data-scheme': o.scheme,
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

    article.append(...money(o.money));
    if (o.apply) {
      article.append(el('p', {class: 'deposer'}, 'Demande à déposer\u00a0: ', el('span', {'data-figure': 'apply', text: o.apply})));
    }

    if (o.next) {
      const next = el('div', {class: 'suivante', 'data-session': o.next.session});
      next.append(el('p', {},
        `Prochaine session\u00a0: ${o.next.name}, ${o.next.calendar}\u00a0; votre projet y serait\u00a0: `,
        el('strong', {'data-figure': 'next-verdict', text: o.next.verdict_label})));
      if (o.next.reasons.length) {
        next.append(el('ul', {class: 'criteres raisons'}, ...o.next.reasons.map((r) => el('li', {'data-outcome': 'not-met'},
          el('span', {class: 'marque', 'aria-hidden': 'true', text: '✗'}),
          el('span', {class: 'visuellement-cache', text: 'Non satisfait\u00a0: '}),
          el('span', {'data-figure': 'next-reason', text: r})))));
      }
      next.append(...money(o.next.money));
      article.append(next);
    }

    if (o.questions.length) {
      const questions = el('ol', {class: 'questions'});
      for (const q of o.questions) {
        const text = el('span', {text: q.text});
        const target = q.field ? fieldId(q.field) : '';
        questions.append(el('li', {'data-fact': q.fact},
          target ? el('a', {href: '#' + target, 'data-field': target}, text) : text));
      }
      const heading = o.questions_for ? `Pour conclure pour la ${o.questions_for}, répondez à\u00a0:` : 'Pour conclure, répondez à\u00a0:';
      article.append(el('h4', {text: heading}), questions);
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

  // percent places a day of the timeline, as a share of its width.
  const percent = (t, day) => `${(100 * day / t.days).toFixed(3)}%`;

  // timeline draws the sessions' phases, in HTML: each session a row, its
  // name above a track as wide as the page, so that the whole line fits any
  // screen and every text wraps rather than shrinks. Month labels are
  // written every one, two, three, six or twelve months, as the width
  // allows; the same text is listed under the line.
  function timeline(t) {
    const frise = $('frise');
    const last = t.months[t.months.length - 1];
    const line = el('div', {class: 'frise', role: 'img',
      'aria-label': `Frise des sessions, de ${t.months[0].label} ${t.months[0].year} à ${last.label} ${last.year}, date d’orientation le ${t.on_label}\u00a0; le détail est donné en texte sous la frise.`});
    const months = el('div', {class: 'frise-mois'});
    const width = frise.clientWidth || 700;
    const every = [1, 2, 3, 6, 12].find((k) => width * k / t.months.length >= 44) || 12;
    t.months.forEach((m, i) => {
      const tick = el('span', {class: 'frise-tick', style: `left: ${percent(t, m.offset)}`, 'data-month': i});
      if (i % every === 0) tick.append(el('span', {class: 'frise-mois-texte', text: m.label}));
      if (i % every === 0 && (i === 0 || m.label === 'janv.')) tick.append(el('span', {class: 'frise-annee', text: String(m.year)}));
      months.append(tick);
    });
    line.append(months);
    const rows = el('div', {class: 'frise-lignes'});
    for (const r of t.rows) {
      const track = el('div', {class: 'frise-piste'});
      for (const p of r.phases) {
        track.append(el('span', {class: p.intake ? 'phase depot' : 'phase', 'data-phase': p.id,
          'data-open-ended': p.open_ended || null, title: `${p.name}\u00a0: ${p.window} (${p.status_label})`,
          style: `left: ${percent(t, p.from)}; width: ${percent(t, p.to + 1 - p.from)}`}));
      }
      rows.append(el('div', {class: 'frise-ligne', 'data-scheme': r.scheme, 'data-session': r.session},
        el('p', {class: 'frise-nom', text: `${r.name} — ${r.session_name}`}), track));
    }
    line.append(rows);
    // A date far from the sessions is marked, dashed, at the edge it
    // stands beyond: the line does not reach it. Its label runs toward
    // the middle of the line.
    const on = t.outside === 'before' ? 0 : t.outside === 'after' ? t.days : t.on + 0.5;
    line.append(el('div', {class: 'frise-dates'},
      el('div', {class: 'marque-date' + (t.outside ? ' dehors' : ''), style: `left: ${percent(t, on)}`, 'data-outside': t.outside || null},
        el('span', {class: 'marque-texte' + (on > t.days / 2 ? ' a-gauche' : ''), text: t.on_label}))));
    frise.replaceChildren(line);

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
