// SPDX-FileCopyrightText: 2026 The Postwright authors
// SPDX-License-Identifier: GPL-3.0-or-later
// The window at its default size (1400×900) and at 1280×800, as a new user first sees it:
// each part of the side panels has room to be used, measured in lines and characters of the
// font in use, and what does not fit scrolls instead of being cut off. Also the dark theme's
// check boxes, which must stand out from the background they sit on.
#include "gui/editor/find_replace_bar.h"
#include "gui/panels/category_picker.h"
#include "gui/panels/import_review_panel.h"
#include "gui/panels/length_meter.h"
#include "gui/panels/metadata_panel.h"
#include "gui/panels/seo_view.h"
#include "gui/preview/preview_view.h"
#include "gui/settings/theme.h"
#include "gui/view/document_view.h"
#include "gui/window/main_window.h"
#include "gui/window/panel_docks.h"
#include "gui_test_main.h"
#include "test_support.h"

#include <QDockWidget>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPainter>
#include <QPushButton>
#include <QScrollArea>
#include <QScrollBar>
#include <QSplitter>
#include <QStyleOptionButton>
#include <QStyleOptionViewItem>
#include <QTemporaryDir>
#include <QTextBrowser>
#include <QToolButton>

using namespace pw;
using namespace pw::gui;
using namespace pw::test;

namespace {

// Screenshots go to PW_SCREENSHOT_DIR when it is set, for a person to look at.
void screenshot(QWidget *widget, const QString &name)
{
    const QByteArray dir = qgetenv("PW_SCREENSHOT_DIR");
    if (dir.isEmpty())
        return;
    QTest::qWait(300);
    widget->grab().save(QString::fromLocal8Bit(dir) + QLatin1Char('/') + name);
}

// Three categories outside the list, one of them fixed by the longest allowed name.
const char *const kPost =
    "TITLE: Django vs Flask: Which Framework is Better for Web Development?\n"
    "META_DESCRIPTION: Django and Flask are two popular Python frameworks used for web "
    "development. This post compares the two frameworks and helps you choose.\n"
    "TAGS: Python, Django, Flask\n"
    "CATEGORIES: Tutorials, Cooking, Web Developement Frameworks, virtual reality (vr) and "
    "augmented reality (ar)\n\n"
    "Are you trying to choose between Django and Flask for your next project?\n\n"
    "## Django\n\nDjango is a high-level Python web framework.\n\n-EndOFText-\n";

// The scroll area a panel sits in (the dock's widget).
QScrollArea *scrollAreaOf(QWidget *panel)
{
    for (QWidget *w = panel->parentWidget(); w; w = w->parentWidget()) {
        if (auto *area = qobject_cast<QScrollArea *>(w))
            return area;
    }
    return nullptr;
}

QString describe(const QWidget *w)
{
    const QString text = qobject_cast<const QLabel *>(w) ? qobject_cast<const QLabel *>(w)->text()
                         : qobject_cast<const QAbstractButton *>(w)
                             ? qobject_cast<const QAbstractButton *>(w)->text()
                             : QString();
    return QStringLiteral("%1 “%2”").arg(QString::fromLatin1(w->metaObject()->className()), text);
}

// Every visible child of `panel` lies within the scroll area's viewport across: nothing is
// cut off at the right edge, and the panel does not scroll sideways.
void verifyFitsAcross(QWidget *panel)
{
    QScrollArea *area = scrollAreaOf(panel);
    QVERIFY(area);
    QVERIFY2(area->horizontalScrollBar()->maximum() == 0,
             qPrintable(QStringLiteral("%1 is %2 px wide in a %3 px viewport")
                            .arg(QString::fromLatin1(panel->metaObject()->className()))
                            .arg(panel->width())
                            .arg(area->viewport()->width())));
    const int right = area->viewport()->width();
    for (QWidget *child : panel->findChildren<QWidget *>()) {
        if (!child->isVisibleTo(panel) || child->width() <= 0)
            continue;
        const QRect r(child->mapTo(area->viewport(), QPoint(0, 0)), child->size());
        QVERIFY2(r.left() >= 0 && r.right() < right,
                 qPrintable(QStringLiteral("%1 spans x %2..%3 of %4")
                                .arg(describe(child))
                                .arg(r.left())
                                .arg(r.right())
                                .arg(right)));
        // A label that does not wrap and is narrower than its text is cut off.
        if (auto *label = qobject_cast<QLabel *>(child);
            label && !label->wordWrap() && label->pixmap().isNull() &&
            label->textFormat() != Qt::RichText && !label->text().contains(u'<')) {
            QString shown = label->text();
            if (label->buddy()) // the mnemonic's "&" is not drawn
                shown.remove(shown.indexOf(u'&'), 1);
            QVERIFY2(label->fontMetrics().horizontalAdvance(shown) <= label->width(),
                     qPrintable(describe(label)));
        }
    }
}

// WCAG's contrast ratio of two colours.
double contrast(const QColor &a, const QColor &b)
{
    const auto luminance = [](const QColor &c) {
        const auto channel = [](double v) {
            return v <= 0.03928 ? v / 12.92 : std::pow((v + 0.055) / 1.055, 2.4);
        };
        return 0.2126 * channel(c.redF()) + 0.7152 * channel(c.greenF()) +
               0.0722 * channel(c.blueF());
    };
    const double la = luminance(a), lb = luminance(b);
    return (std::max(la, lb) + 0.05) / (std::min(la, lb) + 0.05);
}

// The pixels of an unchecked indicator drawn by the application's style on `background`
// that stand out from it by at least 3:1 (WCAG's minimum for the parts of a control).
int contrastingPixels(QStyle::PrimitiveElement element, const QColor &background)
{
    const int side = 16;
    QImage image(side + 4, side + 4, QImage::Format_RGB32);
    image.fill(background);
    QPainter painter(&image);
    QStyleOptionViewItem itemOption;
    QStyleOptionButton buttonOption;
    QStyleOption *option = element == QStyle::PE_IndicatorItemViewItemCheck
                               ? static_cast<QStyleOption *>(&itemOption)
                               : static_cast<QStyleOption *>(&buttonOption);
    option->rect = QRect(2, 2, side, side);
    option->palette = QApplication::palette();
    option->state = QStyle::State_Enabled | QStyle::State_Off;
    QApplication::style()->drawPrimitive(element, option, &painter);
    painter.end();
    int count = 0;
    for (int y = 0; y < image.height(); ++y) {
        for (int x = 0; x < image.width(); ++x) {
            if (contrast(QColor(image.pixel(x, y)), background) >= 3.0)
                ++count;
        }
    }
    return count;
}

} // namespace

