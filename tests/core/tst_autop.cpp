// SPDX-FileCopyrightText: 2026 The Postwright authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/import/autop.h"

#include <QRegularExpression>
#include <QTest>

// wordpressAutop against WordPress' own wpautop: each expected text is what
// /usr/share/wordpress/wp-includes/formatting.php (WordPress 6.1.9, Debian 12) returned for the
// input, run with `php -r`. Line breaks between block tags are not compared (they are not
// content); everything else is.

using namespace pw;

namespace {

QString betweenBlocksNormalized(QString html)
{
    static const QRegularExpression gaps(QStringLiteral(">\\s*\\n\\s*<(?!br)"));
    html.replace(gaps, QStringLiteral("><"));
    return html.trimmed();
}

} // namespace

class TestAutop : public QObject {
    Q_OBJECT

private slots:
    void asWordPressDoes_data();
    void asWordPressDoes();
    void blockEditorContentIsLeftAlone();
};

void TestAutop::asWordPressDoes_data()
{
    QTest::addColumn<QString>("raw");
    QTest::addColumn<QString>("wordpress");
    QTest::newRow("paragraphs and a line break")
        << "First para.\n\nSecond line one\nline two."
        << "<p>First para.</p>\n<p>Second line one<br />\nline two.</p>\n";
    QTest::newRow("heading is a block") << "<h2>Head</h2>\n\nText" << "<h2>Head</h2>\n<p>Text</p>\n";
    QTest::newRow("pre keeps its blank line") << "<pre>a\n\nb</pre>\n\nText"
                                              << "<pre>a\n\nb</pre>\n<p>Text</p>\n";
    QTest::newRow("inline image stays in the paragraph")
        << "Text with <em>em</em>\n<img src=\"a.png\" />\n\nNext"
        << "<p>Text with <em>em</em><br />\n<img src=\"a.png\" /></p>\n<p>Next</p>\n";
}

void TestAutop::asWordPressDoes()
{
    QFETCH(QString, raw);
    QFETCH(QString, wordpress);
    QCOMPARE(betweenBlocksNormalized(wordpressAutop(raw)), betweenBlocksNormalized(wordpress));
}

void TestAutop::blockEditorContentIsLeftAlone()
{
    const QString blocks = QStringLiteral(
        "<!-- wp:paragraph -->\n<p>One.</p>\n<!-- /wp:paragraph -->\n\n"
        "<!-- wp:paragraph -->\n<p>Two.</p>\n<!-- /wp:paragraph -->");
    QCOMPARE(wordpressAutop(blocks), blocks);
    // Content with its own <p> but no block markup still goes through wpautop, as in WordPress
    // (php: wpautop("<p>Already</p>\n\n<p>paragraphs</p>")).
    const QString html = QStringLiteral("<p>Already</p>\n\n<p>paragraphs</p>");
    QCOMPARE(wordpressAutop(html), QStringLiteral("<p>Already</p>\n<p>paragraphs</p>\n"));
}

QTEST_GUILESS_MAIN(TestAutop)
#include "tst_autop.moc"
