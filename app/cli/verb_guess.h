// SPDX-FileCopyrightText: 2026 The Postwright authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>
#include <QStringList>

namespace pw::cli {

// True when `argument` has the shape of a verb and names nothing on disk: a word of letters,
// digits, '-' and '_' that does not start with '-' (an option). Anything with a dot or a slash
// is a file name, existing or not yet ("new-post.md", "drafts/x"), and so is any word that
// names an existing file or folder.
bool looksLikeVerb(const QString &argument);

// The verb the user most likely meant by `typed`, or an empty string when none is close:
// within a small edit distance (a letter missing, extra, wrong or two swapped), or a verb
// that `typed` is the beginning of. Case is ignored.
QString closestVerb(const QString &typed, const QStringList &verbs);

} // namespace pw::cli
