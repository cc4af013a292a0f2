// SPDX-FileCopyrightText: 2026 The Postwright authors
// SPDX-License-Identifier: GPL-3.0-or-later
// The WordPress client on loopback, against the test WordPress (tests/services/wordpress.sh):
//   - pull: `postwright pull` of the whole site (it makes 250 posts first if the site has fewer),
//     wall time and the peak resident memory of the pulling process, 5 runs into fresh folders;
//   - publish: `postwright publish` of a 2,000-word post with three new images (the requests it
//     takes and the time), then the same again with no change (no upload; one request to check
//     for a conflict and one to write).
// Prints figures, asserts nothing about time. Run inside tests/services/keyring.sh with
// PW_WP_ENV set to the site's env.json, e.g.
//   tests/services/wordpress.sh start /tmp/wp
//   PW_WP_ENV=/tmp/wp/env.json tests/services/keyring.sh build/release/tests/bench_wordpress

#include "bench_support.h"
#include "site/wp_test_env.h"

#include "core/wordpress/wp_client.h"

#include <QColor>
#include <QCoreApplication>
#include <QGuiApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QImage>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QSignalSpy>
#include <QTemporaryDir>

#include <cstdio>

using namespace pw;
using namespace pw::bench;

namespace {

struct Run {
    int exitCode = -1;
    double ms = 0;
    long peakKb = 0;
    QByteArray out;
    QByteArray err;
};

// The process's peak resident memory so far (VmHWM), in KB; 0 once it is gone.
long peakKbOf(qint64 pid)
{
    QFile status(QStringLiteral("/proc/%1/status").arg(pid));
    if (!status.open(QIODevice::ReadOnly))
        return 0;
    for (const QByteArray &line : status.readAll().split('\n'))
        if (line.startsWith("VmHWM:"))
            return line.mid(6).trimmed().split(' ').first().toLong();
    return 0;
}

// Runs postwright and measures it: wall time, and its peak RSS sampled every 10 ms (VmHWM only
// grows, so the last sample before it exits is within 10 ms of its end).
Run postwright(const QStringList &arguments, const QProcessEnvironment &environment)
{
    QProcess process;
    process.setProcessEnvironment(environment);
    QElapsedTimer timer;
    timer.start();
    process.start(QStringLiteral(PW_BINARY), arguments);
    process.waitForStarted();
    const qint64 pid = process.processId();
    Run run;
    // waitForFinished() is false for a process that already ended, too: ask its state.
    while (process.state() != QProcess::NotRunning && !process.waitForFinished(10))
        run.peakKb = std::max(run.peakKb, peakKbOf(pid));
    run.ms = double(timer.nsecsElapsed()) / 1e6;
    run.out = process.readAllStandardOutput();
    run.err = process.readAllStandardError();
    run.exitCode = process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1;
    return run;
}

int postsOn(wp::Client &client)
{
    QUrlQuery query;
    query.addQueryItem(QStringLiteral("status"), QStringLiteral("any"));
    query.addQueryItem(QStringLiteral("per_page"), QStringLiteral("1"));
    wp::Call *call = client.get(QStringLiteral("/wp/v2/posts"), query);
    QSignalSpy done(call, &wp::Call::finished);
    done.wait(30000);
    const int total = call->response().header("x-wp-total").toInt();
    delete call;
    return total;
}

void makePosts(wp::Client &client, int count)
{
    for (int i = 0; i < count; ++i) {
        wp::Call *call = client.send(
            "POST", QStringLiteral("/wp/v2/posts"),
            {{QStringLiteral("title"), QStringLiteral("Benchmark post %1").arg(i)},
             {QStringLiteral("status"), QStringLiteral("publish")},
             {QStringLiteral("content"), QStringLiteral("<p>%1</p>").arg(section(i))}});
        QSignalSpy done(call, &wp::Call::finished);
        done.wait(30000);
        delete call;
    }
}

} // namespace

