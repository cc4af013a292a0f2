// SPDX-FileCopyrightText: 2026 The Postwright authors
// SPDX-License-Identifier: GPL-3.0-or-later
// The conflict dialog on its own, without a site: what it shows of ours and theirs, and what
// each button decides.
#include "core/i18n/date_format.h"
#include "gui/dialogs/conflict_dialog.h"
#include "gui/settings/theme.h"
#include "gui_test_main.h"

#include <QDialogButtonBox>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QScrollBar>
#include <QTableWidget>
#include <QTextBlock>

using namespace pw;
using namespace pw::gui;

namespace {

Post ourVersion()
{
    Post post;
    post.title = QStringLiteral("Ten tips for sourdough");
    post.metaDescription = QStringLiteral("How to bake it.");
    post.slug = QStringLiteral("sourdough-tips");
    post.tags = {QStringLiteral("bread"), QStringLiteral("baking")};
    post.categories = {QStringLiteral("Food")};
    post.body = QStringLiteral("Intro\nStep one\nStep two\nEnd\n");
    post.extras = {{extra_key::wordpressSite, QStringLiteral("\"https://example.com\"")},
                   {extra_key::wordpressId, QStringLiteral("42")},
                   {extra_key::wordpressStatus, QStringLiteral("\"draft\"")},
                   {extra_key::wordpressModified, QStringLiteral("\"2026-12-01T10:00:00\"")}};
    return post;
}

// The post as an editor on the site left it: a new title and tag, one line changed and one
// added; the category in another case, which WordPress takes as the same one.
Post theirVersion()
{
    Post post = ourVersion();
    post.title = QStringLiteral("Ten tips for better sourdough");
    post.tags = {QStringLiteral("bread"), QStringLiteral("Sourdough")};
    post.categories = {QStringLiteral("food")};
    post.body = QStringLiteral("Intro\nStep 1\nStep two\nA new tip\nEnd\n");
    post.extras = {{extra_key::wordpressSite, QStringLiteral("\"https://example.com\"")},
                   {extra_key::wordpressId, QStringLiteral("42")},
                   {extra_key::wordpressStatus, QStringLiteral("\"draft\"")},
                   {extra_key::wordpressModified, QStringLiteral("\"2026-12-07T14:03:00\"")},
                   {QStringLiteral("author"), QStringLiteral("\"Alice Editor\"")}};
    return post;
}

QString blockText(QPlainTextEdit *view, int row)
{
    return view->document()->findBlockByNumber(row).text();
}

bool tinted(QPlainTextEdit *view, int row)
{
    return view->document()->findBlockByNumber(row).blockFormat().background().style() !=
           Qt::NoBrush;
}

QColor tint(QPlainTextEdit *view, int row)
{
    return view->document()->findBlockByNumber(row).blockFormat().background().color();
}

} // namespace

class TestConflictDialog : public QObject {
    Q_OBJECT
private slots:
    void explainsWhatHappened()
    {
        ConflictDialog dialog(ourVersion(), theirVersion(), QStringLiteral("example.com"));
        QVERIFY(dialog.explanation().contains(
            QStringLiteral("Someone changed this post on example.com since you opened it")));
        QCOMPARE(dialog.oursHeading(), QStringLiteral("Your version"));
        QVERIFY(dialog.theirsHeading().startsWith(QStringLiteral("On example.com")));
        QVERIFY2(dialog.theirsHeading().contains(QStringLiteral("Alice Editor")),
                 qPrintable(dialog.theirsHeading()));
        // modified_gmt is UTC; the heading shows it in the user's own time.
        const QDateTime changed =
            QDateTime::fromString(QStringLiteral("2026-12-07T14:03:00Z"), Qt::ISODate)
                .toLocalTime();
        QVERIFY2(dialog.theirsHeading().contains(shortDateTime(changed)),
                 qPrintable(dialog.theirsHeading()));
    }

