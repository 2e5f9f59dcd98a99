// The docs' markdown as HTML, for the playground's doc pages (scripts/build.mjs): the subset docs/ is written in
// (headings, paragraphs, lists, tables, block quotes, fenced code, inline code, emphasis, links). Every text is escaped;
// links to other .md files become the site's .html pages, and any link that is not http(s), relative or an anchor is
// dropped to its text.

const escapeHtml = (text) => text.replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c]);

/** `link(href)` maps a link's target (an .md page, say) to the site's, or returns undefined to keep only the text. */
export function markdownToHtml(markdown, link = (href) => href) {
  const lines = markdown.replace(/\r\n?/g, '\n').split('\n');
  const out = [];
  let i = 0;
  /** Code spans and emphasis, everything else escaped. */
  const plain = (text) =>
    text
      .split(/(`[^`]+`)/)
      .map((part) =>
        /^`[^`]+`$/.test(part)
          ? `<code>${escapeHtml(part.slice(1, -1))}</code>`
          : escapeHtml(part)
              .replace(/\*\*([^*]+)\*\*/g, '<strong>$1</strong>')
              .replace(/(^|[^\w*])\*([^*\s][^*]*)\*(?!\w)/g, '$1<em>$2</em>'),
      )
      .join('');
  /** Links (whose labels may hold code), then the text between them. */
  const inline = (text) => {
    let html = '';
    let last = 0;
    for (const match of text.matchAll(/\[((?:`[^`]*`|[^\]])+)\]\(([^)\s]+)\)/g)) {
      html += plain(text.slice(last, match.index));
      const target = safeHref(link(match[2]));
      html += target ? `<a href="${escapeHtml(target)}">${plain(match[1])}</a>` : plain(match[1]);
      last = match.index + match[0].length;
    }
    return html + plain(text.slice(last));
  };
  const list = (indent) => {
    const ordered = /^\s*\d+\. /.test(lines[i]);
    const items = [];
    while (i < lines.length) {
      const match = /^(\s*)([-*]|\d+\.) (.*)$/.exec(lines[i]);
      if (!match || match[1].length < indent) break;
      if (match[1].length > indent) {
        items[items.length - 1] += list(match[1].length);
        continue;
      }
      let text = match[3];
      i++;
      while (i < lines.length && /^\s+\S/.test(lines[i]) && !/^\s*([-*]|\d+\.) /.test(lines[i])) text += ` ${lines[i++].trim()}`;
      items.push(inline(text));
    }
    const tag = ordered ? 'ol' : 'ul';
    return `<${tag}>${items.map((item) => `<li>${item}</li>`).join('')}</${tag}>`;
  };
  while (i < lines.length) {
    const line = lines[i];
    if (line.trim() === '' || /^<!--.*-->$/.test(line.trim())) {
      i++;
    } else if (/^```/.test(line)) {
      const body = [];
      for (i++; i < lines.length && !/^```/.test(lines[i]); i++) body.push(lines[i]);
      i++;
      out.push(`<pre><code>${escapeHtml(body.join('\n'))}</code></pre>`);
    } else if (/^#{1,6} /.test(line)) {
      const level = /^#+/.exec(line)[0].length;
      const text = line.slice(level + 1);
      const id = text
        .toLowerCase()
        .replace(/[`*]/g, '')
        .replace(/[^\p{L}\p{N}]+/gu, '-')
        .replace(/^-|-$/g, '');
      out.push(`<h${level} id="${escapeHtml(id)}">${inline(text)}</h${level}>`);
      i++;
    } else if (/^\s*([-*]|\d+\.) /.test(line)) {
      out.push(list(/^\s*/.exec(line)[0].length));
    } else if (/^\|/.test(line)) {
      const rows = [];
      for (; i < lines.length && /^\|/.test(lines[i]); i++) rows.push(lines[i]);
      const cells = (row) =>
        row
          .replace(/^\||\|$/g, '')
          .split(/(?<!\\)\|/)
          .map((cell) => inline(cell.trim().replace(/\\\|/g, '|')));
      const [head, , ...body] = rows;
      out.push(
        `<table><thead><tr>${cells(head)
          .map((c) => `<th>${c}</th>`)
          .join('')}</tr></thead><tbody>${body
          .map(
            (row) =>
              `<tr>${cells(row)
                .map((c) => `<td>${c}</td>`)
                .join('')}</tr>`,
          )
          .join('')}</tbody></table>`,
      );
    } else if (/^> ?/.test(line)) {
      const quote = [];
      for (; i < lines.length && /^> ?/.test(lines[i]); i++) quote.push(lines[i].replace(/^> ?/, ''));
      out.push(`<blockquote>${markdownToHtml(quote.join('\n'), link)}</blockquote>`);
    } else {
      const paragraph = [];
      for (; i < lines.length && lines[i].trim() !== '' && !/^(```|#{1,6} |\||> ?|\s*([-*]|\d+\.) )/.test(lines[i]); i++) paragraph.push(lines[i].trim());
      out.push(`<p>${inline(paragraph.join(' '))}</p>`);
    }
  }
  return out.join('\n');
}

function safeHref(href) {
  if (href === undefined) return undefined;
  return /^(https?:\/\/|#|\.{0,2}\/|[\w.-]+(\.html)?(#.*)?$)/.test(href) && !/^\s*javascript:/i.test(href) ? href : undefined;
}
