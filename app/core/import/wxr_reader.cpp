// SPDX-FileCopyrightText: 2026 The Postwright authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/import/wxr_reader.h"

#include <QCoreApplication>
#include <QIODevice>
#include <QRegularExpression>

namespace pw {

namespace {

// A class, not a helper function taking the text: lupdate files the strings under this
// context only when it sees WxrText::tr() called on it.
class WxrText {
    Q_DECLARE_TR_FUNCTIONS(pw::WxrReader)
};

constexpr QLatin1StringView kWpPrefix("http://wordpress.org/export/");
constexpr QLatin1StringView kContentNs("http://purl.org/rss/1.0/modules/content/");
constexpr QLatin1StringView kDcNs("http://purl.org/dc/elements/1.1/");

bool isWordPressNamespace(QStringView uri)
{
    return uri.startsWith(kWpPrefix);
}

bool declaresWordPressNamespace(const QXmlStreamReader &xml)
{
    const QXmlStreamNamespaceDeclarations declarations = xml.namespaceDeclarations();
    for (const QXmlStreamNamespaceDeclaration &d : declarations) {
        if (isWordPressNamespace(d.namespaceUri()))
            return true;
    }
    return false;
}

qint64 toId(const QString &text)
{
    return text.trimmed().toLongLong();
}

} // namespace

QString WxrChannel::authorName(const QString &login) const
{
    for (const WxrAuthor &a : authors) {
        if (a.login == login)
            return a.displayName.isEmpty() ? login : a.displayName;
    }
    return login;
}

QString WxrItem::metaValue(QStringView key) const
{
    for (const WxrMeta &m : meta) {
        if (m.key == key)
            return m.value;
    }
    return {};
}

bool WxrItem::hasMeta(QStringView key) const
{
    for (const WxrMeta &m : meta) {
        if (m.key == key)
            return true;
    }
    return false;
}

WxrSniff sniffWxr(QByteArrayView head)
{
    QXmlStreamReader xml(head.toByteArray());
    while (!xml.atEnd()) {
        if (xml.readNext() != QXmlStreamReader::StartElement)
            continue;
        if (xml.name() != QLatin1StringView("rss") || !xml.namespaceUri().isEmpty())
            return WxrSniff::Other;
        return declaresWordPressNamespace(xml) ? WxrSniff::Wxr : WxrSniff::RssFeed;
    }
    return WxrSniff::Other;
}

WxrReader::WxrReader(QIODevice *device, Mode mode)
    : m_device(device), m_mode(mode), m_startPos(device ? device->pos() : 0)
{
    detectMislabelledUtf8();
}

// Old sites declare ISO-8859-1 (or Windows-1252) in an export whose bytes are UTF-8; read as
// declared, every "é" would become "Ã©". When the whole file is valid UTF-8 and holds at least
// one multi-byte character, it was not Latin-1, and is read as UTF-8. Costs one extra read of
// the file, only for exports that declare such an encoding.
void WxrReader::detectMislabelledUtf8()
{
    if (!m_device || m_device->isSequential())
        return;
    static const QRegularExpression declaration(
        QStringLiteral(R"(^\s*<\?xml[^>]*?\bencoding\s*=\s*["']([^"']+)["'])"));
    const QRegularExpressionMatch m = declaration.match(QString::fromLatin1(m_device->peek(512)));
    if (!m.hasMatch())
        return;
    static const QStringList singleByte{
        QStringLiteral("iso-8859-1"),  QStringLiteral("iso8859-1"),    QStringLiteral("latin1"),
        QStringLiteral("iso-8859-15"), QStringLiteral("windows-1252"), QStringLiteral("cp1252"),
        QStringLiteral("us-ascii"),    QStringLiteral("ascii")};
    const QString declared = m.captured(1);
    if (!singleByte.contains(declared.toLower()))
        return;
    const Utf8Scan scan = scanUtf8();
    m_device->seek(m_startPos);
    if (!scan.invalidAt && scan.multiByte) {
        m_mislabelledAs = declared;
        m_declarationValue = {m.capturedStart(1), m.capturedLength(1)};
    }
}