class TestPanelLayout : public QObject {
    Q_OBJECT
private:
    // The window as it opens at `size`: its docks sized for that window by the same code the
    // window runs when it is made (the test screen is larger than 1280×800).
    void openAt(MainWindow &window, const QSize &size)
    {
        window.resize(size);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        window.panels()->applyDefaultSizes();
        QTRY_COMPARE(window.size(), size);
        QTest::qWait(200);
    }

private slots:
    void sidePanel_data()
    {
        QTest::addColumn<QSize>("size");
        QTest::newRow("1400x900") << QSize(1400, 900);
        QTest::newRow("1280x800") << QSize(1280, 800);
    }

    void sidePanel()
    {
        QFETCH(QSize, size);
        QTemporaryDir dir;
        const QString path = writeFile(dir, QStringLiteral("post.txt"), kPost);
        MainWindow window;
        openAt(window, size);
        QVERIFY(window.openFile(path));
        MetadataPanel *metadata = window.metadataPanel();
        CategoryPicker *picker = metadata->categoryPicker();
        QTRY_COMPARE(picker->fixButtons().size(), 2);
        QTest::qWait(200);
        screenshot(&window, QStringLiteral("side-panel-%1.png").arg(QTest::currentDataTag()));

        // The checklist of allowed categories shows at least six of them at once.
        QListWidget *checklist = picker->checklist();
        const int row = checklist->sizeHintForRow(0);
        QVERIFY(row > 0);
        QVERIFY2(checklist->viewport()->height() >= 6 * row,
                 qPrintable(QStringLiteral("%1 px for rows of %2 px")
                                .arg(checklist->viewport()->height())
                                .arg(row)));

        // Scrolled to, the whole checklist is in view at once.
        QScrollArea *area = scrollAreaOf(metadata);
        area->ensureWidgetVisible(checklist, 0, 0);
        QTest::qWait(100);
        const QRect shown(checklist->mapTo(area->viewport(), QPoint(0, 0)), checklist->size());
        QVERIFY2(area->viewport()->rect().contains(shown),
                 qPrintable(QStringLiteral("checklist %1 px high in a %2 px viewport")
                                .arg(shown.height())
                                .arg(area->viewport()->height())));
        screenshot(&window, QStringLiteral("categories-%1.png").arg(QTest::currentDataTag()));

        // The fix rows, the meters' figures and the fields fit the panel's width.
        verifyFitsAcross(metadata);
        for (LengthMeter *meter : {metadata->titleMeter(), metadata->descriptionMeter()}) {
            QVERIFY2(meter->width() >= meter->fontMetrics().horizontalAdvance(meter->text()) + 20,
                     qPrintable(meter->text()));
        }

        // The SEO tab lists its checks over many lines, not three checks' worth.
        auto *seoDock = window.findChild<QDockWidget *>(QStringLiteral("seoDock"));
        QVERIFY(seoDock);
        seoDock->show();
        seoDock->raise();
        QTest::qWait(200);
        QTextBrowser *checks = window.seoView()->checkList();
        const int lines = checks->viewport()->height() / checks->fontMetrics().lineSpacing();
        QVERIFY2(lines >= 14, qPrintable(QStringLiteral("%1 lines").arg(lines)));
        screenshot(&window, QStringLiteral("seo-%1.png").arg(QTest::currentDataTag()));
    }