    void showsOnlyTheMetadataThatDiffers()
    {
        ConflictDialog dialog(ourVersion(), theirVersion(), QStringLiteral("example.com"));
        // Description, slug, categories (case aside) and status are the same.
        QCOMPARE(dialog.differingFields(),
                 (QStringList{QStringLiteral("Title"), QStringLiteral("Tags")}));
        QTableWidget *table = dialog.metadataTable();
        QCOMPARE(table->horizontalHeaderItem(1)->text(), QStringLiteral("Your version"));
        QCOMPARE(table->horizontalHeaderItem(2)->text(), QStringLiteral("On example.com"));
        QCOMPARE(table->item(0, 1)->text(), QStringLiteral("Ten tips for sourdough"));
        QCOMPARE(table->item(0, 2)->text(), QStringLiteral("Ten tips for better sourdough"));
        QCOMPARE(table->item(1, 1)->text(), QStringLiteral("bread, baking"));
        QCOMPARE(table->item(1, 2)->text(), QStringLiteral("bread, Sourdough"));
        QVERIFY(!table->isHidden());
    }

    void statusAndSlugDifferencesShow()
    {
        Post theirs = ourVersion();
        theirs.slug = QStringLiteral("sourdough");
        theirs.extras[2].yaml = QStringLiteral("\"publish\"");
        ConflictDialog dialog(ourVersion(), theirs, QStringLiteral("example.com"));
        QCOMPARE(dialog.differingFields(),
                 (QStringList{QStringLiteral("Slug"), QStringLiteral("Status")}));
        QCOMPARE(dialog.metadataTable()->item(1, 1)->text(), QStringLiteral("Draft"));
        QCOMPARE(dialog.metadataTable()->item(1, 2)->text(), QStringLiteral("Published"));
    }

    void sameMetadataSaysSo()
    {
        Post theirs = ourVersion();
        theirs.body = QStringLiteral("Other text\n");
        ConflictDialog dialog(ourVersion(), theirs, QStringLiteral("example.com"));
        QVERIFY(dialog.differingFields().isEmpty());
        QVERIFY(dialog.metadataTable()->isHidden());
    }

    void bodyRowsAreAligned()
    {
        ConflictDialog dialog(ourVersion(), theirVersion(), QStringLiteral("example.com"));
        QPlainTextEdit *ours = dialog.oursView();
        QPlainTextEdit *theirs = dialog.theirsView();
        // Intro = / Step one ≠ Step 1 / Step two = / (nothing) + A new tip / End =
        QCOMPARE(ours->document()->blockCount(), 5);
        QCOMPARE(theirs->document()->blockCount(), 5);
        const QStringList left{"Intro", "Step one", "Step two", "", "End"};
        const QStringList right{"Intro", "Step 1", "Step two", "A new tip", "End"};
        for (int row = 0; row < 5; ++row) {
            QCOMPARE(blockText(ours, row), left.at(row));
            QCOMPARE(blockText(theirs, row), right.at(row));
        }
        // Equal rows plain; the changed row tinted on both sides; the added line tinted, and
        // the gap opposite it in another tint.
        for (int row : {0, 2, 4}) {
            QVERIFY(!tinted(ours, row));
            QVERIFY(!tinted(theirs, row));
        }
        QVERIFY(tinted(ours, 1) && tinted(theirs, 1));
        QVERIFY(tinted(ours, 3) && tinted(theirs, 3));
        QVERIFY(tint(ours, 3) != tint(theirs, 3));
        QVERIFY(tint(theirs, 1) != tint(theirs, 3));
        QCOMPARE(ours->lineWrapMode(), QPlainTextEdit::NoWrap);
        QVERIFY(ours->isReadOnly() && theirs->isReadOnly());
    }

    void tintsFollowTheTheme_data()
    {
        QTest::addColumn<int>("theme");
        QTest::newRow("light") << int(Theme::Light);
        QTest::newRow("dark") << int(Theme::Dark);
    }

    void tintsFollowTheTheme()
    {
        QFETCH(int, theme);
        applyTheme(*qApp, Theme(theme));
        ConflictDialog dialog(ourVersion(), theirVersion(), QStringLiteral("example.com"));
        const QColor base = dialog.palette().color(QPalette::Base);
        const QColor text = dialog.palette().color(QPalette::Text);
        // Each tint stays on the base's side of the text colour: dark text stays readable on a
        // light tint, light text on a dark one.
        for (const QColor &tinted : {tint(dialog.oursView(), 1), tint(dialog.theirsView(), 3),
                                     tint(dialog.oursView(), 3)}) {
            QVERIFY(tinted != base);
            QVERIFY2(qAbs(tinted.lightness() - base.lightness()) <
                         qAbs(tinted.lightness() - text.lightness()),
                     qPrintable(tinted.name() + QLatin1Char(' ') + base.name()));
        }
        applyTheme(*qApp, Theme::System);
    }

