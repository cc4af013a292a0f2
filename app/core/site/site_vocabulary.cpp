// SPDX-FileCopyrightText: 2026 The Postwright authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/site/site_vocabulary.h"

#include "core/formats/post_reader.h"

#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QSet>

#include <algorithm>

namespace pw {

namespace {

// Front matter is at the top; a post whose front matter is longer than this has none we read.
constexpr qint64 frontMatterBytes = 64 * 1024;

bool isPostFile(const QString &name)
{
    return name.endsWith(QLatin1String(".md"), Qt::CaseInsensitive) ||
           name.endsWith(QLatin1String(".markdown"), Qt::CaseInsensitive) ||
           name.endsWith(QLatin1String(".mdx"), Qt::CaseInsensitive);
}

// Build output, dependencies and tooling hold Markdown that is not the site's posts.
bool isSkippedFolder(const QString &name)
{
    static const QSet<QString> skipped = {
        QStringLiteral("node_modules"), QStringLiteral("_site"),     QStringLiteral("public"),
        QStringLiteral("build"),        QStringLiteral("dist"),      QStringLiteral("vendor"),
        QStringLiteral("themes"),       QStringLiteral("resources"), QStringLiteral("out"),
        QStringLiteral("target")};
    return name.startsWith(QLatin1Char('.')) || skipped.contains(name);
}

// The bytes of the front-matter block (`---` or `+++` fences) and nothing after it, so the
// reader does not decode and parse a body the vocabulary never looks at. Empty: no front matter.
QByteArray frontMatterOf(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    QByteArray head = file.read(frontMatterBytes);
    const qsizetype start = head.startsWith("\xEF\xBB\xBF") ? 3 : 0;
    // Hugo's JSON front matter: the object and the start of the body after it read as such
    // (the reader finds the object's end); a post whose object outgrows the head is skipped.
    if (head.mid(start).trimmed().startsWith('{'))
        return head;
    const QByteArray fence = head.mid(start, 3);
    if (fence != "---" && fence != "+++")
        return {};
    qsizetype at = head.indexOf('\n', start);
    while (at >= 0) {
        const qsizetype next = head.indexOf('\n', at + 1);
        const QByteArray line = head.mid(at + 1, next < 0 ? -1 : next - at - 1).trimmed();
        if (line == fence)
            return head.left(next < 0 ? head.size() : next + 1);
        at = next;
    }
    return {};
}

void record(QHash<QString, QStringList> &terms, const QStringList &used, const QString &post)
{
    for (const QString &term : used)
        terms[term].append(post);
}

QStringList usedBesides(const QHash<QString, QStringList> &terms, const QString &exceptPost)
{
    QStringList result;
    for (auto it = terms.begin(); it != terms.end(); ++it) {
        if (exceptPost.isEmpty() || it->size() > 1 || it->first() != exceptPost)
            result.append(it.key());
    }
    result.sort(Qt::CaseInsensitive); // stable suggestions whatever the hash order
    return result;
}

} // namespace

QStringList SiteVocabulary::categoriesUsedBesides(const QString &exceptPost) const
{
    return usedBesides(categories, exceptPost);
}

QStringList SiteVocabulary::tagsUsedBesides(const QString &exceptPost) const
{
    return usedBesides(tags, exceptPost);
}

QStringList SiteVocabulary::tagsMostUsedFirst(const QString &exceptPost) const
{
    QStringList result = tagsUsedBesides(exceptPost);
    const auto uses = [&](const QString &tag) {
        const QStringList posts = tags.value(tag);
        return posts.size() - (!exceptPost.isEmpty() && posts.contains(exceptPost) ? 1 : 0);
    };
    // Stable: equal counts keep tagsUsedBesides' alphabetical order.
    std::stable_sort(result.begin(), result.end(),
                     [&](const QString &a, const QString &b) { return uses(a) > uses(b); });
    return result;
}

SiteVocabulary scanVocabulary(const QString &root, const QStringList &dirs,
                              const VocabularyLimits &limits, const FrontMatterDialect &dialect)
{
    SiteVocabulary vocabulary;
    QElapsedTimer clock;
    clock.start();
    const QDir rootDir(root);
    QStringList pending = dirs;
    QSet<QString> visited;
    int filesSeen = 0;
    while (!pending.isEmpty()) {
        const QString dir = pending.takeFirst();
        if (visited.contains(dir))
            continue;
        visited.insert(dir);
        const QFileInfoList entries = QDir(dir).entryInfoList(
            QDir::Files | QDir::Dirs | QDir::NoDotAndDotDot | QDir::Hidden, QDir::Name);
        for (const QFileInfo &entry : entries) {
            if (entry.isDir()) {
                if (!entry.isSymLink() && !isSkippedFolder(entry.fileName()))
                    pending.append(entry.absoluteFilePath());
                continue;
            }
            if (!isPostFile(entry.fileName()))
                continue;
            if (++filesSeen > limits.maxFiles || clock.elapsed() > limits.maxMilliseconds) {
                vocabulary.complete = false;
                return vocabulary;
            }
            const QByteArray frontMatter = frontMatterOf(entry.absoluteFilePath());
            if (frontMatter.isEmpty())
                continue;
            const PostReadResult read = readPostBytes(frontMatter, dialect);
            if (!read.post)
                continue;
            const QString relative = rootDir.relativeFilePath(entry.absoluteFilePath());
            record(vocabulary.categories, read.post->categories, relative);
            record(vocabulary.tags, read.post->tags, relative);
            ++vocabulary.postsRead;
        }
    }
    return vocabulary;
}

} // namespace pw
