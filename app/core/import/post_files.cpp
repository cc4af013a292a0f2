// SPDX-FileCopyrightText: 2026 The Postwright authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/import/post_files.h"

#include "core/formats/post_writer.h"
#include "core/io/atomic_writer.h"
#include "core/io/existing_file.h"

#include <QFileInfo>

namespace pw {

PostFiles::PostFiles() : PostFiles(Options{}) {}

PostFiles::PostFiles(const Options &options)
    : m_options(options),
      m_names(options.outDir, options.format == PostFormat::Generator ? QStringLiteral(".txt")
                                                                      : QStringLiteral(".md"))
{
}

const PostOutcome &PostFiles::add(const QString &source, int index, const ImportedPost &imported,
                                  const QList<Finding> &sourceFindings)
{
    PostOutcome outcome;
    outcome.source = source;
    outcome.index = index;
    outcome.slug = effectiveSlug(imported.post);
    outcome.findings = sourceFindings + imported.findings;
    if (hasErrors(imported.findings)) {
        for (const Finding &f : imported.findings) {
            if (f.severity == Severity::Error) {
                outcome.error = f.message;
                break;
            }
        }
        ++m_skipped;
    } else {
        const QString fallback = imported.wordpressId != 0
                                     ? QStringLiteral("post-%1").arg(imported.wordpressId)
                                     : QFileInfo(source).completeBaseName();
        // A re-run takes the same names in the same order, so each post meets the file
        // an earlier run wrote for it.
        outcome.file = m_names.take(outcome.slug, fallback);
        writeUnlessPresent(outcome, writePost(imported.post, m_options.format));
    }
    m_outcomes.append(outcome);
    return m_outcomes.constLast();
}

void PostFiles::writeUnlessPresent(PostOutcome &outcome, const QByteArray &bytes)
{
    const ExistingFile existing = compareWithExisting(outcome.file, bytes);
    if (existing == ExistingFile::Same) {
        outcome.status = PostOutcome::Status::Unchanged;
        ++m_unchanged;
        return;
    }
    if (existing == ExistingFile::Differs && !m_options.force) {
        outcome.status = PostOutcome::Status::Differs;
        ++m_differs;
        return;
    }
    const WriteResult written = writeFileAtomically(outcome.file, bytes);
    if (written.ok) {
        outcome.status = PostOutcome::Status::Written;
        ++m_written;
    } else {
        outcome.file.clear();
        outcome.error = written.error;
        outcome.writeFailed = true;
        m_writeFailed = true;
    }
}

} // namespace pw
