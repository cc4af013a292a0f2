// SPDX-FileCopyrightText: 2026 The Postwright authors
// SPDX-License-Identifier: GPL-3.0-or-later
// What the editor offers for the empty title and meta description of plain Markdown: the
// first heading, and the opening paragraph cut to what Google shows. Expected values are the
// seeds' own text, cut by hand at the last whole word that fits 156 characters with "…".
#include "core/checks/metadata_checks.h"
#include "core/formats/post_reader.h"
#include "core/markdown/analysis.h"
#include "test_support.h"

#include <QTest>

using namespace pw;

class TestMetadataSuggestions : public QObject {
    Q_OBJECT

private slots:
    void plainMarkdownSeeds_data()
    {
        QTest::addColumn<QByteArray>("bytes");
        QTest::addColumn<QString>("title");
        QTest::addColumn<QString>("description");
        QTest::newRow("seed 001")
            << pw::test::seedBytes("001")
            << QStringLiteral("Django vs. Flask: Comparing Python Frameworks")
            << QStringLiteral("Which Python framework should you use for your next project? "
                              "This article breaks down the differences between two of the "
                              "most poplar Python frameworks…");
        QTest::newRow("seed 002")
            << pw::test::seedBytes("002") << QStringLiteral("What is Flask?")
            << QStringLiteral("Flask is an micro framework offering basic features of web app. "
                              "This framework has no dependencies on external libraries. The "
                              "framework offers extensions…");
    }

    void plainMarkdownSeeds()
    {
        QFETCH(QByteArray, bytes);
        QFETCH(QString, title);
        QFETCH(QString, description);
        QVERIFY(!bytes.isEmpty());
        const PostReadResult read = readPostBytes(bytes);
        QVERIFY(read.post);
        QVERIFY(read.post->title.isEmpty());
        const SnapshotPtr snapshot = analyzePost(*read.post, {}, 1);
        QCOMPARE(snapshot->suggestion.title, title);
        QCOMPARE(snapshot->suggestion.description, description);
        QVERIFY(characterCount(snapshot->suggestion.description) <= limits::descriptionMaxChars);
    }

    void nothingIsOfferedForWhatThePostHas()
    {
        const PostReadResult read = readPostBytes(pw::test::seedBytes("000"));
        QVERIFY(read.post && !read.post->title.isEmpty());
        const SnapshotPtr snapshot = analyzePost(*read.post, {}, 1);
        QCOMPARE(snapshot->suggestion, MetadataSuggestion());
    }

    void aShortParagraphIsTakenWhole()
    {
        Post post;
        post.body = QStringLiteral("# Sourdough at home\n\nBake **real** bread with [three] "
                                   "ingredients.\n\n[three]: https://example.org\n\nMore.");
        const SnapshotPtr snapshot = analyzePost(post, {}, 1);
        QCOMPARE(snapshot->suggestion.title, QStringLiteral("Sourdough at home"));
        // Markup gone, as the search result shows it.
        QCOMPARE(snapshot->suggestion.description,
                 QStringLiteral("Bake real bread with three ingredients."));
    }

    void noHeadingNoParagraphNoOffer()
    {
        Post post;
        post.body = QStringLiteral("```\ncode only\n```\n\n- a list\n");
        const SnapshotPtr snapshot = analyzePost(post, {}, 1);
        QVERIFY(snapshot->suggestion.title.isEmpty());
        QVERIFY(snapshot->suggestion.description.isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestMetadataSuggestions)
#include "tst_metadata_suggestions.moc"
