// SPDX-FileCopyrightText: 2026 The Postwright authors
// SPDX-License-Identifier: GPL-3.0-or-later
// The import picker's list of a WordPress export, without a display: what it lists of the
// real export tests/data/wxr/site-all.xml (checked against expected.json, which WordPress's
// own API wrote), which items start ticked, the filters, and bad files.
#include "gui/import/wxr_listing.h"
#include "gui/import/wxr_post_list.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QtTest>

using namespace pw;
using namespace pw::gui;

namespace {

QString wxrData(const QString &name)
{
    return QStringLiteral(PW_TEST_DATA_DIR "/wxr/") + name;
}

WxrListing listFile(const QString &path, const WxrListingProgress &progress = {})
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        qFatal("cannot open %s", qPrintable(path));
    return listWxr(&file, progress);
}

QJsonObject expected()
{
    QFile file(wxrData(QStringLiteral("expected.json")));
    if (!file.open(QIODevice::ReadOnly))
        qFatal("no expected.json");
    return QJsonDocument::fromJson(file.readAll()).object();
}

// The ids of the visible rows of a filter, in the source's order.
QList<qint64> shownIds(const WxrPostFilter &filter)
{
    QList<qint64> ids;
    for (int row = 0; row < filter.rowCount(); ++row)
        ids.append(filter.index(row, 0).data(WxrPostList::IdRole).toLongLong());
    std::sort(ids.begin(), ids.end());
    return ids;
}

QList<qint64> expectedIds(const std::function<bool(const QJsonObject &)> &where)
{
    QList<qint64> ids;
    for (const QJsonValue &value : expected().value(QStringLiteral("items")).toArray()) {
        const QJsonObject item = value.toObject();
        if (where(item))
            ids.append(item.value(QStringLiteral("id")).toInteger());
    }
    std::sort(ids.begin(), ids.end());
    return ids;
}

} // namespace

class TestWxrPostList : public QObject {
    Q_OBJECT

private slots:
    void listsEveryPostAndPageAsWordPressHasThem()
    {
        const WxrListing listing = listFile(wxrData(QStringLiteral("site-all.xml")));
        QVERIFY2(listing.ok(), qPrintable(listing.error));
        const QJsonObject truth = expected();
        const QJsonArray items = truth.value(QStringLiteral("items")).toArray();
        QCOMPARE(listing.items.size(), items.size());
        QCOMPARE(listing.attachments, truth.value(QStringLiteral("attachments")).toArray().size());
        int posts = 0;
        int pages = 0;
        for (const QJsonValue &value : items) {
            const QJsonObject want = value.toObject();
            const qint64 id = want.value(QStringLiteral("id")).toInteger();
            const auto found = std::find_if(listing.items.cbegin(), listing.items.cend(),
                                            [id](const WxrListedItem &i) { return i.id == id; });
            QVERIFY2(found != listing.items.cend(), qPrintable(QString::number(id)));
            const QString type = want.value(QStringLiteral("type")).toString();
            ++(type == QLatin1String("page") ? pages : posts);
            QCOMPARE(found->postType, type);
            QCOMPARE(found->status, want.value(QStringLiteral("status")).toString());
            QCOMPARE(found->title, want.value(QStringLiteral("title")).toString());
            QCOMPARE(found->author, want.value(QStringLiteral("author")).toString());
            QCOMPARE(found->passwordProtected,
                     want.value(QStringLiteral("password_protected")).toBool());
            QCOMPARE(found->date.toString(QStringLiteral("yyyy-MM-dd HH:mm:ss")),
                     want.value(QStringLiteral("date")).toString());
        }
        QCOMPARE(listing.posts, posts);
        QCOMPARE(listing.pages, pages);
        QCOMPARE(listing.channel.title, truth.value(QStringLiteral("site"))
                                            .toObject()
                                            .value(QStringLiteral("title"))
                                            .toString());

        WxrPostList list;
        list.setListing(listing);
        QCOMPARE(list.rowCount(), items.size());
        QCOMPARE(list.contentsText(), QStringLiteral("Posts: %1 · Pages: %2 · Attachments: %3")
                                          .arg(posts)
                                          .arg(pages)
                                          .arg(listing.attachments));
        QVERIFY(list.pickedText().startsWith(
            QStringLiteral("Picked: %1 of %2 (").arg(list.checkedCount()).arg(items.size())));
        QVERIFY(list.pickedText().contains(QStringLiteral("password-protected")));
    }

