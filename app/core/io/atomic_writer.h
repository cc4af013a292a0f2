// SPDX-FileCopyrightText: 2026 The Postwright authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QString>

namespace pw {

struct WriteResult {
    bool ok = false;
    QString error; // names the file and the reason
};

// Writes through QSaveFile: the old file stays intact until the new one is complete, and
// `ok` is true only after commit() succeeded.
WriteResult writeFileAtomically(const QString &path, const QByteArray &bytes);

} // namespace pw
