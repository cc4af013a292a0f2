// SPDX-FileCopyrightText: 2026 The Postwright authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/markdown/code_colouring.h"

#include <QString>

class QWidget;

namespace pw {
struct Post;
}

namespace pw::gui {

// File → Export → As HTML…: asks where (suggesting `suggestedPath` with .html), writes the
// standalone page (pw::exportHtml) atomically, its code coloured as `code` says, and says so
// when it fails. The path written, or empty when cancelled or failed.
QString exportHtmlInteractively(QWidget *parent, const Post &post, const QString &suggestedPath,
                                const CodeColouring &code = {});

// The same without the file dialog; the error names the file and the reason.
bool writeHtmlExport(const QString &path, const Post &post, QString *error = nullptr,
                     const CodeColouring &code = {});

} // namespace pw::gui
