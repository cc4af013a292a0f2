// SPDX-FileCopyrightText: 2026 The Postwright authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/import/shortcodes.h"

#include <QHash>
#include <QRegularExpression>
#include <QSet>

// Follows wp-includes/shortcodes.php and formatting.php of WordPress 6.1: the patterns are
// WordPress' own (get_shortcode_regex(), get_shortcode_atts_regex(), shortcode_unautop()).

namespace pw {

namespace {

using Re = QRegularExpression;

QString namesPattern(const QStringList &names)
{
    QStringList quoted;
    quoted.reserve(names.size());
    for (const QString &name : names)
        quoted << Re::escape(name);
    return quoted.join(u'|');
}

// get_shortcode_regex() up to the end of the opening tag: 1 '[' of [[escaped]], 2 name,
// 3 attributes, 4 '/' of self-closing.
QString openingPattern(const QString &tagRegex)
{
    return QStringLiteral(R"(\[(\[?)()") + tagRegex +
           QStringLiteral(R"()(?![\w-])([^\]\/]*(?:\/(?!\])[^\]\/]*)*?)(?:(\/)\]|\]))");
}

// The rest of WordPress' pattern is "enclosed content up to the first [/name], if there is one;
// then an optional ']'". As a pattern it scans to the end of the text for every shortcode
// without a closing tag, which is quadratic in their number (seconds for a long post, in PHP
// too). Searching for the closing tag, once per name unless it was found, gives the same match
// in linear time.
class ClosingTags {
public:
    explicit ClosingTags(const QString &text) : m_text(text) {}