// Hands the parser the next piece of the file. The parser is fed rather than given the device
// so that a mislabelled declaration can be corrected in the first piece.
bool WxrReader::feed()
{
    if (!m_device)
        return false;
    QByteArray chunk = m_device->read(64 * 1024);
    if (chunk.isEmpty())
        return false;
    if (m_fedBytes == 0 && !m_mislabelledAs.isEmpty()) {
        // encoding="ISO-8859-1" -> encoding="UTF-8"     : padded, so positions stay the same.
        const auto [start, length] = m_declarationValue;
        const qsizetype close = start + length; // the closing quote
        if (close < chunk.size()) {
            const char quote = chunk.at(close);
            chunk.replace(start, length + 1,
                          QByteArray("UTF-8") + quote + QByteArray(length - 5, ' '));
        }
    }
    m_fedBytes += chunk.size();
    m_xml.addData(chunk);
    return true;
}

qint64 WxrReader::bytesRead() const
{
    return m_device ? m_device->pos() - m_startPos : 0;
}

WxrReader::Ns WxrReader::ns() const
{
    const QStringView uri = m_xml.namespaceUri();
    if (uri.isEmpty())
        return Ns::None;
    if (isWordPressNamespace(uri))
        return uri.endsWith(QLatin1StringView("/excerpt/")) ? Ns::Excerpt : Ns::Wp;
    if (uri == kContentNs)
        return Ns::Content;
    if (uri == kDcNs)
        return Ns::Dc;
    return Ns::Other;
}

void WxrReader::fail(const QString &message)
{
    if (!m_error.isEmpty())
        return;
    m_error = message;
    m_errorLine = m_xml.lineNumber();
    // Stops the parser too, so nothing reads on past the error.
    m_xml.raiseError(message);
}

void WxrReader::failFromParser()
{
    const qint64 line = m_xml.lineNumber();
    const qint64 column = m_xml.columnNumber() + 1;
    if (m_xml.error() == QXmlStreamReader::PrematureEndOfDocumentError) {
        fail(m_sawRoot
                 ? WxrText::tr("The file ends before the export does (line %1, column %2): it "
                               "was cut off, perhaps while it was downloaded or copied. Export "
                               "the site again.")
                       .arg(line)
                       .arg(column)
                 : WxrText::tr("The file holds no XML element (line %1, column %2): it is empty "
                               "or not a WordPress export.")
                       .arg(line)
                       .arg(column));
        return;
    }
    if (!m_sawRoot && !startsLikeXml()) {
        fail(WxrText::tr("The file is not XML, so not a WordPress export: it does not begin with "
                         "“<” (line 1, column 1). A compressed export (.gz, .zip) must be "
                         "unpacked first."));
        m_errorLine = 1;
        return;
    }
    if (m_xml.error() == QXmlStreamReader::NotWellFormedError) {
        // Bytes that are not UTF-8 in a file that says it is: the parser decodes a whole piece
        // ahead of where it reads, so its position is not the bad byte's; find that byte, if
        // it lies in what the parser was given.
        const QString encoding = m_xml.documentEncoding().toString();
        if (encoding.isEmpty() ||
            encoding.compare(QLatin1StringView("UTF-8"), Qt::CaseInsensitive) == 0) {
            const Utf8Scan scan = scanUtf8();
            if (scan.invalidAt && scan.invalidOffset < m_fedBytes) {
                const auto [line, column] = *scan.invalidAt;
                fail(WxrText::tr("The file is not valid UTF-8, the encoding it declares: the "
                                 "bytes at line %1, column %2 are not a UTF-8 character. Convert "
                                 "the file to UTF-8, or export the site again.")
                         .arg(line)
                         .arg(column));
                m_errorLine = line;
                return;
            }
        }
    }
    const QString reason = m_xml.errorString();
    fail(m_sawRoot ? WxrText::tr("The export is not well-formed XML: %1 (line %2, column %3).")
                         .arg(reason)
                         .arg(line)
                         .arg(column)
                   : WxrText::tr("The file is not XML, so not a WordPress export: %1 (line %2, "
                                 "column %3).")
                         .arg(reason)
                         .arg(line)
                         .arg(column));
}