    void sidesScrollTogether()
    {
        Post ours = ourVersion(), theirs = theirVersion();
        ours.body.clear();
        theirs.body.clear();
        for (int i = 0; i < 300; ++i) {
            ours.body += QStringLiteral("Line %1\n").arg(i);
            theirs.body +=
                (i % 50 == 7 ? QStringLiteral("Changed %1\n") : QStringLiteral("Line %1\n")).arg(i);
        }
        theirs.body += QStringLiteral("An added last line\n");
        ConflictDialog dialog(ours, theirs, QStringLiteral("example.com"));
        dialog.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));
        QScrollBar *left = dialog.oursView()->verticalScrollBar();
        QScrollBar *right = dialog.theirsView()->verticalScrollBar();
        QVERIFY(left->maximum() > 100);
        QCOMPARE(left->maximum(), right->maximum());
        left->setValue(120);
        QCOMPARE(right->value(), 120);
        right->setValue(40);
        QCOMPARE(left->value(), 40);
        dialog.oursView()->horizontalScrollBar()->setValue(
            dialog.oursView()->horizontalScrollBar()->maximum());
        QCOMPARE(dialog.theirsView()->horizontalScrollBar()->value(),
                 dialog.oursView()->horizontalScrollBar()->value());
    }

    void eachButtonDecidesAndCloses_data()
    {
        QTest::addColumn<int>("button");
        QTest::addColumn<int>("choice");
        QTest::addColumn<int>("result");
        QTest::newRow("overwrite")
            << 0 << int(ConflictDialog::Choice::Overwrite) << int(QDialog::Accepted);
        QTest::newRow("open theirs")
            << 1 << int(ConflictDialog::Choice::OpenTheirs) << int(QDialog::Accepted);
        QTest::newRow("new draft")
            << 2 << int(ConflictDialog::Choice::PublishAsNewDraft) << int(QDialog::Accepted);
        QTest::newRow("cancel") << 3 << int(ConflictDialog::Choice::Cancel)
                                << int(QDialog::Rejected);
    }

    void eachButtonDecidesAndCloses()
    {
        QFETCH(int, button);
        QFETCH(int, choice);
        QFETCH(int, result);
        ConflictDialog dialog(ourVersion(), theirVersion(), QStringLiteral("example.com"));
        dialog.open();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));
        QCOMPARE(dialog.choice(), ConflictDialog::Choice::Cancel);
        QPushButton *buttons[] = {dialog.overwriteButton(), dialog.openTheirsButton(),
                                  dialog.newDraftButton(), dialog.cancelButton()};
        QVERIFY(buttons[button]->isVisible());
        QTest::mouseClick(buttons[button], Qt::LeftButton);
        QCOMPARE(int(dialog.choice()), choice);
        QCOMPARE(dialog.result(), result);
        QVERIFY(!dialog.isVisible());
    }

    void buttonsSayWhatTheyDo()
    {
        ConflictDialog dialog(ourVersion(), theirVersion(), QStringLiteral("example.com"));
        QCOMPARE(dialog.overwriteButton()->text(), QStringLiteral("Overwrite Theirs"));
        QCOMPARE(dialog.openTheirsButton()->text(), QStringLiteral("Open Theirs in a New Tab"));
        QCOMPARE(dialog.newDraftButton()->text(), QStringLiteral("Publish Mine as a New Draft"));
        // Overwriting is destructive: the button is in that role, says so, and Enter does not
        // press it (Cancel is the default).
        auto *box = dialog.findChild<QDialogButtonBox *>();
        QCOMPARE(box->buttonRole(dialog.overwriteButton()), QDialogButtonBox::DestructiveRole);
        QVERIFY(dialog.overwriteButton()->toolTip().contains(QStringLiteral("lost")));
        QVERIFY(dialog.explanation().contains(QStringLiteral("lost")));
        QVERIFY(!dialog.overwriteButton()->isDefault());
        QVERIFY(dialog.cancelButton()->isDefault());
        dialog.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));
        QTest::keyClick(&dialog, Qt::Key_Escape);
        QCOMPARE(dialog.choice(), ConflictDialog::Choice::Cancel);
        QVERIFY(!dialog.isVisible());
    }
};

PW_GUI_TEST_MAIN(TestConflictDialog)
#include "tst_conflict_dialog.moc"
