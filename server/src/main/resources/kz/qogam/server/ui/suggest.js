// Autocomplete on a text box from /api/suggest: every entity any of whose names starts with the
// letters typed; when none does (an inflected form such as «Муратовой»), the best search hits.
// Arrow keys move, Enter or a click picks, Escape closes.
import { api, clear, debounce, h, kindBadge } from './dom.js';

export function autocomplete(input, onPick) {
  const list = h('ul', { class: 'suggestions', role: 'listbox', id: input.id + '-suggestions', hidden: true });
  input.setAttribute('autocomplete', 'off');
  input.setAttribute('role', 'combobox');
  input.setAttribute('aria-autocomplete', 'list');
  input.setAttribute('aria-controls', list.id);
  input.setAttribute('aria-expanded', 'false');
  input.after(list);
  let items = [];
  let active = -1;

  const close = () => {
    list.hidden = true;
    input.setAttribute('aria-expanded', 'false');
    active = -1;
  };
  const pick = (hit) => {
    close();
    onPick(hit);
  };
  const highlight = () => {
    [...list.children].forEach((li, i) => li.setAttribute('aria-selected', String(i === active)));
  };
  const update = debounce(async () => {
    const q = input.value.trim();
    if (!q) return close();
    let body;
    try {
      body = await api('/api/suggest', { q, limit: 8 });
      if (body.results.length === 0) body = await api('/api/search', { q, limit: 8 });
    } catch (e) {
      return close();
    }
    if (input.value.trim() !== q) return;
    items = body.results;
    clear(list);
    items.forEach((hit, i) => list.append(h('li', {
      role: 'option', id: list.id + '-' + i, 'aria-selected': 'false',
      onmousedown: (ev) => { ev.preventDefault(); pick(hit); },
    }, kindBadge(hit.kind), ' ', h('span', { class: 'label' }, hit.label || hit.matched),
    hit.matched && hit.matched !== hit.label ? h('small', {}, ' «', hit.matched, '»') : '')));
    list.hidden = items.length === 0;
    input.setAttribute('aria-expanded', String(!list.hidden));
    active = -1;
  }, 120);

  input.addEventListener('input', update);
  input.addEventListener('keydown', (ev) => {
    if (list.hidden) return;
    if (ev.key === 'ArrowDown' || ev.key === 'ArrowUp') {
      ev.preventDefault();
      active = (active + (ev.key === 'ArrowDown' ? 1 : -1) + items.length) % items.length;
      highlight();
    } else if (ev.key === 'Enter' && active >= 0) {
      ev.preventDefault();
      pick(items[active]);
    } else if (ev.key === 'Escape') {
      close();
    }
  });
  input.addEventListener('blur', () => setTimeout(close, 150));
}