// An XML document begins with "<", after a byte order mark and white space (UTF-8) or
// with a UTF-16 byte order mark.
bool WxrReader::startsLikeXml() const
{
    if (!m_device || m_device->isSequential() || !m_device->seek(m_startPos))
        return true; // cannot tell; the parser's own message stands
    const QByteArray head = m_device->read(256);
    if (head.startsWith("\xFE\xFF") || head.startsWith("\xFF\xFE"))
        return true;
    qsizetype i = head.startsWith("\xEF\xBB\xBF") ? 3 : 0;
    while (i < head.size() && QChar::isSpace(uchar(head.at(i))))
        ++i;
    return i < head.size() && head.at(i) == '<';
}

// Reads the file from the start: where the first byte is that is not part of a UTF-8
// character (line, column in characters), and whether any multi-byte character was seen.
WxrReader::Utf8Scan WxrReader::scanUtf8() const
{
    Utf8Scan scan;
    if (!m_device || m_device->isSequential() || !m_device->seek(m_startPos))
        return scan;
    qint64 line = 1;
    qint64 column = 1;
    qint64 offset = -1;
    int pending = 0; // continuation bytes still expected
    QByteArray chunk;
    while (!(chunk = m_device->read(64 * 1024)).isEmpty()) {
        for (const char c : std::as_const(chunk)) {
            const auto b = static_cast<unsigned char>(c);
            ++offset;
            if (pending > 0) {
                if ((b & 0xC0) != 0x80) {
                    scan.invalidAt = std::pair{line, column};
                    scan.invalidOffset = offset;
                    return scan;
                }
                --pending;
                continue;
            }
            if (b >= 0xC2 && b <= 0xDF) {
                pending = 1;
            } else if (b >= 0xE0 && b <= 0xEF) {
                pending = 2;
            } else if (b >= 0xF0 && b <= 0xF4) {
                pending = 3;
            } else if (b >= 0x80) {
                scan.invalidAt = std::pair{line, column};
                scan.invalidOffset = offset;
                return scan;
            }
            scan.multiByte = scan.multiByte || b >= 0x80;
            if (b == '\n') {
                ++line;
                column = 1;
            } else {
                ++column;
            }
        }
    }
    if (pending > 0) {
        scan.invalidAt = std::pair{line, column};
        scan.invalidOffset = offset;
    }
    return scan;
}

// Every token goes through here, so the depth limit and the refusal of a DTD hold wherever
// the reader is.
bool WxrReader::advance()
{
    if (!m_error.isEmpty())
        return false;
    QXmlStreamReader::TokenType token = m_xml.readNext();
    while (token == QXmlStreamReader::Invalid &&
           m_xml.error() == QXmlStreamReader::PrematureEndOfDocumentError && feed())
        token = m_xml.readNext();
    switch (token) {
    case QXmlStreamReader::Invalid:
        failFromParser();
        return false;
    case QXmlStreamReader::DTD: {
        // A DTD can declare internal entities, which QXmlStreamReader expands (the "billion
        // laughs"); export.php never writes one, so any DTD is refused before an item is read.
        // The reader stands at its end; its text says how many lines back it began.
        const QStringView dtd = m_xml.text();
        qsizetype start = 0;
        while (start < dtd.size() && dtd.at(start).isSpace())
            ++start;
        const qint64 line = m_xml.lineNumber() - dtd.mid(start).count(u'\n');
        fail(WxrText::tr("The file has a document type declaration (line %1). A WordPress "
                         "export has none, and the entities one may declare are refused.")
                 .arg(line));
        m_errorLine = line;
        return false;
    }
    case QXmlStreamReader::StartElement:
        if (++m_depth > kMaxDepth) {
            fail(WxrText::tr("The export nests elements more than %1 deep (line %2, column %3); "
                             "a WordPress export never does.")
                     .arg(kMaxDepth)
                     .arg(m_xml.lineNumber())
                     .arg(m_xml.columnNumber() + 1));
            return false;
        }
        return true;
    case QXmlStreamReader::EndElement:
        --m_depth;
        return true;
    default:
        return true;
    }
}

