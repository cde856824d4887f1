// What Cockpit 7.24 writes in a way no configuration reaches, as an office reads it:
//  - dates (dd/MM/yyyy HH:mm:ss): Cockpit fixes its "normal" date format to ISO
//    (YYYY-MM-DDTHH:mm:ss) in its bootstrap and, unlike Tasklist, ignores config.js's dateFormat;
//    custom scripts are ES modules without access to its date filter;
//  - the heading "Actions" of the variables table, written in English in its template rather than
//    taken from the locale files.
// So the text Cockpit renders is rewritten where it appears: only a text node that is exactly such
// a date or such a heading, never an input, so what a user edits and what the API returns stay as
// they are.
const ISO = /^(\s*)(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2}):(\d{2})(\s*)$/;
const HEADINGS = {Actions: 'Thao tác'};

function isHeading(node) {
  const cell = node.parentElement;
  return cell != null && cell.classList.contains('actions') && cell.closest('thead') != null
    && Object.prototype.hasOwnProperty.call(HEADINGS, node.nodeValue.trim());
}

function rewrite(node) {
  if (node.nodeType === Node.TEXT_NODE) {
    const match = ISO.exec(node.nodeValue);
    if (match) {
      const [, before, year, month, day, hour, minute, second, after] = match;
      node.nodeValue = `${before}${day}/${month}/${year} ${hour}:${minute}:${second}${after}`;
    } else if (isHeading(node)) {
      node.nodeValue = HEADINGS[node.nodeValue.trim()];
    }
    return;
  }
  if (node.nodeType === Node.ELEMENT_NODE && !['INPUT', 'TEXTAREA', 'SCRIPT', 'STYLE'].includes(node.tagName)) {
    node.childNodes.forEach(rewrite);
  }
}

new MutationObserver(mutations => mutations.forEach(mutation => {
  if (mutation.type === 'characterData') {
    rewrite(mutation.target);
  } else {
    mutation.addedNodes.forEach(rewrite);
  }
})).observe(document.documentElement, {childList: true, subtree: true, characterData: true});
rewrite(document.documentElement);
