// SPDX-FileCopyrightText: 2026 The Postwright authors
// SPDX-License-Identifier: GPL-3.0-or-later
// The site's tags as the tags field offers them for completion: every tag another post uses,
// the most used first.
#include "core/site/site_vocabulary.h"

#include "test_support.h"

#include <QDir>
#include <QTemporaryDir>
#include <QTest>

using namespace pw;
using namespace pw::test;

class TestSiteVocabulary : public QObject {
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    SiteVocabulary m_vocabulary;

    void post(const QString &name, const QByteArray &tags)
    {
        QDir(m_dir.path()).mkpath(QStringLiteral("content"));
        writeFile(m_dir, QStringLiteral("content/") + name,
                  "---\ntitle: " + name.toUtf8() + "\ntags: [" + tags + "]\n---\nBody.\n");
    }

private slots:
    void initTestCase()
    {
        // kubernetes: 4 posts, docker: 3, ci and Helm: 2 each, zsh: 1 (only mine.md).
        post(QStringLiteral("a.md"), "kubernetes, docker, ci");
        post(QStringLiteral("b.md"), "kubernetes, docker, Helm");
        post(QStringLiteral("c.md"), "kubernetes, Helm");
        post(QStringLiteral("d.md"), "kubernetes, ci");
        post(QStringLiteral("mine.md"), "docker, zsh");
        m_vocabulary = scanVocabulary(m_dir.path(), {m_dir.filePath(QStringLiteral("content"))});
        QCOMPARE(m_vocabulary.postsRead, 5);
    }

    void mostUsedFirstTiesAlphabetical()
    {
        // ci and Helm tie at 2 and keep the case-insensitive alphabetical order.
        QCOMPARE(
            m_vocabulary.tagsMostUsedFirst(),
            QStringList({QStringLiteral("kubernetes"), QStringLiteral("docker"),
                         QStringLiteral("ci"), QStringLiteral("Helm"), QStringLiteral("zsh")}));
    }

    // The post being edited does not count: its own zsh is no suggestion, and docker (used
    // by it and two others) ties with ci and Helm.
    void thePostItselfDoesNotCount()
    {
        QCOMPARE(m_vocabulary.tagsMostUsedFirst(QStringLiteral("content/mine.md")),
                 QStringList({QStringLiteral("kubernetes"), QStringLiteral("ci"),
                              QStringLiteral("docker"), QStringLiteral("Helm")}));
    }

    void sameTagsAsUsedBesides()
    {
        for (const QString &except :
             {QString(), QStringLiteral("content/mine.md"), QStringLiteral("content/a.md")}) {
            QStringList ranked = m_vocabulary.tagsMostUsedFirst(except);
            ranked.sort(Qt::CaseInsensitive);
            QCOMPARE(ranked, m_vocabulary.tagsUsedBesides(except));
        }
    }
};

QTEST_GUILESS_MAIN(TestSiteVocabulary)
#include "tst_site_vocabulary.moc"