bool WxrReader::readText(QString &out)
{
    out.clear();
    const int depth = m_depth;
    while (advance()) {
        switch (m_xml.tokenType()) {
        case QXmlStreamReader::Characters:
            out += m_xml.text();
            break;
        case QXmlStreamReader::EndElement:
            if (m_depth < depth)
                return true;
            break;
        default:
            break; // child elements (none in an export) give their text only
        }
    }
    return false;
}

bool WxrReader::skipElement()
{
    const int depth = m_depth;
    while (advance()) {
        if (m_xml.tokenType() == QXmlStreamReader::EndElement && m_depth < depth)
            return true;
    }
    return false;
}

bool WxrReader::readRoot()
{
    while (advance()) {
        if (m_xml.tokenType() == QXmlStreamReader::EndDocument)
            break;
        if (m_xml.tokenType() != QXmlStreamReader::StartElement)
            continue;
        if (!m_sawRoot) {
            m_sawRoot = true;
            if (m_xml.name() != QLatin1StringView("rss") || !m_xml.namespaceUri().isEmpty()) {
                fail(WxrText::tr("The file is not a WordPress export: its root element is <%1>, "
                                 "where an export has <rss> (line %2, column %3).")
                         .arg(m_xml.qualifiedName().toString())
                         .arg(m_xml.lineNumber())
                         .arg(m_xml.columnNumber() + 1));
                return false;
            }
            if (!declaresWordPressNamespace(m_xml)) {
                fail(WxrText::tr("This is an RSS feed, not a WordPress export: it does not "
                                 "declare WordPress's export namespace (line %1). Export the "
                                 "site in wp-admin under Tools → Export.")
                         .arg(m_xml.lineNumber()));
                return false;
            }
            continue;
        }
        if (m_depth == 2 && m_xml.name() == QLatin1StringView("channel") && ns() == Ns::None) {
            return true;
        }
        if (!skipElement())
            return false;
    }
    if (!hasError()) {
        fail(WxrText::tr("The file is not a WordPress export: it has no <channel> element."));
    }
    return false;
}

bool WxrReader::readAuthor()
{
    WxrAuthor author;
    const int depth = m_depth;
    while (advance()) {
        if (m_xml.tokenType() == QXmlStreamReader::EndElement && m_depth < depth) {
            m_channel.authors.append(author);
            return true;
        }
        if (m_xml.tokenType() != QXmlStreamReader::StartElement)
            continue;
        const QString name = m_xml.name().toString();
        QString text;
        if (!readText(text))
            return false;
        if (name == QLatin1StringView("author_id"))
            author.id = toId(text);
        else if (name == QLatin1StringView("author_login"))
            author.login = text;
        else if (name == QLatin1StringView("author_email"))
            author.email = text;
        else if (name == QLatin1StringView("author_display_name"))
            author.displayName = text;
        else if (name == QLatin1StringView("author_first_name"))
            author.firstName = text;
        else if (name == QLatin1StringView("author_last_name"))
            author.lastName = text;
    }
    return false;
}

// wp:category (term_id, category_nicename, category_parent, cat_name, category_description),
// wp:tag (term_id, tag_slug, tag_name, tag_description) and wp:term (term_id, term_taxonomy,
// term_slug, term_parent, term_name, term_description) share one shape.
bool WxrReader::readChannelTerm(QList<WxrTerm> &list, QLatin1StringView taxonomy)
{
    WxrTerm term;
    term.taxonomy = taxonomy;
    const int depth = m_depth;
    while (advance()) {
        if (m_xml.tokenType() == QXmlStreamReader::EndElement && m_depth < depth) {
            list.append(term);
            return true;
        }
        if (m_xml.tokenType() != QXmlStreamReader::StartElement)
            continue;
        const QString name = m_xml.name().toString();
        if (name.endsWith(QLatin1StringView("meta"))) { // wp:termmeta
            if (!skipElement())
                return false;
            continue;
        }
        QString text;
        if (!readText(text))
            return false;
        if (name == QLatin1StringView("term_id"))
            term.id = toId(text);
        else if (name == QLatin1StringView("term_taxonomy"))
            term.taxonomy = text;
        else if (name.endsWith(QLatin1StringView("nicename")) ||
                 name.endsWith(QLatin1StringView("slug")))
            term.slug = text;
        else if (name.endsWith(QLatin1StringView("parent")))
            term.parentSlug = text;
        else if (name.endsWith(QLatin1StringView("name")))
            term.name = text;
        else if (name.endsWith(QLatin1StringView("description")))
            term.description = text;
    }
    return false;
}

