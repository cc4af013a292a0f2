#pragma once

#include <QSet>
#include <QString>

namespace pw::cli {

// Picks file names in an output folder for imported posts: the slug made safe for a file
// name, then "-2", "-3", ... so that two posts never share a file and, unless overwriting is
// allowed, no existing file is replaced.
class OutputNames {
public:
    OutputNames(const QString &folder, const QString &suffix, bool overwrite);

    // A full path for the post; `fallback` is used when the slug gives no usable name.
    QString take(const QString &slug, const QString &fallback);

private:
    QString m_folder;
    QString m_suffix;
    bool m_overwrite;
    QSet<QString> m_taken; // lower-cased: case-insensitive file systems exist
};

} // namespace pw::cli
