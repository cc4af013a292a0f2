// SPDX-FileCopyrightText: 2026 The Postwright authors
// SPDX-License-Identifier: GPL-3.0-or-later
// The window at twice the pixel density (QT_SCALE_FACTOR=2, as on a 4K laptop): it fits the
// screen, icons are drawn at the screen's density, and the length meters keep their size in
// device-independent pixels.
#include "gui/panels/category_picker.h"
#include "gui/panels/length_meter.h"
#include "gui/panels/metadata_panel.h"
#include "gui/window/main_window.h"
#include "gui_test_main.h"
#include "test_support.h"

#include <QLabel>
#include <QScreen>
#include <QTemporaryDir>

using namespace pw;
using namespace pw::gui;
using namespace pw::test;

namespace {
// Before main(): Qt reads the scale factor when QApplication is made.
const bool scaled = qputenv("QT_SCALE_FACTOR", "2");
} // namespace

class TestHiDpi : public QObject {
    Q_OBJECT
private slots:
    void initTestCase()
    {
        QVERIFY(scaled);
        QCOMPARE(qApp->devicePixelRatio(), 2.0);
    }

    void windowFitsTheScreen()
    {
        // 1600×1000 device pixels are 800×500 here; the window's usual 1400×900 would not fit.
        MainWindow window;
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        const QRect available = window.screen()->availableGeometry();
        QVERIFY2(window.width() <= available.width() && window.height() <= available.height(),
                 qPrintable(QStringLiteral("%1×%2 on %3×%4")
                                .arg(window.width())
                                .arg(window.height())
                                .arg(available.width())
                                .arg(available.height())));
    }

    void iconsAndMetersAreDrawnAtScreenDensity()
    {
        QTemporaryDir dir;
        const QString path = writeFile(dir, "post.txt",
                                       "TITLE: Choosing a Python Web Framework\n"
                                       "META_DESCRIPTION: x\nTAGS: python\n"
                                       "CATEGORIES: Web Development\n\nSome body text.\n\n-EndOFText-\n");
        MainWindow window;
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        QVERIFY(window.openFile(path));
        CategoryPicker *picker = window.metadataPanel()->categoryPicker();
        QTRY_COMPARE(picker->fixButtons().size(), 1);

        // The "not allowed" row's icon: 16 device-independent pixels, 32 device pixels.
        QLabel *icon = nullptr;
        for (QLabel *label : picker->findChildren<QLabel *>()) {
            if (!label->pixmap().isNull())
                icon = label;
        }
        QVERIFY(icon);
        QCOMPARE(icon->pixmap().devicePixelRatio(), 2.0);
        QCOMPARE(icon->pixmap().deviceIndependentSize(), QSizeF(16, 16));

        // The description meter's bar is 6 device-independent pixels high: 12 device pixels
        // of the groove's colour (the 1-character description barely fills it), give or take
        // the antialiased edges; not 6 stretched, nor 3 drawn small.
        LengthMeter *meter = window.metadataPanel()->descriptionMeter();
        const QImage image = meter->grab().toImage();
        QCOMPARE(image.devicePixelRatio(), 2.0);
        QCOMPARE(image.size(), meter->size() * 2);
        const QColor groove = meter->palette().color(QPalette::Mid);
        const int x = image.width() / 5; // inside the groove, left of the marks
        int rows = 0;
        for (int y = 0; y < image.height(); ++y) {
            if (image.pixel(x, y) == groove.rgb())
                ++rows;
        }
        QVERIFY2(rows >= 10 && rows <= 13, qPrintable(QString::number(rows)));
    }
};

PW_GUI_TEST_MAIN(TestHiDpi)
#include "tst_hidpi.moc"