bool WxrReader::readHeader()
{
    if (m_headerRead)
        return !hasError();
    m_headerRead = true;
    return readRoot() && readChannelUntilItem();
}

// Reads the channel's own elements up to the next <item> (left pending) or the document's end.
bool WxrReader::readChannelUntilItem()
{
    while (advance()) {
        const QXmlStreamReader::TokenType token = m_xml.tokenType();
        if (token == QXmlStreamReader::EndDocument) {
            m_done = true;
            return true;
        }
        if (token != QXmlStreamReader::StartElement)
            continue;
        if (m_depth != 3) {
            if (!skipElement()) // a second <channel> or anything beside it
                return false;
            continue;
        }
        const QString name = m_xml.name().toString();
        const Ns space = ns();
        if (space == Ns::None && name == QLatin1StringView("item")) {
            m_pendingItem = true;
            return true;
        }
        bool ok = true;
        if (space == Ns::None && name == QLatin1StringView("title"))
            ok = readText(m_channel.title);
        else if (space == Ns::None && name == QLatin1StringView("link"))
            ok = readText(m_channel.link);
        else if (space == Ns::None && name == QLatin1StringView("description"))
            ok = readText(m_channel.description);
        else if (space == Ns::None && name == QLatin1StringView("language"))
            ok = readText(m_channel.language);
        else if (space == Ns::Wp && name == QLatin1StringView("wxr_version"))
            ok = readText(m_channel.wxrVersion);
        else if (space == Ns::Wp && name == QLatin1StringView("base_site_url"))
            ok = readText(m_channel.baseSiteUrl);
        else if (space == Ns::Wp && name == QLatin1StringView("base_blog_url"))
            ok = readText(m_channel.baseBlogUrl);
        else if (space == Ns::Wp && name == QLatin1StringView("author"))
            ok = readAuthor();
        else if (space == Ns::Wp && name == QLatin1StringView("category"))
            ok = readChannelTerm(m_channel.categories, QLatin1StringView("category"));
        else if (space == Ns::Wp && name == QLatin1StringView("tag"))
            ok = readChannelTerm(m_channel.tags, QLatin1StringView("post_tag"));
        else if (space == Ns::Wp && name == QLatin1StringView("term"))
            ok = readChannelTerm(m_channel.terms, QLatin1StringView(""));
        else
            ok = skipElement();
        if (!ok)
            return false;
    }
    return false;
}

bool WxrReader::next(WxrItem &item)
{
    if (!readHeader() || m_done)
        return false;
    // Past an item come more items or the channel's end; channel elements among them are read
    // as the header's are.
    if (!m_pendingItem && (!readChannelUntilItem() || m_done))
        return false;
    m_pendingItem = false;
    item = WxrItem();
    return readItem(item);
}

bool WxrReader::readPostMeta(WxrItem &item)
{
    WxrMeta meta;
    const int depth = m_depth;
    while (advance()) {
        if (m_xml.tokenType() == QXmlStreamReader::EndElement && m_depth < depth) {
            item.meta.append(meta);
            return true;
        }
        if (m_xml.tokenType() != QXmlStreamReader::StartElement)
            continue;
        const QString name = m_xml.name().toString();
        if (name == QLatin1StringView("meta_key")) {
            if (!readText(meta.key))
                return false;
        } else if (name == QLatin1StringView("meta_value")) {
            if (!readText(meta.value))
                return false;
        } else if (!skipElement()) {
            return false;
        }
    }
    return false;
}

