// The product's own face in every webapp (Welcome, Tasklist, Cockpit, Admin), where Camunda's shows
// in a way no configuration reaches (camunda-commons-ui's widgets, 7.24):
//  - the footer (cam-widget-footer) names the product, as the app's config.js does, instead of
//    "Powered by Camunda Platform / v7.24.0" with its link to camunda.org, and says "Giờ Việt Nam"
//    instead of the browser's zone name ("Asia/Saigon") when that zone is Vietnam's;
//  - the header's app switch (cam-widget-header: "Welcome", "Cockpit", "Tasklist", "Admin", written
//    in English in its script) names the apps as the app's locale file does (COCKPIT_APP …);
//  - Camunda's logo beside the product's name in the header is not shown;
//  - on a phone the footer keeps to one line: the zone's name without its label, in smaller type;
//  - no link leaves the server: a link to another site is shown as its text only, and Camunda's
//    migration banner (hidden by user-styles.css, but holding a link to camunda.io) is removed,
//    except in Admin, where administrators keep it.
// Texts are set as text nodes only; the page is watched, since the apps redraw these parts.

/** The zones a browser in Vietnam reports (the first is the older name Chromium still uses). */
const VIETNAM_ZONES = ['Asia/Saigon', 'Asia/Ho_Chi_Minh'];
/** The Welcome page's own name (glossary: Welcome (page) → Trang chào). */
const WELCOME = 'Trang chào';

const STYLE_ID = 'followup-product-style';
if (!document.getElementById(STYLE_ID)) {
  const style = document.createElement('style');
  style.id = STYLE_ID;
  style.textContent = `
.navbar-brand .brand-logo { display: none !important; }
@media (max-width: 600px) {
  [cam-widget-footer] .followup-zone-label { display: none; }
  [cam-widget-footer] { font-size: 10px; }
  [cam-widget-footer] .col-xs-6 { white-space: nowrap; }
}`;
  document.head.appendChild(style);
}

function zoneName(zone) {
  return VIETNAM_ZONES.includes(zone) ? 'Giờ Việt Nam' : zone;
}

function setText(element, text) {
  if (element && element.textContent !== text) {
    element.textContent = text;
  }
}

function isExternal(anchor) {
  const href = anchor.getAttribute('href');
  if (!href || !/^(https?:)?\/\//i.test(href.trim())) {
    return false;
  }
  try {
    return new URL(href, window.location.href).host !== window.location.host;
  } catch (e) {
    return true;
  }
}

/**
 * Makes the app's pages the product's.
 *
 * @param appName   'welcome', 'tasklist', 'cockpit' or 'admin'
 * @param appConfig the app's config.js (its `app.name` and `app.vendor` name the product)
 */
export function productFace(appName, appConfig) {
  const product = [appConfig.app && appConfig.app.name, appConfig.app && appConfig.app.vendor]
    .filter(Boolean).join(' — ');
  const appNames = {welcome: WELCOME};
  fetch('../locales/vi.json', {credentials: 'same-origin'})
    .then(response => (response.ok ? response.json() : {labels: {}}))
    .then(locale => {
      ['cockpit', 'tasklist', 'admin'].forEach(app => {
        appNames[app] = locale.labels[app.toUpperCase() + '_APP'];
      });
      apply();
    })
    .catch(() => null);

  function apply() {
    const footer = document.querySelector('footer[cam-widget-footer], footer');
    if (footer) {
      const zone = footer.querySelector('#footer-timezone i');
      if (zone) {
        setText(zone, zoneName(zone.textContent.trim()));
        const label = zone.previousSibling;
        if (label && label.nodeType === Node.TEXT_NODE && label.nodeValue.trim()) {
          // The label's own text node (the app keeps it translated) moves into a span a phone hides.
          const span = document.createElement('span');
          span.className = 'followup-zone-label';
          zone.parentNode.insertBefore(span, zone);
          span.appendChild(label);
        }
      }
      const credit = footer.querySelector('.row > .col-xs-6:not(#footer-timezone)');
      if (credit && product && credit.getAttribute('data-followup') !== 'product') {
        credit.setAttribute('data-followup', 'product');
        credit.replaceChildren(document.createTextNode(product));
      }
    }
    document.querySelectorAll('.app-switch .dropdown-menu > li').forEach(item => {
      const name = appNames[Array.from(item.classList).find(app => appNames[app])];
      const link = item.querySelector('a');
      if (name && link) {
        setText(link, name);
      }
    });
    if (appName !== 'admin') {
      document.querySelectorAll('.ce-eol-banner').forEach(banner => banner.remove());
    }
    document.querySelectorAll('a[href]').forEach(anchor => {
      if (isExternal(anchor)) {
        anchor.replaceWith(document.createTextNode(anchor.textContent));
      }
    });
  }

  let pending = false;
  new MutationObserver(() => {
    if (!pending) {
      pending = true;
      // A timer, not an animation frame: a page in the background gets no frames.
      setTimeout(() => {
        pending = false;
        apply();
      }, 50);
    }
  }).observe(document.documentElement, {childList: true, subtree: true, characterData: true});
  apply();
}
