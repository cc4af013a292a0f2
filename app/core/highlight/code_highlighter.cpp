// SPDX-FileCopyrightText: 2026 The Postwright authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/highlight/code_highlighter.h"

#include "core/highlight/highlight_backend.h"

#include <QMutexLocker>

namespace pw {

namespace {

// Enough for every fence word a set of documents uses; a flood of made-up ones starts over.
constexpr qsizetype kMaxUnknownLanguages = 1024;

} // namespace

CodeHighlighter::CodeHighlighter(std::unique_ptr<HighlightBackend> backend, QString unavailable)
    : m_backend(std::move(backend)), m_unavailable(std::move(unavailable)),
      m_unknown(std::make_shared<const CodeColours>())
{
}

CodeHighlighter::~CodeHighlighter() = default;

QString CodeHighlighter::languageWord(const QString &infoString)
{
    QStringView word = QStringView(infoString).trimmed();
    for (qsizetype i = 0; i < word.size(); ++i) {
        if (word[i].isSpace()) {
            word.truncate(i);
            break;
        }
    }
    // Pandoc's attribute form: {.python} or {python}; R Markdown's {r, echo=FALSE}.
    if (word.startsWith(u'{'))
        word = word.sliced(1);
    if (word.startsWith(u'.'))
        word = word.sliced(1);
    static constexpr QStringView stops = u"{}[](),=:;\"'";
    for (qsizetype i = 0; i < word.size(); ++i) {
        if (stops.contains(word[i])) {
            word.truncate(i);
            break;
        }
    }
    return word.toString();
}

bool CodeHighlighter::isPlainText(const QString &word)
{
    static const QSet<QString> plain = {
        QStringLiteral("text"),      QStringLiteral("txt"),         QStringLiteral("plain"),
        QStringLiteral("plaintext"), QStringLiteral("plain-text"),  QStringLiteral("none"),
        QStringLiteral("output"),    QStringLiteral("nohighlight"), QStringLiteral("no-highlight")};
    return plain.contains(word.toLower());
}

CodeColoursPtr CodeHighlighter::colours(const QString &infoString, const QString &code,
                                        const QString &theme)
{
    if (!m_backend)
        return nullptr;
    const QString language = languageWord(infoString);
    if (language.isEmpty() || isPlainText(language))
        return nullptr;
    {
        const QMutexLocker lock(&m_mutex);
        if (m_unknownLanguages.contains(language)) {
            ++m_hits;
            return m_unknown;
        }
    }
    const QByteArray key = HighlightCache::key(theme, language, code);
    if (CodeColoursPtr cached = m_cache.find(key)) {
        ++m_hits;
        return cached;
    }
    ++m_misses;
    std::optional<CodeColours> answer = m_backend->highlight(language, code, theme);
    if (!answer)
        return nullptr; // not kept: the next analysis asks again
    if (answer->language.isEmpty()) {
        const QMutexLocker lock(&m_mutex);
        if (m_unknownLanguages.size() >= kMaxUnknownLanguages)
            m_unknownLanguages.clear();
        m_unknownLanguages.insert(language);
        return m_unknown;
    }
    auto colours = std::make_shared<const CodeColours>(std::move(*answer));
    m_cache.insert(key, colours);
    return colours;
}

std::optional<CodeThemeStyles> CodeHighlighter::themeStyles(const QString &theme)
{
    if (!m_backend)
        return std::nullopt;
    {
        const QMutexLocker lock(&m_mutex);
        const auto found = m_themes.constFind(theme);
        if (found != m_themes.cend()) {
            ++m_hits;
            return *found;
        }
    }
    ++m_misses;
    std::optional<CodeThemeStyles> styles = m_backend->themeStyles(theme);
    if (styles) {
        const QMutexLocker lock(&m_mutex);
        m_themes.insert(theme, *styles);
    }
    return styles;
}

QString CodeHighlighter::unavailableReason() const
{
    return m_backend ? m_backend->unavailableReason() : m_unavailable;
}

CodeHighlighter::Stats CodeHighlighter::stats() const
{
    return {m_hits.load(), m_misses.load()};
}

} // namespace pw
