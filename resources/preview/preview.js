// SPDX-FileCopyrightText: 2026 The Postwright authors
// SPDX-License-Identifier: GPL-3.0-or-later
// The preview page's only script. It receives top-level blocks from the editor and patches
// the article in place: a block whose key (hash of its HTML) is unchanged keeps its DOM node,
// so editing one paragraph touches one paragraph, and nothing flickers or jumps.
'use strict';

(function () {
  const body = document.getElementById('pw-body');
  const title = document.getElementById('pw-title');
  let bridge = null;
  let labels = {
    embed: 'Embedded content',
    remoteImage: 'Remote image',
    localImage: 'Local image',
    relativeImage: 'Relative image',
  };
  let lastTop = -1;
  let expectedScrollY = null;
  // A line the editor asked for that the page could not reach yet: its blocks had not
  // arrived (a file just opened, a session restored). Reached when they come, rather than
  // reporting the top of a half-filled page back as if the user had scrolled there.
  let wantedLine = null;

  // Defence in depth behind the CSP: elements that act on the page rather than show content.
  const DROP = 'script, style, link, meta, base, noscript, template, frame, frameset';
  const EMBEDS = 'iframe, object, embed, portal';

  function describeEmbed(el) {
    const src = el.getAttribute('src') || el.getAttribute('data') || '';
    let where = '';
    try { where = new URL(src).host; } catch (e) { where = ''; }
    const box = document.createElement('div');
    box.className = 'pw-embed';
    box.textContent = where ? labels.embed + ' (' + where + ')' : labels.embed;
    return box;
  }

  function sanitize(fragment) {
    fragment.querySelectorAll(DROP).forEach((el) => el.remove());
    fragment.querySelectorAll(EMBEDS).forEach((el) => el.replaceWith(describeEmbed(el)));
    fragment.querySelectorAll('*').forEach((el) => {
      for (const attr of Array.from(el.attributes)) {
        if (/^on/i.test(attr.name) || attr.name === 'srcdoc' || attr.name === 'ping')
          el.removeAttribute(attr.name);
      }
    });
  }

  function makeBlock(key, html) {
    // A template parses inertly: nothing loads or runs until the CSP-governed document adopts it.
    const template = document.createElement('template');
    template.innerHTML = html;
    sanitize(template.content);
    const block = document.createElement('div');
    block.className = 'pw-block';
    block.pwKey = key;
    block.appendChild(template.content);
    return block;
  }

  // Every block node by key (identical blocks share one), so a push can leave out the HTML
  // of a block the page holds already.
  const nodesByKey = new Map();

  function track(node) {
    let nodes = nodesByKey.get(node.pwKey);
    if (!nodes) nodesByKey.set(node.pwKey, (nodes = new Set()));
    nodes.add(node);
  }

  function drop(node) {
    const nodes = nodesByKey.get(node.pwKey);
    if (nodes && nodes.delete(node) && nodes.size === 0) nodesByKey.delete(node.pwKey);
    node.remove();
  }

  function heldHtml(key) {
    const nodes = nodesByKey.get(key);
    if (nodes) for (const node of nodes) return node.pwHtml;
    return '';
  }

  // A new node for block `b`; its HTML comes with it, or with an earlier block of the same
  // push (`pushed`), or from a node the page holds.
  function buildBlock(b, pushed) {
    let html = b.html;
    if (html !== undefined) pushed.set(b.key, html);
    else html = pushed.has(b.key) ? pushed.get(b.key) : heldHtml(b.key);
    const node = makeBlock(b.key, html);
    node.pwHtml = html;
    node.pwBuiltAt = b.first; // the data-sourcepos inside are relative to this
    track(node);
    return node;
  }

  // The attributes are written only when they change: rewriting them on every block at every
  // edit made the page restyle the whole post.
  function setLines(node, first, last) {
    if (node.pwFirst !== first) {
      node.pwFirst = first;
      node.dataset.first = first;
    }
    if (node.pwLast !== last) {
      node.pwLast = last;
      node.dataset.last = last;
    }
  }

  // Puts `nodes` in order from where `cursor` is: a node already in place stays put; only new
  // or moved nodes are inserted.
  function place(nodes, cursor) {
    for (const node of nodes) {
      if (node === cursor) cursor = cursor.nextSibling;
      else body.insertBefore(node, cursor);
    }
  }

  function confirmed(apply, revision) {
    // Always confirm, even if patching failed: the editor sends nothing new until it hears back.
    try {
      apply();
    } catch (e) {
      if (bridge) bridge.resync(); // the next push brings everything again
      throw e;
    } finally {
      if (bridge) bridge.applied(revision);
    }
    // Not reported: new content is no scrolling by the user, and the editor follows reports
    // while the pointer rests here (a report of this page's top, still empty or being
    // filled, pulled the editor away from where the user was).
    if (wantedLine !== null) scrollToLine(wantedLine);
    else lastTop = topLine();
  }

  function applyBlocks(blocks, revision) {
    confirmed(() => patch(blocks), revision);
  }

  function applyChange(change, revision) {
    confirmed(() => splice(change), revision);
  }

  // Replaces everything: each new block takes the first unused node with its key.
  function patch(blocks) {
    const pool = new Map();
    for (const node of Array.from(body.children)) {
      if (!pool.has(node.pwKey)) pool.set(node.pwKey, []);
      pool.get(node.pwKey).push(node);
    }
    const pushed = new Map();
    const wanted = blocks.map((b) => {
      const reusable = pool.get(b.key);
      const node = reusable && reusable.length ? reusable.shift() : buildBlock(b, pushed);
      setLines(node, b.first, b.last);
      return node;
    });
    for (const nodes of pool.values()) nodes.forEach(drop);
    place(wanted, body.firstChild);
  }

  // An edit: `removed` blocks at `from` give way to `blocks`, and the blocks after them move
  // by `shift` lines. Removed blocks whose key comes back keep their nodes.
  function splice(change) {
    const children = body.children;
    if (change.from + change.removed > children.length) throw new Error('preview out of step');
    const removed = Array.prototype.slice.call(children, change.from, change.from + change.removed);
    const after = children[change.from + change.removed] || null;
    const pool = new Map();
    for (const node of removed) {
      if (!pool.has(node.pwKey)) pool.set(node.pwKey, []);
      pool.get(node.pwKey).push(node);
    }
    const pushed = new Map();
    const wanted = change.blocks.map((b) => {
      const reusable = pool.get(b.key);
      const node = reusable && reusable.length ? reusable.shift() : buildBlock(b, pushed);
      setLines(node, b.first, b.last);
      return node;
    });
    place(wanted, removed.length ? removed[0] : after);
    for (const nodes of pool.values()) nodes.forEach(drop);
    if (change.shift) {
      for (let node = after; node; node = node.nextElementSibling)
        setLines(node, node.pwFirst + change.shift, node.pwLast + change.shift);
    }
  }

  function setTitle(text) {
    title.textContent = text;
    title.hidden = text.trim() === '';
  }

  function setTheme(theme) {
    document.documentElement.dataset.theme = theme;
  }

  // The block covering a source line, or the first block after it (blank lines between).
  function blockForLine(line) {
    for (const node of body.children) {
      if (node.pwLast >= line) return node;
    }
    return null;
  }

  function scrollToLine(line) {
    const node = line > 0 ? blockForLine(line) : null;
    let y = 0;
    if (node) {
      const first = node.pwFirst;
      const last = node.pwLast;
      const rect = node.getBoundingClientRect();
      const fraction = line <= first ? 0 : (line - first) / (last - first + 1);
      y = window.scrollY + rect.top + fraction * rect.height;
    } else if (line > 0) {
      y = document.documentElement.scrollHeight;
    }
    wantedLine = line > 0 && !node ? line : null;
    y = Math.max(0, Math.min(Math.round(y), document.documentElement.scrollHeight - window.innerHeight));
    expectedScrollY = y;
    window.scrollTo(0, y);
  }

  function topLine() {
    if (window.scrollY <= 0) return 0;
    const nodes = body.children;
    // Binary search for the first block whose bottom is below the top of the viewport.
    let lo = 0;
    let hi = nodes.length - 1;
    let found = -1;
    while (lo <= hi) {
      const mid = (lo + hi) >> 1;
      if (nodes[mid].getBoundingClientRect().bottom > 0) { found = mid; hi = mid - 1; } else lo = mid + 1;
    }
    if (found < 0) return nodes.length ? nodes[nodes.length - 1].pwLast : 0;
    const node = nodes[found];
    const rect = node.getBoundingClientRect();
    const first = node.pwFirst;
    const last = node.pwLast;
    if (rect.top >= 0 || rect.height <= 0) return first;
    const fraction = Math.min(1, -rect.top / rect.height);
    return Math.min(last, first + Math.floor(fraction * (last - first + 1)));
  }

  function reportTopLine() {
    const line = topLine();
    if (line !== lastTop) {
      lastTop = line;
      if (bridge) bridge.topLine(line);
    }
  }

  let scrollQueued = false;
  window.addEventListener('scroll', () => {
    if (expectedScrollY !== null && Math.abs(window.scrollY - expectedScrollY) < 2) {
      // Our own scrollToLine: the editor already knows where it is.
      expectedScrollY = null;
      lastTop = topLine();
      return;
    }
    expectedScrollY = null;
    wantedLine = null; // the user scrolled: where they are now counts
    if (scrollQueued) return;
    scrollQueued = true;
    requestAnimationFrame(() => { scrollQueued = false; reportTopLine(); });
  }, { passive: true });

  // A kept block may have moved since it was built (lines added above it) while its inner
  // data-sourcepos still name the old lines; shift them by how far the block moved.
  function sourceLineOf(target) {
    const block = target.closest('.pw-block');
    if (!block || !body.contains(block)) return -1;
    const first = block.pwFirst;
    const el = target.closest('[data-sourcepos]');
    const line = el && block.contains(el) ? parseInt(el.getAttribute('data-sourcepos'), 10) : NaN;
    if (!(line > 0)) return first;
    return Math.max(first, line - 1 + first - block.pwBuiltAt);
  }

  document.addEventListener('click', (event) => {
    const target = event.target instanceof Element ? event.target : event.target.parentElement;
    if (!target) return;
    const link = target.closest('a[href]');
    if (link) {
      const href = link.getAttribute('href');
      if (href.startsWith('#')) {
        // In-page links (footnotes): scroll here instead of navigating to another document.
        event.preventDefault();
        const dest = document.getElementById(decodeURIComponent(href.slice(1)));
        if (dest) dest.scrollIntoView({ block: 'start' });
      } else {
        // A link never navigates the preview: a refused navigation leaves the page unable to
        // take further updates, and WebEngine drops mailto: navigations silently. A real
        // click is handed to C++, which opens http, https and mailto in the system browser
        // and ignores every other scheme.
        event.preventDefault();
        if (event.isTrusted && bridge) bridge.openLink(link.href);
      }
      return;
    }
    if (!window.getSelection().isCollapsed) return; // selecting text, not pointing at it
    const line = sourceLineOf(target);
    if (line >= 0 && bridge) bridge.clicked(line);
  }, true);

  // Forms in a post never submit (CSP's form-action blocks them too; this keeps the page alive).
  document.addEventListener('submit', (event) => event.preventDefault(), true);

  // Copying from the page: Chromium would write the theme's computed colours into the HTML
  // as inline styles (grey on dark, pasted into a CMS). The copy is the post's own markup
  // instead, as Edit > Copy as HTML gives it: the page's wrappers, classes, ids and data-*
  // attributes (data-sourcepos) and the placeholders of blocked embeds are left behind.
  function cleanCopy(holder) {
    holder.querySelectorAll('.pw-embed, [hidden]').forEach((el) => el.remove());
    holder.querySelectorAll('.pw-page, .pw-body, .pw-block')
      .forEach((el) => el.replaceWith(...el.childNodes));
    const ownTitles = new Set([labels.remoteImage, labels.localImage, labels.relativeImage]);
    holder.querySelectorAll('*').forEach((el) => {
      el.classList.remove(...Array.from(el.classList).filter((c) => c.startsWith('pw-')));
      if (el.classList.length === 0) el.removeAttribute('class');
      if (el.id.startsWith('pw-')) el.removeAttribute('id');
      if (el instanceof HTMLImageElement && ownTitles.has(el.title)) el.removeAttribute('title');
      // A local image by absolute path is served to the page as pw-doc://image/<path>: the
      // copy names the file itself, as a file: URL (the path stays percent-encoded).
      const src = el instanceof HTMLImageElement ? el.getAttribute('src') || '' : '';
      if (src.startsWith('pw-doc://image/'))
        el.setAttribute('src', 'file://' + src.slice('pw-doc://image'.length));
      for (const attr of Array.from(el.attributes)) {
        if (attr.name.startsWith('data-')) el.removeAttribute(attr.name);
      }
    });
  }
  document.addEventListener('copy', (event) => {
    const selection = window.getSelection();
    if (!selection || selection.isCollapsed || !event.clipboardData) return;
    const holder = document.createElement('div');
    for (let i = 0; i < selection.rangeCount; ++i)
      holder.appendChild(selection.getRangeAt(i).cloneContents());
    cleanCopy(holder);
    event.clipboardData.setData('text/html', holder.innerHTML);
    event.clipboardData.setData('text/plain', selection.toString());
    event.preventDefault();
  });

  // Broken or blocked images get a visible frame instead of a silent gap, and a tooltip
  // saying why, unless the post gave them a title of its own.
  function brokenImageLabel(src) {
    if (/^https?:/i.test(src)) return labels.remoteImage;
    if (src.startsWith('pw-doc://image/')) return labels.localImage;
    if (src.startsWith('pw-doc://doc/')) return labels.relativeImage;
    return '';
  }
  document.addEventListener('error', (event) => {
    const el = event.target;
    if (el instanceof HTMLImageElement) {
      el.classList.add('pw-broken');
      const label = brokenImageLabel(el.src);
      if (label && (!el.title || el.pwTitled)) {
        el.title = label;
        el.pwTitled = true;
      }
    }
  }, true);
  document.addEventListener('load', (event) => {
    const el = event.target;
    if (!(el instanceof HTMLImageElement)) return;
    el.classList.remove('pw-broken');
    if (el.pwTitled) {
      el.removeAttribute('title');
      el.pwTitled = false;
    }
  }, true);

  // The document's folder changed: local images that failed are asked for again.
  function retryLocalImages() {
    body.querySelectorAll('img.pw-broken').forEach((img) => {
      const src = img.getAttribute('src');
      if (!src || (/^[a-z][a-z0-9+.-]*:/i.test(src) && !src.startsWith('pw-doc:'))) return;
      img.removeAttribute('src');
      img.setAttribute('src', src);
    });
  }

  new QWebChannel(qt.webChannelTransport, (channel) => {
    const b = channel.objects.bridge;
    b.blocksPushed.connect(applyBlocks);
    b.blocksChanged.connect(applyChange);
    b.titleChanged.connect(setTitle);
    b.themeChanged.connect(setTheme);
    b.scrollRequested.connect(scrollToLine);
    b.labelsChanged.connect((l) => { labels = Object.assign(labels, l); });
    b.documentFolderChanged.connect(retryLocalImages);
    bridge = b;
    b.ready();
  });

  // For tests and debugging from runJavaScript; the editor talks through the channel only.
  window.pwPreview = { applyBlocks, applyChange, setTitle, setTheme, scrollToLine, topLine };
})();
