// SPDX-FileCopyrightText: 2026 The Postwright authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/formats/post_format.h"

#include <QList>
#include <QString>
#include <optional>
#include <utility>

class QWidget;

namespace pw::gui {

// A post format as the save dialog offers it.
struct FormatChoice {
    PostFormat format;
    QString filter; // "Generator text (*.txt)"
    QString suffix; // "txt"
    // The filter without its pattern, for sentences: "Generator text".
    QString name() const { return filter.section(QStringLiteral(" ("), 0, 0); }
};

// The formats a post can be saved or exported in, as the file dialog lists them.
QList<FormatChoice> saveFormats();
// The choice for `format`; Markdown with front matter for formats that cannot be written.
FormatChoice choiceFor(PostFormat format);

// Asks where to write, offering the formats with `preferred` selected. Adds the format's
// suffix when the user typed none. Empty when cancelled.
std::optional<std::pair<QString, PostFormat>> askSavePath(QWidget *parent, const QString &caption,
                                                          const QString &suggestedPath,
                                                          PostFormat preferred);

} // namespace pw::gui
