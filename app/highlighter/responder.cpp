// SPDX-FileCopyrightText: 2026 The Postwright authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "responder.h"

#include <KSyntaxHighlighting/Definition>
#include <KSyntaxHighlighting/Repository>
#include <KSyntaxHighlighting/Theme>

namespace pw::helper {

Responder::Responder(const KSyntaxHighlighting::Repository &repository)
    : m_repository(repository), m_resolver(repository)
{
}

QByteArray Responder::respond(const Request &request)
{
    // Repository::theme() falls back to the default theme for a name it does not know.
    const KSyntaxHighlighting::Theme theme = m_repository.theme(request.theme);
    if (!theme.isValid() || theme.name() != request.theme)
        return errorResponse(request.id, Status::UnknownTheme);

    if (request.kind == Kind::Theme) {
        return themeResponse(request.id,
                             theme.editorColor(KSyntaxHighlighting::Theme::BackgroundColor),
                             CodeSpanCollector::themeStyles(theme));
    }

    const KSyntaxHighlighting::Definition definition = m_resolver.resolve(request.language);
    if (!definition.isValid())
        return errorResponse(request.id, Status::UnknownLanguage);
    return highlightResponse(request.id, definition.name(),
                             m_collector.collect(definition, theme, request.code));
}

} // namespace pw::helper
