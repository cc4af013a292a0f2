// SPDX-FileCopyrightText: 2026 The Postwright authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "cli/wxr_source_import.h"

#include "cli/console.h"
#include "cli/interrupt_guard.h"
#include "cli/post_files_writer.h"
#include "cli/wait_for.h"

#include "core/import/image_downloader.h"
#include "core/import/site_images.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>

#include <memory>
#include <optional>

namespace pw::cli {

namespace {

QByteArray headOf(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    return file.read(64 * 1024);
}

QJsonObject countsJson(const QMap<QString, int> &counts)
{
    QJsonObject object;
    for (auto it = counts.begin(); it != counts.end(); ++it)
        object.insert(it.key(), it.value());
    return object;
}

// "draft 3, pending 1"
QString countsText(const QMap<QString, int> &counts)
{
    QStringList parts;
    for (auto it = counts.begin(); it != counts.end(); ++it)
        parts.append(QStringLiteral("%1 %2").arg(it.key()).arg(it.value()));
    return parts.join(QStringLiteral(", "));
}

int total(const QMap<QString, int> &counts)
{
    int sum = 0;
    for (int n : counts)
        sum += n;
    return sum;
}

// Percentage lines for one pass, every tenth.
class PassProgress {
public:
    PassProgress(Console &console, QString name, bool enabled)
        : m_console(console), m_name(std::move(name)), m_enabled(enabled)
    {
    }
    void show(int pass, qint64 done, qint64 total)
    {
        if (!m_enabled || total <= 0)
            return;
        const int tenth = int(done * 10 / total);
        if (pass == m_pass && tenth == m_tenth)
            return;
        m_pass = pass;
        m_tenth = tenth;
        m_console.err << (pass == 1 ? CliText::tr("%1: reading the export: %2%")
                                    : CliText::tr("%1: converting: %2%"))
                             .arg(m_name)
                             .arg(tenth * 10)
                      << QLatin1Char('\n');
        m_console.err.flush();
    }

private:
    Console &m_console;
    QString m_name;
    bool m_enabled;
    int m_pass = 0;
    int m_tenth = -1;
};

// The export's site, for telling its uploads from images elsewhere; read from the header,
// and the file put back where it was.
SiteUploads siteUploadsOf(QFile &file)
{
    WxrReader header(&file, WxrReader::Mode::Light);
    header.readHeader();
    file.seek(0);
    return SiteUploads({header.channel().baseSiteUrl, header.channel().baseBlogUrl});
}

// Downloads the site's images `imported` uses (waiting for them) and points it at the copies
// that arrived; each one that did not is a finding naming the URL and why.
ImportedPost withLocalImages(ImportedPost imported, const SiteUploads &uploads,
                             ImageDownloader &downloader)
{
    const QStringList urls = siteImagesOf(imported.post, uploads);
    if (urls.isEmpty())
        return imported;
    waitFor(&downloader, &ImageDownloader::finished, [&] { downloader.fetch(urls); });
    QHash<QString, QString> localOf;
    for (const QString &url : urls) {
        const ImageDownload *download = downloader.result(url);
        if (download && download->status != ImageDownload::Status::Failed) {
            localOf.insert(url, QStringLiteral("images/") + download->fileName);
            continue;
        }
        imported.findings.append(
            {QStringLiteral("import.image.download_failed"),
             Severity::Warning,
             Field::Body,
             CliText::tr("The image %1 could not be downloaded: %2. The post keeps linking to "
                         "the site.")
                 .arg(url, download ? download->error : CliText::tr("not attempted")),
             {},
             {}});
    }
    rewriteImageUrls(imported.post, localOf);
    return imported;
}

} // namespace

bool isWxrFile(const QString &path)
{
    return sniffWxr(headOf(path)) == WxrSniff::Wxr;
}

bool isWxrInput(const QString &path)
{
    if (QFileInfo(path).suffix().compare(QLatin1String("xml"), Qt::CaseInsensitive) == 0)
        return true;
    const WxrSniff sniff = sniffWxr(headOf(path));
    return sniff == WxrSniff::Wxr || sniff == WxrSniff::RssFeed;
}

WxrSourceReport importWxrSource(const QString &path, const WxrSourceOptions &options,
                                PostFilesWriter &writer, Console &console)
{
    WxrSourceReport report;
    report.source = path;
    report.imagesAsked = options.downloadImages;
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        report.failed = true;
        writer.addSourceError(QStringLiteral("%1: %2").arg(path, file.errorString()));
        return report;
    }
    PassProgress passes(console, QFileInfo(path).fileName(), options.progress);
    std::optional<SiteUploads> uploads;
    std::unique_ptr<ImageDownloader> downloader;
    if (options.downloadImages) {
        uploads = siteUploadsOf(file);
        ImageDownloader::Options images;
        images.folder = QDir(writer.options().outDir).filePath(QStringLiteral("images"));
        downloader = std::make_unique<ImageDownloader>(images);
    }
    WxrImport import(options.import);
    const WxrImportResult result = import.run(
        &file,
        [&](const WxrImportedItem &item) {
            switch (item.skip) {
            case WxrSkip::None:
                writer.addExpected(1);
                writer.add(path, item.index,
                           downloader ? withLocalImages(item.imported, *uploads, *downloader)
                                      : item.imported);
                break;
            case WxrSkip::Type:
                ++report.skippedByType[item.postType];
                break;
            case WxrSkip::Status:
                ++report.skippedByStatus[item.status];
                break;
            case WxrSkip::Protected:
                report.protectedTitles.append(item.title);
                break;
            case WxrSkip::NotPicked:
                ++report.notPicked;
                break;
            }
            return InterruptGuard::requested() == 0;
        },
        [&](int pass, qint64 done, qint64 totalBytes) {
            passes.show(pass, done, totalBytes);
            return InterruptGuard::requested() == 0;
        });
    report.siteTitle = result.channel.title;
    report.posts = result.posts;
    report.imported = result.imported;
    for (auto it = result.otherItems.begin(); it != result.otherItems.end(); ++it)
        report.otherItems.insert(it.key(), it.value());
    for (const Finding &finding : result.findings)
        report.fileNotes.append(finding.message);
    if (downloader) {
        report.imagesDownloaded = downloader->downloaded();
        report.imagesReused = downloader->reused();
        report.imagesFailed = downloader->failed();
    }
    if (!result.error.isEmpty()) {
        report.failed = true;
        writer.addSourceError(QStringLiteral("%1: %2").arg(path, result.error));
    }
    return report;
}

