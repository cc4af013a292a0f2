// SPDX-FileCopyrightText: 2026 The Postwright authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/highlight/in_process_backend.h"

#include "highlighter/language_resolver.h"
#include "highlighter/span_collector.h"

#include <KSyntaxHighlighting/Definition>
#include <KSyntaxHighlighting/Repository>
#include <KSyntaxHighlighting/Theme>

#include <QMutexLocker>

#include <type_traits>

namespace pw {

namespace {

using Span = CodeSpanCollector::Span;

// The helper's spans reach the client as CodeTokens field by field (PROTOCOL.md); these hold
// the two sides' numbers together, so the copy below is all the conversion there is.
static_assert(int(CodeSpanCollector::Bold) == int(CodeToken::Bold) &&
              int(CodeSpanCollector::Italic) == int(CodeToken::Italic) &&
              int(CodeSpanCollector::Underline) == int(CodeToken::Underline) &&
              int(CodeSpanCollector::StrikeThrough) == int(CodeToken::StrikeOut));
static_assert(std::is_same_v<QRgb, Argb>, "both are 0xAARRGGBB in 32 bits");

CodeToken toToken(const Span &span)
{
    CodeToken token;
    token.offset = int(span.offset);
    token.length = int(span.length);
    token.foreground = span.foreground;
    token.background = span.background;
    token.flags = span.flags;
    token.textStyle = span.textStyle;
    return token;
}

} // namespace

struct InProcessBackend::Engine {
    Engine() : resolver(repository)
    {
        // Made on whichever worker thread asked first, which the thread pool may end long
        // before the backend goes: the Repository (a QObject without events or timers) belongs
        // to no thread, so destroying it from any thread is in order.
        repository.moveToThread(nullptr);
    }

    // Theme lookup as responder.cpp does it: Repository::theme() answers a name it does not
    // know with the default theme (KF5) or an invalid one (newer KF6).
    KSyntaxHighlighting::Theme theme(const QString &name) const
    {
        KSyntaxHighlighting::Theme found = repository.theme(name);
        if (!found.isValid() || found.name() != name)
            return {};
        return found;
    }

    // Declared first, destroyed last: the resolver refers to it, and both hold its definitions.
    KSyntaxHighlighting::Repository repository;
    LanguageResolver resolver;
    CodeSpanCollector collector;
};

InProcessBackend::InProcessBackend() = default;

InProcessBackend::~InProcessBackend() = default;

InProcessBackend::Engine &InProcessBackend::ensureEngine()
{
    if (!m_engine)
        m_engine = std::make_unique<Engine>();
    return *m_engine;
}

std::optional<CodeColours> InProcessBackend::highlight(const QString &language, const QString &code,
                                                       const QString &theme)
{
    const QMutexLocker lock(&m_mutex);
    Engine &engine = ensureEngine();
    const KSyntaxHighlighting::Theme found = engine.theme(theme);
    if (!found.isValid())
        return std::nullopt; // as the helper's "unknown theme": no colours, nothing is wrong
    const KSyntaxHighlighting::Definition definition = engine.resolver.resolve(language);
    if (!definition.isValid())
        return CodeColours{}; // an answer: the language is unknown
    const std::vector<Span> spans = engine.collector.collect(definition, found, code);
    CodeColours colours;
    colours.language = definition.name();
    colours.tokens.reserve(qsizetype(spans.size()));
    for (const Span &span : spans)
        colours.tokens.append(toToken(span));
    return colours;
}

std::optional<CodeThemeStyles> InProcessBackend::themeStyles(const QString &theme)
{
    const QMutexLocker lock(&m_mutex);
    const KSyntaxHighlighting::Theme found = ensureEngine().theme(theme);
    if (!found.isValid())
        return std::nullopt;
    CodeThemeStyles styles{
        theme, found.editorColor(KSyntaxHighlighting::Theme::BackgroundColor), {}};
    // Indexed by text style, as HelperProcessBackend::themeStyles() files the helper's answer.
    for (const Span &span : CodeSpanCollector::themeStyles(found)) {
        if (span.offset > 255)
            continue;
        const auto at = qsizetype(span.offset);
        if (styles.styles.size() <= at)
            styles.styles.resize(at + 1);
        styles.styles[at] = toToken(span);
    }
    return styles;
}

QString InProcessBackend::unavailableReason() const
{
    return {};
}

} // namespace pw