// Only counted: an import keeps no comments, and their text would grow one item without bound.
bool WxrReader::readComment(WxrItem &item)
{
    ++item.comments;
    const int depth = m_depth;
    while (advance()) {
        if (m_xml.tokenType() == QXmlStreamReader::EndElement && m_depth < depth)
            return true;
        if (m_xml.tokenType() != QXmlStreamReader::StartElement)
            continue;
        if (m_xml.name() == QLatin1StringView("comment_approved")) {
            QString approved;
            if (!readText(approved))
                return false;
            if (approved.trimmed() == QLatin1StringView("1"))
                ++item.approvedComments;
        } else if (!skipElement()) {
            return false;
        }
    }
    return false;
}

bool WxrReader::readItem(WxrItem &item)
{
    item.line = m_xml.lineNumber();
    const int depth = m_depth;
    QString text;
    while (advance()) {
        if (m_xml.tokenType() == QXmlStreamReader::EndElement && m_depth < depth)
            return true;
        if (m_xml.tokenType() != QXmlStreamReader::StartElement)
            continue;
        const QString name = m_xml.name().toString();
        bool ok = true;
        switch (ns()) {
        case Ns::None:
            if (name == QLatin1StringView("title"))
                ok = readText(item.title);
            else if (name == QLatin1StringView("link"))
                ok = readText(item.link);
            else if (name == QLatin1StringView("pubDate"))
                ok = readText(item.pubDate);
            else if (name == QLatin1StringView("guid"))
                ok = readText(item.guid);
            else if (name == QLatin1StringView("description"))
                ok = readText(item.description);
            else if (name == QLatin1StringView("category")) {
                WxrItemTerm term;
                const QXmlStreamAttributes attributes = m_xml.attributes();
                term.domain = attributes.value(QLatin1StringView("domain")).toString();
                term.nicename = attributes.value(QLatin1StringView("nicename")).toString();
                ok = readText(term.name);
                item.terms.append(term);
            } else
                ok = skipElement();
            break;
        case Ns::Content:
            if (name == QLatin1StringView("encoded") && m_mode == Mode::Full)
                ok = readText(item.content);
            else
                ok = skipElement();
            break;
        case Ns::Excerpt:
            ok = name == QLatin1StringView("encoded") ? readText(item.excerpt) : skipElement();
            break;
        case Ns::Dc:
            ok = name == QLatin1StringView("creator") ? readText(item.creator) : skipElement();
            break;
        case Ns::Wp:
            if (name == QLatin1StringView("postmeta")) {
                ok = readPostMeta(item);
                break;
            }
            if (name == QLatin1StringView("comment")) {
                ok = m_mode == Mode::Full ? readComment(item) : skipElement();
                break;
            }
            if (!(ok = readText(text)))
                break;
            if (name == QLatin1StringView("post_id"))
                item.id = toId(text);
            else if (name == QLatin1StringView("post_date"))
                item.postDate = text.trimmed();
            else if (name == QLatin1StringView("post_date_gmt"))
                item.postDateGmt = text.trimmed();
            else if (name == QLatin1StringView("post_modified"))
                item.modified = text.trimmed();
            else if (name == QLatin1StringView("post_modified_gmt"))
                item.modifiedGmt = text.trimmed();
            else if (name == QLatin1StringView("comment_status"))
                item.commentStatus = text.trimmed();
            else if (name == QLatin1StringView("ping_status"))
                item.pingStatus = text.trimmed();
            else if (name == QLatin1StringView("post_name"))
                item.postName = text.trimmed();
            else if (name == QLatin1StringView("status"))
                item.status = text.trimmed();
            else if (name == QLatin1StringView("post_parent"))
                item.parent = toId(text);
            else if (name == QLatin1StringView("menu_order"))
                item.menuOrder = int(toId(text));
            else if (name == QLatin1StringView("post_type"))
                item.postType = text.trimmed();
            else if (name == QLatin1StringView("post_password"))
                item.password = text;
            else if (name == QLatin1StringView("is_sticky"))
                item.sticky = toId(text) != 0;
            else if (name == QLatin1StringView("attachment_url"))
                item.attachmentUrl = text.trimmed();
            break;
        case Ns::Other:
            ok = skipElement();
            break;
        }
        if (!ok)
            return false;
    }
    return false;
}

} // namespace pw