    // One past the first [/name] at or after `from` (its start in *contentEnd), or -1.
    qsizetype endAfter(const QString &name, qsizetype from, qsizetype *contentEnd)
    {
        const QString closing = QStringLiteral("[/") + name + u']';
        Search &last = m_searches[name];
        if (!last.done || from < last.from || (last.at >= 0 && last.at < from))
            last = {true, from, m_text.indexOf(closing, from)};
        if (last.at < 0)
            return -1;
        *contentEnd = last.at;
        return last.at + closing.size();
    }

private:
    struct Search {
        bool done = false;
        qsizetype from = 0;
        qsizetype at = -1; // the first [/name] at or after `from`
    };
    const QString &m_text;
    QHash<QString, Search> m_searches;
};

struct Found {
    qsizetype start = -1;
    qsizetype end = -1;
    QString open;  // group 1
    QString close; // group 6
    ShortcodeMatch sc;
};

// PCRE checks the whole subject for valid UTF-16 on every match() call, which makes a scan over
// many shortcodes quadratic. The text is made valid once (a lone surrogate becomes U+FFFD) and
// then matched unchecked.
QString validUtf16(const QString &text)
{
    if (QStringView(text).isValidUtf16())
        return text;
    QString valid = text;
    for (qsizetype i = 0; i < valid.size(); ++i) {
        if (valid[i].isHighSurrogate() && i + 1 < valid.size() && valid[i + 1].isLowSurrogate())
            ++i;
        else if (valid[i].isSurrogate())
            valid[i] = QChar::ReplacementCharacter;
    }
    return valid;
}

QRegularExpressionMatch matchFrom(const Re &re, const QString &validText, qsizetype from,
                                  Re::MatchOptions options = {})
{
    return re.match(validText, from, Re::NormalMatch,
                    options | Re::DontCheckSubjectStringMatchOption);
}

// The next match of get_shortcode_regex() at or after `from`, in text made valid UTF-16.
Found findShortcode(const QString &text, qsizetype from, const Re &opening,
                    ClosingTags &closingTags)
{
    Found f;
    const QRegularExpressionMatch m = matchFrom(opening, text, from);
    if (!m.hasMatch())
        return f;
    f.start = m.capturedStart();
    f.open = m.captured(1);
    ShortcodeMatch &sc = f.sc;
    sc.name = m.captured(2);
    sc.attributeText = m.captured(3);
    sc.selfClosing = m.capturedLength(4) > 0;
    qsizetype end = m.capturedEnd();
    qsizetype contentEnd = -1;
    if (!sc.selfClosing) {
        if (const qsizetype closed = closingTags.endAfter(sc.name, end, &contentEnd); closed >= 0) {
            sc.enclosing = true;
            sc.content = text.mid(end, contentEnd - end);
            end = closed;
        }
    }
    if (end < text.size() && text[end] == u']') {
        f.close = QStringLiteral("]");
        ++end;
    }
    f.end = end;
    sc.text = text.mid(f.start, end - f.start);
    sc.escaped = !f.open.isEmpty() && !f.close.isEmpty();
    return f;
}

// PHP's stripcslashes().
QString stripCSlashes(QStringView text)
{
    QString out;
    out.reserve(text.size());
    for (qsizetype i = 0; i < text.size(); ++i) {
        const QChar c = text[i];
        if (c != u'\\' || i + 1 >= text.size()) {
            out += c;
            continue;
        }
        const QChar e = text[++i];
        switch (e.unicode()) {
        case u'n':
            out += u'\n';
            break;
        case u't':
            out += u'\t';
            break;
        case u'r':
            out += u'\r';
            break;
        case u'a':
            out += QChar(7);
            break;
        case u'v':
            out += QChar(11);
            break;
        case u'b':
            out += QChar(8);
            break;
        case u'f':
            out += QChar(12);
            break;
        case u'x': {
            int value = 0;
            int digits = 0;
            const auto hexValue = [](QChar h) {
                const char16_t u = h.unicode();
                if (u >= u'0' && u <= u'9')
                    return int(u - u'0');
                if (u >= u'a' && u <= u'f')
                    return int(u - u'a' + 10);
                if (u >= u'A' && u <= u'F')
                    return int(u - u'A' + 10);
                return -1;
            };
            while (digits < 2 && i + 1 < text.size() && hexValue(text[i + 1]) >= 0) {
                value = value * 16 + hexValue(text[++i]);
                ++digits;
            }
            if (digits == 0)
                out += u'x';
            else
                out += QChar(value);
            break;
        }
        default:
            if (e >= u'0' && e <= u'7') {
                int value = e.unicode() - u'0';
                for (int k = 0;
                     k < 2 && i + 1 < text.size() && text[i + 1] >= u'0' && text[i + 1] <= u'7';
                     ++k)
                    value = value * 8 + (text[++i].unicode() - u'0');
                out += QChar(value & 0xFF);
            } else {
                out += e;
            }
        }
    }
    return out;
}

} // namespace

ShortcodeAttributes parseShortcodeAttributes(QStringView input)
{
    static const Re spaces(QStringLiteral("[\\x{00a0}\\x{200b}]+"));
    static const Re pattern(QStringLiteral(
        R"re(([\w-]+)\s*=\s*"([^"]*)"(?:\s|$)|([\w-]+)\s*=\s*'([^']*)'(?:\s|$)|([\w-]+)\s*=\s*([^\s'"]+)(?:\s|$)|"([^"]*)"(?:\s|$)|'([^']*)'(?:\s|$)|(\S+)(?:\s|$))re"));
    static const Re closedHtml(QStringLiteral("^[^<]*+(?:<[^>]*+>[^<]*+)*+$"));
    QString text = input.toString();
    text.replace(spaces, QStringLiteral(" "));
    ShortcodeAttributes atts;
    auto it = pattern.globalMatch(text);
    while (it.hasNext()) {
        const QRegularExpressionMatch m = it.next();
        // PHP's empty() is also true for "0": a name "0" falls through, as in WordPress.
        const auto set = [&](int n) {
            return m.capturedLength(n) > 0 && m.captured(n) != QLatin1StringView("0");
        };
        if (set(1))
            atts.named.insert(m.captured(1).toLower(), stripCSlashes(m.captured(2)));
        else if (set(3))
            atts.named.insert(m.captured(3).toLower(), stripCSlashes(m.captured(4)));
        else if (set(5))
            atts.named.insert(m.captured(5).toLower(), stripCSlashes(m.captured(6)));
        else if (m.capturedLength(7) > 0)
            atts.positional << stripCSlashes(m.captured(7));
        else if (m.capturedLength(8) > 0)
            atts.positional << stripCSlashes(m.captured(8));
        else if (m.capturedStart(9) >= 0)
            atts.positional << stripCSlashes(m.captured(9));
    }
    // Reject any unclosed HTML elements.
    for (QString &value : atts.named) {
        if (value.contains(u'<') && !closedHtml.match(value).hasMatch())
            value.clear();
    }
    for (QString &value : atts.positional) {
        if (value.contains(u'<') && !closedHtml.match(value).hasMatch())
            value.clear();
    }
    return atts;
}

QString doShortcodes(const QString &input, const QStringList &names,
                     const ShortcodeRenderer &render)
{
    if (!input.contains(u'[') || names.isEmpty())
        return input;
    const QString content = validUtf16(input);
    // Only the names that occur are put in the pattern, as do_shortcode() does.
    static const Re nameAfterBracket(QStringLiteral(R"(\[([^<>&/\[\]\x00-\x20=]++))"));
    QStringList present;
    auto names_it = nameAfterBracket.globalMatch(content);
    QSet<QString> seen;
    while (names_it.hasNext())
        seen.insert(names_it.next().captured(1));
    for (const QString &name : names) {
        if (seen.contains(name))
            present << name;
    }
    if (present.isEmpty())
        return content;
    const Re opening(openingPattern(namesPattern(present)));
    ClosingTags closingTags(content);
    QString out;
    qsizetype at = 0;
    for (Found f = findShortcode(content, 0, opening, closingTags); f.start >= 0;
         f = findShortcode(content, at, opening, closingTags)) {
        out += QStringView(content).mid(at, f.start - at);
        if (f.sc.escaped)
            out += QStringView(f.sc.text).mid(1, f.sc.text.size() - 2);
        else
            out += f.open + render(f.sc) + f.close;
        at = f.end;
    }
    out += QStringView(content).mid(at);
    return out;
}

QString shortcodeUnautop(const QString &input, const QStringList &names)
{
    if (names.isEmpty() || !input.contains(QLatin1StringView("<p>")))
        return input;
    const QString text = validUtf16(input);
    // WordPress' pattern: <p>, spaces, the shortcode (1, its name 2), spaces, </p>; spaces as
    // wp_spaces_regexp() has them by default. The enclosed part is found as findShortcode() does.
    const QString spaces = QStringLiteral(R"((?:[\r\n\t ]|\x{00a0}|&nbsp;)*+)");
    const Re opening(QStringLiteral("<p>") + spaces + QStringLiteral(R"((\[()") +
                     namesPattern(names) +
                     QStringLiteral(R"()(?![\w-])[^\]\/]*(?:\/(?!\])[^\]\/]*)*?(\/)?\]))"));
    static const Re closingP(QStringLiteral(R"((?:[\r\n\t ]|\x{00a0}|&nbsp;)*+<\/p>)"));
    ClosingTags closingTags(text);
    QString out;
    qsizetype at = 0;
    qsizetype from = 0;
    while (true) {
        const QRegularExpressionMatch m = matchFrom(opening, text, from);
        if (!m.hasMatch())
            break;
        const qsizetype shortcodeStart = m.capturedStart(1);
        qsizetype ends[2] = {-1, m.capturedEnd(1)}; // with the enclosed part first, as PCRE tries
        qsizetype contentEnd = -1;
        if (m.capturedLength(3) == 0)
            ends[0] = closingTags.endAfter(m.captured(2), ends[1], &contentEnd);
        qsizetype shortcodeEnd = -1;
        qsizetype matchEnd = -1;
        for (qsizetype end : ends) {
            if (end < 0)
                continue;
            const QRegularExpressionMatch p =
                matchFrom(closingP, text, end, Re::AnchorAtOffsetMatchOption);
            if (p.hasMatch()) {
                shortcodeEnd = end;
                matchEnd = p.capturedEnd();
                break;
            }
        }
        if (matchEnd < 0) {
            from = m.capturedStart() + 1;
            continue;
        }
        out += QStringView(text).mid(at, m.capturedStart() - at);
        out += QStringView(text).mid(shortcodeStart, shortcodeEnd - shortcodeStart);
        at = from = matchEnd;
    }
    out += QStringView(text).mid(at);
    return out;
}

namespace {

void collectOtherNames(const QString &content, const QStringList &known, QStringList &found,
                       int depth)
{
    // Nested shortcodes ([tabs][tab …]…[/tab][/tabs]) are looked for inside the outer one's
    // content; the bound only guards against pathological input.
    if (depth > 16 || !content.contains(u'['))
        return;
    static const Re any(openingPattern(QStringLiteral(R"([A-Za-z0-9_][\w-]*)")));
    ClosingTags closingTags(content);
    qsizetype at = 0;
    for (Found f = findShortcode(content, 0, any, closingTags); f.start >= 0;
         f = findShortcode(content, at, any, closingTags)) {
        at = f.end;
        const ShortcodeMatch &sc = f.sc;
        if (sc.escaped)
            continue;
        const bool looksLikeShortcode =
            !sc.attributeText.trimmed().isEmpty() || sc.enclosing || sc.selfClosing;
        if (looksLikeShortcode && !known.contains(sc.name) && !found.contains(sc.name))
            found << sc.name;
        if (sc.enclosing)
            collectOtherNames(sc.content, known, found, depth + 1);
    }
}

} // namespace

QStringList otherShortcodeNames(const QString &content, const QStringList &known)
{
    QStringList found;
    collectOtherNames(validUtf16(content), known, found, 0);
    return found;
}

} // namespace pw
