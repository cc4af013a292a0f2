// SPDX-FileCopyrightText: 2026 The Postwright authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// A corpus of blog posts for timing `postwright check`, written into a temporary folder at
// benchmark time (never committed). Each post is Markdown with YAML front matter, built from
// the paragraphs of the seeds and of bench_support's generated section, varied per post the
// way real posts differ: some words mistyped (mostly unique to one post), a made-up name used
// a few times in the post, and technical words many posts share (npm, async, backend...).
// The same index always gives the same post.

#include "bench_support.h"

#include <QDir>
#include <QFile>
#include <QRegularExpression>

#include <random>

namespace pw::bench {

// Paragraph-sized blocks of Markdown: the seeds' bodies and a few generated sections.
inline QStringList corpusBlocks()
{
    QStringList blocks;
    for (const QString &path : test::seedPaths()) {
        const PostReadResult read = readPostBytes(test::fileBytes(path));
        if (read.post)
            blocks += read.post->body.split(QStringLiteral("\n\n"), Qt::SkipEmptyParts);
    }
    for (int n = 1; n <= 4; ++n)
        blocks += section(n).split(QStringLiteral("\n\n"), Qt::SkipEmptyParts);
    blocks.removeIf([](const QString &block) { return block.trimmed().size() < 20; });
    return blocks;
}

// A typo: two inner letters swapped, or one doubled.
inline QString mistyped(const QString &word, std::mt19937 &rng)
{
    QString result = word;
    const int i = 1 + int(rng() % uint(word.size() - 2));
    if (rng() % 2)
        std::swap(result[i], result[i + 1]);
    else
        result.insert(i, result[i]);
    return result;
}

// A pronounceable name no dictionary knows ("Kavoreth"), different for each post.
inline QString madeUpName(int index)
{
    static const char *const syllables[] = {"ka", "vo",  "reth", "mil", "zan", "tor",
                                            "bi", "qu",  "ess",  "dra", "lun", "pex",
                                            "or", "wyn", "sel",  "gha"};
    QString name;
    for (int n = index + 17, i = 0; i < 3 || n > 0; ++i, n /= 16)
        name += QLatin1String(syllables[n % 16]);
    name[0] = name[0].toUpper();
    return name;
}

// Mistypes about one prose word in `rate` (letters only, five or more of them); code fences,
// tables and HTML are left alone.
inline QString withTypos(const QString &block, int rate, std::mt19937 &rng)
{
    if (block.startsWith(QLatin1String("```")) || block.startsWith(QLatin1Char('|')) ||
        block.startsWith(QLatin1Char('<')))
        return block;
    static const QRegularExpression word(QStringLiteral("\\b[a-z]{5,}\\b"));
    QString result;
    qsizetype last = 0;
    for (auto it = word.globalMatch(block); it.hasNext();) {
        const QRegularExpressionMatch match = it.next();
        result += QStringView(block).mid(last, match.capturedStart() - last);
        result += rng() % uint(rate) == 0 ? mistyped(match.captured(), rng) : match.captured();
        last = match.capturedEnd();
    }
    result += QStringView(block).mid(last);
    return result;
}

inline QByteArray corpusPost(int index, const QStringList &blocks)
{
    std::mt19937 rng(uint(index) * 2654435761u + 1);
    static const QStringList jargon = {
        "npm",        "async",      "backend",       "config",    "frontend",   "webpack",
        "middleware", "serverless", "Kubernetes",    "GraphQL",   "repo",       "localhost",
        "changelog",  "linter",     "microservices", "namespace", "TypeScript", "dev"};
    static const QStringList topics = {"Django",        "Flask",   "React",     "testing",
                                       "deployment",    "caching", "databases", "APIs",
                                       "release notes", "Rust"};
    const QString topic = topics[int(rng() % uint(topics.size()))];
    const QString name = madeUpName(index);
    const auto pick = [&] { return jargon[int(rng() % uint(jargon.size()))]; };

    QString body = QStringLiteral("%1 wrote this guide to %2 after a %3 and %4 migration.\n\n")
                       .arg(name, topic, pick(), pick());
    const int count = 8 + int(rng() % 7);
    for (int i = 0; i < count; ++i) {
        body +=
            withTypos(blocks[int(rng() % uint(blocks.size()))], 300, rng) + QStringLiteral("\n\n");
        if (i % 4 == 3)
            body += QStringLiteral("As %1 says, keep the %2 and the %3 small.\n\n")
                        .arg(name, pick(), pick());
    }
    const QString front =
        QStringLiteral("---\ntitle: \"%1 in practice: notes on %2 number %3\"\n"
                       "description: \"What %1 taught us about %2, %4 and %5: a practical "
                       "guide with examples, pitfalls and the fixes that worked for us.\"\n"
                       "tags: [%2, %4]\ncategories: [Web Development]\n---\n")
            .arg(name, topic, QString::number(index), pick(),
                 withTypos(QStringLiteral("performance"), 3, rng));
    return (front + body).toUtf8();
}

// Writes posts 0..count-1 as post-NNNN.md into `folder`; returns their paths in order.
inline QStringList writeCheckCorpus(const QString &folder, int count)
{
    const QStringList blocks = corpusBlocks();
    QStringList paths;
    for (int i = 0; i < count; ++i) {
        const QString path =
            QDir(folder).filePath(QStringLiteral("post-%1.md").arg(i, 4, 10, QLatin1Char('0')));
        QFile file(path);
        if (file.open(QIODevice::WriteOnly))
            file.write(corpusPost(i, blocks));
        paths.append(path);
    }
    return paths;
}

} // namespace pw::bench
