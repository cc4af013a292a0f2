// SPDX-FileCopyrightText: 2026 The Postwright authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QList>
#include <QString>
#include <QStringList>

namespace pw {

enum class Severity { Error, Warning, Info };

// Which part of the post a finding is about, so the GUI can focus the right field.
enum class Field { None, Title, MetaDescription, Slug, Tags, Categories, Topic, Body, File };

// UTF-16 offsets into the text of the finding's field (for Body: into Post::body).
struct TextRange {
    qsizetype start = -1;
    qsizetype length = 0;
    bool isValid() const { return start >= 0; }
    bool operator==(const TextRange &) const = default;
};

struct Finding {
    QString id;          // stable, machine-readable: "title.width", "category.unknown", ...
    Severity severity = Severity::Info;
    Field field = Field::None;
    QString message;     // for people, translated
    TextRange range;
    QString suggestion;  // a replacement the user can apply with one click, if any
    // Further replacements, best first, where there is a choice (spelling); the first is
    // `suggestion`. Initialised so brace-initialised findings need not name it.
    QStringList suggestions = {};

    bool operator==(const Finding &) const = default;
};

QString severityName(Severity severity); // "error", "warning", "info": never translated
QString fieldName(Field field);          // "title", "meta_description", ...: never translated
bool hasErrors(const QList<Finding> &findings);

} // namespace pw
