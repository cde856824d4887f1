// Dates as an office reads them (dd/MM/yyyy HH:mm:ss). Cockpit 7.24 fixes its "normal" date format
// to ISO (YYYY-MM-DDTHH:mm:ss) in its bootstrap and, unlike Tasklist, ignores config.js's
// dateFormat; custom scripts are ES modules without access to its date filter. So the text Cockpit
// renders with that format is rewritten where it appears: only a text node that is exactly such a
// date, never an input, so what a user edits and what the API returns stay as they are.
const ISO = /^(\s*)(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2}):(\d{2})(\s*)$/;

function rewrite(node) {
  if (node.nodeType === Node.TEXT_NODE) {
    const match = ISO.exec(node.nodeValue);
    if (match) {
      const [, before, year, month, day, hour, minute, second, after] = match;
      node.nodeValue = `${before}${day}/${month}/${year} ${hour}:${minute}:${second}${after}`;
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