int main(int argc, char **argv)
{
    QGuiApplication app(argc, argv); // QImage draws the pictures
    const test::WpTestEnv env;
    if (!env.isValid()) {
        std::fprintf(stderr, "PW_WP_ENV names no test WordPress\n");
        return 2;
    }
    const test::WpUser admin = env.user("pretty", "admin");
    wp::Client client;
    client.setApiRoot(QUrl(env.url("pretty").toString() + QStringLiteral("/wp-json/")));
    client.setCredentials(admin.name, admin.applicationPassword);
    const int existing = postsOn(client);
    if (existing < 250)
        makePosts(client, 250 - existing);

    QTemporaryDir config;
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    environment.insert(QStringLiteral("XDG_CONFIG_HOME"), config.path());
    environment.insert(QStringLiteral("XDG_DATA_HOME"), config.filePath(QStringLiteral("data")));
    environment.insert(QStringLiteral("POSTWRIGHT_APP_PASSWORD"), admin.applicationPassword);
    const Run added = postwright({QStringLiteral("site"), QStringLiteral("add"), QStringLiteral("bench"),
                                  env.url("pretty").toString(), QStringLiteral("--user"), admin.name},
                                 environment);
    if (added.exitCode != 0) {
        std::fprintf(stderr, "site add failed: %s\n", added.err.constData());
        return 2;
    }
    std::vector<double> ms;
    std::vector<double> kb;
    int posts = 0;
    for (int i = 0; i < 5; ++i) {
        QTemporaryDir out;
        const Run pulled = postwright({QStringLiteral("pull"), QStringLiteral("--site"), QStringLiteral("bench"),
                                       QStringLiteral("--out"), out.path(), QStringLiteral("--json")},
                                      environment);
        if (pulled.exitCode != 0) {
            std::fprintf(stderr, "pull failed: %s\n", pulled.err.constData());
            return 2;
        }
        posts = QJsonDocument::fromJson(pulled.out).object().value(QLatin1String("written")).toInt();
        ms.push_back(pulled.ms);
        kb.push_back(double(pulled.peakKb));
    }
    const Figures time = percentiles(ms);
    const Figures memory = percentiles(kb);
    std::printf("pull %d posts (5 runs): median %.0f ms, p95 %.0f ms; peak RSS median %.1f MB, "
                "p95 %.1f MB\n",
                posts, time.median, time.p95, memory.median / 1024, memory.p95 / 1024);

    // Publish: a ~2,000-word post with three images no run has uploaded before, then the
    // same document again unchanged.
    std::vector<double> firstMs;
    std::vector<double> againMs;
    int firstRequests = 0;
    int againRequests = 0;
    int uploaded = 0;
    int words = 0;
    for (int i = 0; i < 5; ++i) {
        QTemporaryDir dir;
        QString body = QStringLiteral("Intro paragraph.\n\n");
        for (int n = 0; body.split(QLatin1Char(' ')).size() < 2000; ++n)
            body += section(n);
        // The sections' chart images stand for pictures elsewhere on the web.
        body.replace(QLatin1String("](img/chart-"), QLatin1String("](https://example.org/img/chart-"));
        for (int image = 0; image < 3; ++image) {
            QImage picture(320, 200, QImage::Format_RGB32);
            // Each run's pictures differ from every other's: none is in the media cache yet.
            picture.fill(QColor::fromHsv((i * 3 + image) * 20, 200, 200));
            picture.save(dir.filePath(QStringLiteral("picture-%1.png").arg(image)));
            body += QStringLiteral("\n\n![Picture %1](picture-%1.png)\n").arg(image);
        }
        words = int(body.split(QLatin1Char(' '), Qt::SkipEmptyParts).size());
        const QString file = dir.filePath(QStringLiteral("post.md"));
        QFile out(file);
        out.open(QIODevice::WriteOnly);
        out.write(QStringLiteral("---\ntitle: Benchmark %1\ndescription: A long post with three "
                                 "pictures, published to measure the requests and the time it "
                                 "takes on loopback.\ncategories: [Tutorials]\ntags: [bench]\n"
                                 "---\n\n%2")
                      .arg(i)
                      .arg(body)
                      .toUtf8());
        out.close();
        const QStringList publish{QStringLiteral("publish"), file, QStringLiteral("--site"),
                                  QStringLiteral("bench"), QStringLiteral("--json"),
                                  QStringLiteral("--force")};
        const Run first = postwright(publish, environment);
        const QJsonObject firstResult = QJsonDocument::fromJson(first.out).array().first().toObject();
        const Run again = postwright(publish, environment);
        const QJsonObject againResult = QJsonDocument::fromJson(again.out).array().first().toObject();
        if (first.exitCode != 0 || again.exitCode != 0) {
            std::fprintf(stderr, "publish failed (%d, %d): %s %s %s\n", first.exitCode,
                         again.exitCode, first.err.constData(), again.err.constData(),
                         again.out.constData());
            return 2;
        }
        firstMs.push_back(first.ms);
        againMs.push_back(again.ms);
        firstRequests = firstResult.value(QLatin1String("requests")).toInt();
        uploaded = firstResult.value(QLatin1String("images_uploaded")).toInt();
        againRequests = againResult.value(QLatin1String("requests")).toInt();
    }
    const Figures firstTime = percentiles(firstMs);
    const Figures againTime = percentiles(againMs);
    std::printf("publish a %d-word post with %d new images (5 runs): %d requests; median %.0f ms, "
                "p95 %.0f ms (the whole command)\n",
                words, uploaded, firstRequests, firstTime.median, firstTime.p95);
    std::printf("publish it again unchanged: %d requests, no upload; median %.0f ms, p95 %.0f ms\n",
                againRequests, againTime.median, againTime.p95);
    return 0;
}