    void protectedAndTrashedStartUnticked()
    {
        WxrPostList list;
        list.setListing(listFile(wxrData(QStringLiteral("site-all.xml"))));
        const QList<qint64> protectedIds = expectedIds([](const QJsonObject &item) {
            return item.value(QStringLiteral("password_protected")).toBool();
        });
        QCOMPARE(protectedIds, QList<qint64>{14});
        const QList<qint64> trashed = expectedIds([](const QJsonObject &item) {
            return item.value(QStringLiteral("status")).toString() == QLatin1String("trash");
        });
        QCOMPARE(trashed, QList<qint64>{19});
        QSet<qint64> wantTicked;
        for (const qint64 id : expectedIds([](const QJsonObject &) { return true; }))
            wantTicked.insert(id);
        wantTicked.remove(14);
        wantTicked.remove(19);
        QCOMPARE(list.checkedIds(), wantTicked);

        for (int row = 0; row < list.rowCount(); ++row) {
            const QModelIndex title = list.index(row, WxrPostList::TitleColumn);
            const QModelIndex mark = list.index(row, WxrPostList::ProtectedColumn);
            const qint64 id = title.data(WxrPostList::IdRole).toLongLong();
            QCOMPARE(title.data(Qt::CheckStateRole).value<Qt::CheckState>(),
                     wantTicked.contains(id) ? Qt::Checked : Qt::Unchecked);
            if (id == 14) {
                QCOMPARE(mark.data().toString(), QStringLiteral("Password"));
                QVERIFY(title.data(Qt::ToolTipRole)
                            .toString()
                            .contains(QStringLiteral("Password-protected")));
            } else {
                QVERIFY(mark.data().toString().isEmpty());
            }
            if (id == 19) {
                QCOMPARE(list.index(row, WxrPostList::StatusColumn).data().toString(),
                         QStringLiteral("Trash"));
                QVERIFY(title.data(Qt::ToolTipRole).toString().contains(QStringLiteral("trash")));
            }
        }

        // Ticking by the checkbox, as a click does.
        int row14 = -1;
        for (int row = 0; row < list.rowCount(); ++row)
            row14 = list.item(row).id == 14 ? row : row14;
        QSignalSpy changed(&list, &WxrPostList::checkedChanged);
        QVERIFY(list.setData(list.index(row14, WxrPostList::TitleColumn), Qt::Checked,
                             Qt::CheckStateRole));
        QCOMPARE(changed.size(), 1);
        QVERIFY(list.checkedIds().contains(14));
        QVERIFY(!list.setData(list.index(row14, WxrPostList::StatusColumn), Qt::Unchecked,
                              Qt::CheckStateRole));
    }

    void statusNamesAreWordPresss()
    {
        WxrPostList list;
        list.setListing(listFile(wxrData(QStringLiteral("site-all.xml"))));
        QCOMPARE(list.statuses(),
                 QStringList({QStringLiteral("publish"), QStringLiteral("future"),
                              QStringLiteral("draft"), QStringLiteral("pending"),
                              QStringLiteral("private"), QStringLiteral("trash")}));
        QCOMPARE(WxrPostList::statusLabel(QStringLiteral("publish")), QStringLiteral("Published"));
        QCOMPARE(WxrPostList::statusLabel(QStringLiteral("future")), QStringLiteral("Scheduled"));
        QCOMPARE(WxrPostList::statusLabel(QStringLiteral("pending")),
                 QStringLiteral("Pending Review"));
        QCOMPARE(WxrPostList::typeLabel(QStringLiteral("page")), QStringLiteral("Page"));
    }

