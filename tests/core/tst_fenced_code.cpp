// SPDX-FileCopyrightText: 2026 The Postwright authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/markdown/fenced_code.h"

#include <QTest>

using namespace pw;

// Where cmark-gfm sees fenced code blocks open and close; the expectations follow the
// CommonMark spec's fenced code rules (a closing fence is indented at most 3 spaces within its
// container; a container's end closes the block).
class TestFencedCode : public QObject {
    Q_OBJECT

private slots:
    void blocks_data()
    {
        QTest::addColumn<QString>("body");
        QTest::addColumn<int>("openingLine");
        QTest::addColumn<int>("fenceColumn");
        QTest::addColumn<QString>("fence");
        QTest::addColumn<int>("lastLine");
        QTest::addColumn<bool>("closed");
        QTest::newRow("closed") << "text\n\n```js\ncode\n```\n\nafter" << 2 << 0 << "```" << 4
                                << true;
        QTest::newRow("unclosed") << "```\ncode\nmore" << 0 << 0 << "```" << 2 << false;
        QTest::newRow("unclosed, newline at the end") << "```\ncode\n"
                                                      << 0 << 0 << "```" << 1 << false;
        QTest::newRow("closed, newline at the end") << "```\ncode\n```\n"
                                                    << 0 << 0 << "```" << 2 << true;
        QTest::newRow("empty closed") << "```\n```" << 0 << 0 << "```" << 1 << true;
        QTest::newRow("fence alone") << "```" << 0 << 0 << "```" << 0 << false;
        // Indented by four, the would-be closing fence is code: the block runs on.
        QTest::newRow("indented fence is content")
            << "```\nif x:\n    y\n    ```\nafter" << 0 << 0 << "```" << 4 << false;
        QTest::newRow("indented by three closes")
            << "```\ncode\n   ```\nafter" << 0 << 0 << "```" << 2 << true;
        QTest::newRow("tildes") << "~~~~\n~~~\n~~~~" << 0 << 0 << "~~~~" << 2 << true;
        QTest::newRow("in a list item")
            << "- item\n\n  ```\n  code\n  ```" << 2 << 2 << "```" << 4 << true;
        QTest::newRow("opened on the item's line")
            << "- ```\n  code\n  ```" << 0 << 2 << "```" << 2 << true;
        // The list item ends with a line indented less than its content, and the block too.
        QTest::newRow("container ends it")
            << "- ```\n  code\nafter" << 0 << 2 << "```" << 1 << false;
        QTest::newRow("in a quote") << "> ```\n> code\n> ```" << 0 << 2 << "```" << 2 << true;
        QTest::newRow("after a quoted paragraph")
            << QStringLiteral("> ü\n>\n> ```\n> x") << 2 << 2 << "```" << 3 << false;
    }

    void blocks()
    {
        QFETCH(QString, body);
        QFETCH(int, openingLine);
        QFETCH(int, fenceColumn);
        QFETCH(QString, fence);
        QFETCH(int, lastLine);
        QFETCH(bool, closed);
        const QList<FencedCode> blocks = fencedCodeBlocks(body);
        QCOMPARE(blocks.size(), 1);
        const FencedCode &block = blocks.front();
        QCOMPARE(block.openingLine, openingLine);
        QCOMPARE(block.fenceColumn, fenceColumn);
        QCOMPARE(QString(block.fenceLength, block.fenceChar), fence);
        QCOMPARE(block.lastLine, lastLine);
        QCOMPARE(block.closed, closed);
    }

    void indentedCodeIsNotFenced()
    {
        QVERIFY(fencedCodeBlocks(QStringLiteral("text\n\n    ```\n    code\n")).isEmpty());
        QVERIFY(fencedCodeBlocks(QString()).isEmpty());
    }

    void severalInBodyOrder()
    {
        const QList<FencedCode> blocks =
            fencedCodeBlocks(QStringLiteral("```\na\n```\n\n~~~\nb\n~~~\n"));
        QCOMPARE(blocks.size(), 2);
        QCOMPARE(blocks[0].openingLine, 0);
        QCOMPARE(blocks[1].openingLine, 4);
        QCOMPARE(blocks[1].fenceChar, QLatin1Char('~'));
        QVERIFY(blocks[0].closed && blocks[1].closed);
    }
};

QTEST_APPLESS_MAIN(TestFencedCode)
#include "tst_fenced_code.moc"
