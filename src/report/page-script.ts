/**
 * The report's only script: fills the card for a clicked (or keyboard-activated) quote, outlines every
 * piece of the hovered quote, and dims the quotes of other speakers when a speaker is picked in the panel.
 * It writes text with `textContent` only, so nothing from the article is ever parsed as HTML.
 */
export const PAGE_SCRIPT = `
(function () {
  'use strict';
  var data = JSON.parse(document.getElementById('whosaid-data').textContent);
  var quotes = {};
  data.quotes.forEach(function (q) { quotes[q.id] = q; });
  var card = document.getElementById('card');
  var selected = null;

  function pieces(id) { return document.querySelectorAll('[data-q="' + CSS.escape(id) + '"]'); }
  function mark(id, cls, on) { pieces(id).forEach(function (el) { if (el.classList.contains('q')) el.classList.toggle(cls, on); }); }
  function row(dl, label, value) {
    if (value === null || value === undefined || value === '') return;
    var dt = document.createElement('dt'); dt.textContent = label;
    var dd = document.createElement('dd'); dd.textContent = value;
    dl.appendChild(dt); dl.appendChild(dd);
  }
  function hide() {
    if (selected) mark(selected, 'sel', false);
    selected = null;
    card.hidden = true;
  }
  function show(id, anchor) {
    var q = quotes[id];
    if (!q) return;
    hide();
    selected = id;
    mark(id, 'sel', true);
    card.replaceChildren();
    card.className = anchor.className.split(' ').filter(function (c) { return c.indexOf('sp-') === 0; }).join(' ');
    var text = document.createElement('p'); text.className = 'quote'; text.textContent = q.text;
    var dl = document.createElement('dl');
    row(dl, 'Speaker', q.speaker || 'unattributed');
    row(dl, 'Role', q.role);
    row(dl, 'Why', q.speakerReason);
    row(dl, 'Mention', q.mention);
    row(dl, 'Cue', q.cue);
    row(dl, 'To', q.addressee);
    row(dl, 'Kind', q.kind);
    row(dl, 'Confidence', Math.round(q.confidence * 100) + '%');
    row(dl, 'Rules', q.rules.join(', '));
    card.appendChild(text); card.appendChild(dl);
    card.hidden = false;
    var r = anchor.getBoundingClientRect();
    var left = Math.max(8, Math.min(r.left + window.scrollX, window.scrollX + document.documentElement.clientWidth - card.offsetWidth - 8));
    card.style.left = left + 'px';
    card.style.top = (r.bottom + window.scrollY + 6) + 'px';
  }
  document.addEventListener('click', function (e) {
    var el = e.target.closest('[data-q]');
    if (el) { show(el.getAttribute('data-q'), el); return; }
    var sp = e.target.closest('[data-speaker]');
    if (sp) { focusSpeaker(sp); return; }
    if (!card.contains(e.target)) hide();
  });
  document.addEventListener('keydown', function (e) {
    if (e.key === 'Escape') { hide(); return; }
    var el = document.activeElement;
    if ((e.key === 'Enter' || e.key === ' ') && el && el.hasAttribute('data-q')) { e.preventDefault(); show(el.getAttribute('data-q'), el); }
  });
  document.addEventListener('mouseover', function (e) {
    var el = e.target.closest('[data-q]');
    if (el) mark(el.getAttribute('data-q'), 'hover', true);
  });
  document.addEventListener('mouseout', function (e) {
    var el = e.target.closest('[data-q]');
    if (el) mark(el.getAttribute('data-q'), 'hover', false);
  });
  function focusSpeaker(item) {
    var id = item.getAttribute('data-speaker');
    var on = !item.classList.contains('on');
    document.querySelectorAll('[data-speaker]').forEach(function (x) { x.classList.toggle('on', on && x === item); });
    document.querySelectorAll('.q[data-q]').forEach(function (el) {
      var q = quotes[el.getAttribute('data-q')];
      el.classList.toggle('dim', on && (!q || q.speakerId !== (id || null)));
    });
  }
})();
`;
