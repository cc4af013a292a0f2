// SPDX-FileCopyrightText: 2026 The Postwright authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "language_resolver.h"
#include "protocol.h"
#include "span_collector.h"

namespace KSyntaxHighlighting {
class Repository;
}

namespace pw::helper {

// Answers one decoded request at a time with a response frame.
class Responder {
public:
    // `repository` must outlive the responder.
    explicit Responder(const KSyntaxHighlighting::Repository &repository);

    QByteArray respond(const Request &request);

private:
    const KSyntaxHighlighting::Repository &m_repository;
    LanguageResolver m_resolver;
    CodeSpanCollector m_collector;
};

} // namespace pw::helper