    void importReview_data() { sidePanel_data(); }

    void importReview()
    {
        QFETCH(QSize, size);
        MainWindow window;
        openAt(window, size);
        QVERIFY(window.importFiles({seed("003")}));
        auto *dock = window.findChild<QDockWidget *>(QStringLiteral("importReviewDock"));
        QVERIFY(dock);
        QTRY_VERIFY(dock->isVisible());
        QTest::qWait(300);
        screenshot(&window, QStringLiteral("import-review-%1.png").arg(QTest::currentDataTag()));
        QVERIFY2(dock->width() >= 320, qPrintable(QString::number(dock->width())));
        verifyFitsAcross(window.importReview());
        // The review is the editor's checklist: a good part of the window's height, too.
        QVERIFY2(dock->height() >= window.height() / 2,
                 qPrintable(QStringLiteral("%1 of %2").arg(dock->height()).arg(window.height())));
    }

    void findBar_data() { sidePanel_data(); }

    void findBar()
    {
        QFETCH(QSize, size);
        MainWindow window;
        openAt(window, size);
        QVERIFY(window.openFile(seed("000")));
        DocumentView *view = window.currentView();
        QSplitter *splitter = view->splitter();
        const int before = view->preview()->width();
        view->findBar()->showReplace();
        QTest::qWait(300);
        screenshot(&window, QStringLiteral("find-bar-%1.png").arg(QTest::currentDataTag()));

        const int enough = 20 * view->findBar()->fontMetrics().averageCharWidth();
        QVERIFY2(view->findBar()->searchField()->width() >= enough,
                 qPrintable(QString::number(view->findBar()->searchField()->width())));
        QVERIFY2(view->findBar()->replaceField()->width() >= enough,
                 qPrintable(QString::number(view->findBar()->replaceField()->width())));
        // The preview keeps its share: at least a third of the editor and preview's width.
        QVERIFY2(view->preview()->width() * 3 >= splitter->width(),
                 qPrintable(QStringLiteral("preview %1 of %2 (before: %3)")
                                .arg(view->preview()->width())
                                .arg(splitter->width())
                                .arg(before)));
        // Every control of the bar is within the bar.
        for (QWidget *child : view->findBar()->findChildren<QWidget *>()) {
            if (child->isVisibleTo(view->findBar())) {
                const QRect r(child->mapTo(view->findBar(), QPoint(0, 0)), child->size());
                QVERIFY2(view->findBar()->rect().contains(r), qPrintable(describe(child)));
            }
        }
        view->findBar()->dismiss();
    }

    void chosenThemeIndicatorsStandOut_data()
    {
        QTest::addColumn<int>("theme");
        QTest::newRow("dark") << int(Theme::Dark);
        // Fusion's own light outline is 1.9:1 on white.
        QTest::newRow("light") << int(Theme::Light);
    }

    void chosenThemeIndicatorsStandOut()
    {
        QFETCH(int, theme);
        applyTheme(*qApp, Theme(theme));
        const QPalette palette = QApplication::palette();
        // The category checklist: an item view's box on the list's base colour.
        const int onBase =
            contrastingPixels(QStyle::PE_IndicatorItemViewItemCheck, palette.color(QPalette::Base));
        // A check box in a form: on the window colour.
        const int onWindow =
            contrastingPixels(QStyle::PE_IndicatorCheckBox, palette.color(QPalette::Window));
        applyTheme(*qApp, Theme::System);
        // An outline all round a 16 px box is about 60 pixels.
        QVERIFY2(onBase >= 40, qPrintable(QString::number(onBase)));
        QVERIFY2(onWindow >= 40, qPrintable(QString::number(onWindow)));
    }
};

PW_GUI_TEST_MAIN(TestPanelLayout)
#include "tst_panel_layout.moc"
