// SPDX-FileCopyrightText: 2026 The Postwright authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QHash>
#include <QString>
#include <QStringList>

#include <functional>

namespace pw {

// A shortcode's attributes as WordPress' shortcode_parse_atts() reads them: name=value pairs
// (names lower-cased, values in double, single or no quotes, C-style backslash escapes undone)
// and positional values. A value with an unclosed HTML tag is emptied, as WordPress does.
struct ShortcodeAttributes {
    QHash<QString, QString> named;
    QStringList positional;

    QString value(const QString &name) const { return named.value(name); }
    bool has(const QString &name) const { return named.contains(name); }
    bool isEmpty() const { return named.isEmpty() && positional.isEmpty(); }
};

ShortcodeAttributes parseShortcodeAttributes(QStringView text);

// One occurrence in the text, as get_shortcode_regex() matches it.
struct ShortcodeMatch {
    QString name;
    QString attributeText;    // between the name and ']' (or '/]'), as written
    QString content;          // between [name] and [/name]
    bool enclosing = false;   // has a [/name]
    bool selfClosing = false; // written [name /]
    bool escaped = false;     // [[name]]: WordPress prints it as [name], without running it
    QString text;             // the whole match as written
};

// WordPress' do_shortcode() for the given names: each shortcode of those names is replaced by
// what `render` returns for it; [[name]] becomes the literal [name]. Shortcodes of other names
// are left as they are. (WordPress' extra pass for shortcodes inside HTML attributes,
// do_shortcodes_in_html_tags(), is not followed: core shortcodes do not appear there.)
using ShortcodeRenderer = std::function<QString(const ShortcodeMatch &)>;
QString doShortcodes(const QString &content, const QStringList &names,
                     const ShortcodeRenderer &render);

// WordPress' shortcode_unautop(): a shortcode of one of the names alone in a paragraph that
// wpautop() made loses the <p> around it.
QString shortcodeUnautop(const QString &text, const QStringList &names);

// The names of bracketed tags in the text that are shortcodes of some plugin or theme, in
// first-seen order, leaving out `known`: a bracketed name with attributes ([foo id="1"]),
// with a closing tag ([foo]…[/foo]) or written self-closing ([foo /]). A bare word in brackets
// ("[sic]") could be either, and is not listed. [[foo]] is not listed (it is escaped text).
QStringList otherShortcodeNames(const QString &content, const QStringList &known);

} // namespace pw
