// What the product's webapp scripts share (Cockpit's audit views and dashboard, Tasklist's documents
// tab and mail preference): building the page from elements and text nodes only, reading the
// project's API as JSON, the webapps' CSRF token and the zone every deadline is in. A plain ES module
// that the scripts import by a relative path (`../../followup/followup-web.js`); no build step.
// Values are user input: every text goes into the page as a text node, never as HTML.

/** The zone of every deadline (DeadlineSchedule.VIETNAM on the server), whatever the browser's. */
export const TIME_ZONE = 'Asia/Ho_Chi_Minh';

/**
 * A date typed as dd/mm/yyyy (one-digit day and month allowed) as ISO 'yyyy-MM-dd'; null for text
 * of another form, or {impossible: 'dd/mm/yyyy'} for a day that does not exist (32/13/2026).
 */
export function typedDate(text) {
  const match = /^\s*(\d{1,2})\/(\d{1,2})\/(\d{4})\s*$/.exec(text || '');
  if (!match) {
    return null;
  }
  const [day, month, year] = [Number(match[1]), Number(match[2]), Number(match[3])];
  const date = new Date(Date.UTC(year, month - 1, day));
  if (date.getUTCFullYear() !== year || date.getUTCMonth() !== month - 1 || date.getUTCDate() !== day) {
    return {impossible: match[1] + '/' + match[2] + '/' + match[3]};
  }
  return String(year).padStart(4, '0') + '-' + String(month).padStart(2, '0') + '-' + String(day).padStart(2, '0');
}

/** An element with its attributes (className, on… handlers, true for a bare attribute) and children. */
export function h(tag, attributes, ...children) {
  const element = document.createElement(tag);
  Object.entries(attributes || {}).forEach(([name, value]) => {
    if (value === null || value === undefined || value === false) {
      return;
    }
    if (name === 'className') {
      element.className = value;
    } else if (name.startsWith('on')) {
      element.addEventListener(name.substring(2).toLowerCase(), value);
    } else {
      element.setAttribute(name, value === true ? '' : String(value));
    }
  });
  append(element, children);
  return element;
}

function append(element, children) {
  children.flat(Infinity).forEach(child => {
    if (child !== null && child !== undefined && child !== false) {
      element.appendChild(child instanceof Node ? child : document.createTextNode(String(child)));
    }
  });
}

/** Replaces a node's content; absent parts (null, false) are left out. */
export function show(node, ...children) {
  node.replaceChildren();
  append(node, children);
}

/** A refused request: its HTTP status and the server's own message, if it gave one. */
export class HttpError extends Error {
  constructor(status, message) {
    super(message || 'HTTP ' + status);
    this.status = status;
    this.serverMessage = message || null;
  }
}

/** GET as JSON with the webapp's session; null for 204; an HttpError with the server's message otherwise. */
export async function getJson(url, params) {
  const query = params ? '?' + new URLSearchParams(params).toString() : '';
  const response = await fetch(url + query, {credentials: 'same-origin',
    headers: {Accept: 'application/json', 'X-Requested-With': 'XMLHttpRequest'}});
  if (!response.ok) {
    let message = null;
    try {
      message = (await response.json()).message;
    } catch (e) {
      // no JSON body
    }
    throw new HttpError(response.status, message);
  }
  return response.status === 204 ? null : response.json();
}

/** The webapps' CSRF token, which the project API requires of a change made with the session. */
export function csrfToken() {
  const match = document.cookie.match(/(?:^|;\s*)XSRF-TOKEN=([^;]*)/);
  return match ? decodeURIComponent(match[1]) : '';
}