    void filtersByTypeStatusAndText()
    {
        WxrPostList list;
        list.setListing(listFile(wxrData(QStringLiteral("site-all.xml"))));
        WxrPostFilter filter;
        filter.setSourceModel(&list);
        QCOMPARE(filter.rowCount(), list.rowCount());

        filter.setPostType(QStringLiteral("page"));
        QCOMPARE(shownIds(filter), expectedIds([](const QJsonObject &item) {
                     return item.value(QStringLiteral("type")).toString() == QLatin1String("page");
                 }));
        filter.setStatus(QStringLiteral("draft"));
        QCOMPARE(shownIds(filter), QList<qint64>{31});
        filter.setPostType(QString());
        QCOMPARE(shownIds(filter), expectedIds([](const QJsonObject &item) {
                     return item.value(QStringLiteral("status")).toString() ==
                            QLatin1String("draft");
                 }));
        filter.setStatus(QString());

        // By author, typed without the accents: Élodie Éditeur's posts.
        filter.setText(QStringLiteral("elodie"));
        const QList<qint64> elodie = expectedIds([](const QJsonObject &item) {
            return item.value(QStringLiteral("author")).toString() ==
                   QStringLiteral("Élodie Éditeur");
        });
        QVERIFY(elodie.size() >= 2);
        QCOMPARE(shownIds(filter), elodie);
        // By title, any case.
        filter.setText(QStringLiteral("CAFÉ"));
        QCOMPARE(shownIds(filter), QList<qint64>{12});
        filter.setText(QStringLiteral("no such post"));
        QCOMPARE(filter.rowCount(), 0);
        filter.setText(QString());
        QCOMPARE(filter.rowCount(), list.rowCount());
    }

    void selectNoneAndAllTouchOnlyWhatIsShown()
    {
        WxrPostList list;
        list.setListing(listFile(wxrData(QStringLiteral("site-all.xml"))));
        WxrPostFilter filter;
        filter.setSourceModel(&list);
        const int before = list.checkedCount();
        filter.setPostType(QStringLiteral("page"));
        filter.setShownChecked(false);
        QCOMPARE(list.checkedCount(), before - 3);
        for (const qint64 id : {28, 30, 31})
            QVERIFY(!list.checkedIds().contains(id));
        filter.setPostType(QString());
        filter.setShownChecked(true);
        QCOMPARE(list.checkedCount(), list.rowCount()); // the protected and trashed ones too
        filter.setShownChecked(false);
        QCOMPARE(list.checkedCount(), 0);
    }

    void badFilesListNothing_data()
    {
        QTest::addColumn<QString>("file");
        QTest::addColumn<QString>("says");
        QTest::newRow("truncated") << "bad/truncated.xml"
                                   << "";
        QTest::newRow("entities") << "bad/entities.xml"
                                  << "";
        QTest::newRow("external entity") << "bad/external-entity.xml"
                                         << "";
        QTest::newRow("deep") << "bad/deep.xml"
                              << "";
        QTest::newRow("rss feed") << "bad/rss-feed.xml"
                                  << "";
        QTest::newRow("gzip") << "bad/binary.xml"
                              << "";
    }

    void badFilesListNothing()
    {
        QFETCH(QString, file);
        const WxrListing listing = listFile(wxrData(file));
        QVERIFY(!listing.error.isEmpty());
        QVERIFY(!listing.cancelled);
        QVERIFY(listing.items.isEmpty());
        qInfo().noquote() << file << "→" << listing.error;
    }

    void latin1FilesListTheSameTitles()
    {
        const WxrListing utf8 = listFile(wxrData(QStringLiteral("small.xml")));
        for (const char *name : {"bad/latin1.xml", "bad/latin1-mislabelled.xml"}) {
            const WxrListing other = listFile(wxrData(QString::fromLatin1(name)));
            QVERIFY2(other.ok(), qPrintable(other.error));
            QCOMPARE(other.items.size(), utf8.items.size());
            for (qsizetype i = 0; i < utf8.items.size(); ++i)
                QCOMPARE(other.items.at(i).title, utf8.items.at(i).title);
        }
        WxrPostList list;
        list.setListing(utf8);
        QCOMPARE(list.pickedText(), QStringLiteral("Picked: 3 of 3")); // none held back
        QVERIFY(std::any_of(utf8.items.cbegin(), utf8.items.cend(), [](const WxrListedItem &i) {
            return i.title.contains(QStringLiteral("Café"));
        }));
    }

    void progressCancels()
    {
        int calls = 0;
        const WxrListing listing =
            listFile(wxrData(QStringLiteral("site-all.xml")), [&calls](qint64 done, qint64 total) {
                ++calls;
                return done < total && calls < 3;
            });
        QVERIFY(listing.cancelled);
        QCOMPARE(calls, 3);
        QVERIFY(!listing.ok());
    }
};

QTEST_GUILESS_MAIN(TestWxrPostList)
#include "tst_wxr_post_list.moc"