QString wxrReportText(const QList<WxrSourceReport> &reports)
{
    QString text;
    for (const WxrSourceReport &report : reports) {
        if (report.failed)
            continue;
        text += CliText::tr("%1: a WordPress export of “%2”: %3 of %n post(s) and page(s) "
                            "imported.",
                            nullptr, report.posts)
                    .arg(report.source, report.siteTitle)
                    .arg(report.imported) +
                QLatin1Char('\n');
        for (const QString &note : report.fileNotes)
            text += QStringLiteral("%1: %2\n").arg(report.source, note);
        QStringList skipped;
        if (const int n = total(report.skippedByStatus); n > 0) {
            skipped.append(CliText::tr("%n for their status (%1; --status chooses)", nullptr, n)
                               .arg(countsText(report.skippedByStatus)));
        }
        if (const int pages = report.skippedByType.value(QStringLiteral("page")); pages > 0)
            skipped.append(CliText::tr("%n page(s) (--pages imports them)", nullptr, pages));
        if (const int posts = report.skippedByType.value(QStringLiteral("post")); posts > 0)
            skipped.append(CliText::tr("%n post(s) (--no-posts was given)", nullptr, posts));
        if (!report.protectedTitles.isEmpty()) {
            QStringList quoted;
            for (const QString &title : report.protectedTitles)
                quoted.append(CliText::tr("“%1”").arg(title));
            skipped.append(CliText::tr("%n password-protected (--protected imports them): %1",
                                       nullptr, int(report.protectedTitles.size()))
                               .arg(quoted.join(QStringLiteral(", "))));
        }
        if (!skipped.isEmpty())
            text += CliText::tr("Not imported: %1.").arg(skipped.join(QStringLiteral("; "))) +
                    QLatin1Char('\n');
        if (!report.otherItems.isEmpty()) {
            text += CliText::tr("Other items of the export, not imported: %1.")
                        .arg(countsText(report.otherItems)) +
                    QLatin1Char('\n');
        }
        if (report.imagesAsked) {
            text += CliText::tr("Images: %1 downloaded, %2 already present, %3 failed (their "
                                "links keep the site's address).")
                        .arg(report.imagesDownloaded)
                        .arg(report.imagesReused)
                        .arg(report.imagesFailed) +
                    QLatin1Char('\n');
        }
    }
    return text;
}

QJsonObject wxrReportJson(const WxrSourceReport &report)
{
    QJsonObject object{
        {QStringLiteral("source"), report.source},
        {QStringLiteral("site_title"), report.siteTitle},
        {QStringLiteral("ok"), !report.failed},
        {QStringLiteral("posts_and_pages"), report.posts},
        {QStringLiteral("imported"), report.imported},
        {QStringLiteral("skipped"),
         QJsonObject{
             {QStringLiteral("status"), countsJson(report.skippedByStatus)},
             {QStringLiteral("type"), countsJson(report.skippedByType)},
             {QStringLiteral("protected"), QJsonArray::fromStringList(report.protectedTitles)},
             {QStringLiteral("not_picked"), report.notPicked}}},
        {QStringLiteral("other_items"), countsJson(report.otherItems)},
    };
    if (report.imagesAsked) {
        object.insert(QStringLiteral("images"),
                      QJsonObject{{QStringLiteral("downloaded"), report.imagesDownloaded},
                                  {QStringLiteral("reused"), report.imagesReused},
                                  {QStringLiteral("failed"), report.imagesFailed}});
    }
    return object;
}

} // namespace pw::cli
