// SPDX-FileCopyrightText: 2026 The Postwright authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/finding.h"
#include "core/text/mojibake.h"

#include <QByteArray>
#include <QString>

namespace pw {

// Bytes turned into text, with what was found on the way. `ok` is false only when the bytes
// hold no text at all (binary data, an empty file); invalid sequences in otherwise readable
// text are replaced by U+FFFD and reported, never fatal.
struct DecodedText {
    bool ok = false;
    QString text;
    QString encoding;          // "UTF-8", "UTF-16LE", "windows-1252", ... as detected
    bool hadBom = false;
    int invalidSequences = 0;  // replaced by U+FFFD
    qsizetype firstInvalidByte = -1; // offset in the input bytes
    int mojibakeRepairs = 0;   // sequences repaired by repairMojibake()
    // Where each repair is in `text` (a repaired BOM, which is not content, is not listed).
    QList<MojibakeFix> repairs;
    QString error;             // set when !ok: what is wrong, for people
    QList<Finding> findings;   // Field::File findings: invalid bytes (warning), repairs (info)
};

// Decodes file bytes: BOM (UTF-8, UTF-16LE/BE), then strict UTF-8, then the charset uchardet
// detects; then repairs mojibake (see mojibake.h). Binary data (NUL bytes outside UTF-16,
// many control characters) is refused with a message.
DecodedText decodeText(const QByteArray &bytes);

// "The file is empty.": the one wording for a file with no text, whoever finds it (the
// decoder, a reader given only white space, the importer).
QString emptyFileMessage();

} // namespace pw
