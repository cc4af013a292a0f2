// SPDX-FileCopyrightText: 2026 The Postwright authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/io/journal.h"

#include "core/io/file_loader.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <algorithm>

namespace pw {

namespace {

class JournalText {
    Q_DECLARE_TR_FUNCTIONS(pw::Journal)
};

constexpr int kVersion = 1;
const char *const kMarker = "postwright-journal";

// formatName() gives "markdown" for both Markdown flavours; the journal must tell them apart.
struct FormatKey {
    PostFormat format;
    const char *key;
};
constexpr FormatKey kFormats[] = {
    {PostFormat::Generator, "generator"},
    {PostFormat::MarkdownFrontMatter, "markdown-front-matter"},
    {PostFormat::Markdown, "markdown"},
    {PostFormat::PostJson, "post-json"},
    {PostFormat::WordPressJson, "wordpress-json"},
};

QString formatKey(PostFormat format)
{
    for (const FormatKey &entry : kFormats) {
        if (entry.format == format)
            return QLatin1String(entry.key);
    }
    return {};
}

std::optional<PostFormat> formatFromKey(const QString &key)
{
    for (const FormatKey &entry : kFormats) {
        if (key == QLatin1String(entry.key))
            return entry.format;
    }
    return std::nullopt;
}

QJsonObject postObject(const Post &post)
{
    QJsonArray extras;
    for (const ExtraField &extra : post.extras)
        extras.append(
            QJsonObject{{QStringLiteral("key"), extra.key}, {QStringLiteral("yaml"), extra.yaml}});
    return {
        {QStringLiteral("title"), post.title},
        {QStringLiteral("meta_description"), post.metaDescription},
        {QStringLiteral("slug"), post.slug},
        {QStringLiteral("tags"), QJsonArray::fromStringList(post.tags)},
        {QStringLiteral("categories"), QJsonArray::fromStringList(post.categories)},
        {QStringLiteral("topic"), post.topic},
        {QStringLiteral("body"), post.body},
        {QStringLiteral("extras"), extras},
    };
}

// Reads the fields of a journal strictly: a journal is only ever written by us, so anything
// unexpected means it is damaged, and a damaged journal must not pass for a good one.
class Reader {
public:
    explicit Reader(const QJsonObject &object) : m_object(object) {}

    QString string(const char *key)
    {
        const QJsonValue value = m_object.value(QLatin1String(key));
        if (!value.isString())
            fail(key);
        return value.toString();
    }

    QStringList strings(const char *key)
    {
        QStringList list;
        const QJsonValue value = m_object.value(QLatin1String(key));
        if (!value.isArray()) {
            fail(key);
            return list;
        }
        for (const QJsonValue &item : value.toArray()) {
            if (!item.isString())
                fail(key);
            list.append(item.toString());
        }
        return list;
    }

    QJsonObject object(const char *key)
    {
        const QJsonValue value = m_object.value(QLatin1String(key));
        if (!value.isObject())
            fail(key);
        return value.toObject();
    }

    QJsonArray array(const char *key)
    {
        const QJsonValue value = m_object.value(QLatin1String(key));
        if (!value.isArray())
            fail(key);
        return value.toArray();
    }

    void fail(const char *key)
    {
        if (m_error.isEmpty())
            m_error = JournalText::tr("damaged journal: “%1” is missing or has the wrong type")
                          .arg(QLatin1String(key));
    }

    QString error() const { return m_error; }

private:
    QJsonObject m_object;
    QString m_error;
};

} // namespace

QString journalSuffix()
{
    return QStringLiteral(".pwjournal");
}

QByteArray writeJournalBytes(const JournalEntry &entry)
{
    const QJsonObject object{
        {QLatin1String(kMarker), kVersion},
        {QStringLiteral("saved_at"), entry.savedAt.toUTC().toString(Qt::ISODateWithMs)},
        {QStringLiteral("file_path"), entry.filePath},
        {QStringLiteral("format"), formatKey(entry.format)},
        {QStringLiteral("imported_from"), entry.importedFrom},
        {QStringLiteral("disk_sha256"), QString::fromLatin1(entry.diskHash.toHex())},
        {QStringLiteral("post"), postObject(entry.post)},
    };
    return QJsonDocument(object).toJson(QJsonDocument::Indented);
}

JournalReadResult readJournalBytes(const QByteArray &bytes)
{
    JournalReadResult result;
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(bytes, &parseError);
    if (parseError.error != QJsonParseError::NoError) {
        result.error = JournalText::tr("damaged journal: %1 at byte %2")
                           .arg(parseError.errorString())
                           .arg(parseError.offset);
        return result;
    }
    const QJsonObject root = document.object();
    if (!document.isObject() || !root.value(QLatin1String(kMarker)).isDouble()) {
        result.error = JournalText::tr("not a Postwright journal");
        return result;
    }
    if (root.value(QLatin1String(kMarker)).toInt() != kVersion) {
        result.error = JournalText::tr("journal version %1 is not supported")
                           .arg(root.value(QLatin1String(kMarker)).toInt());
        return result;
    }

    Reader reader(root);
    JournalEntry entry;
    entry.savedAt = QDateTime::fromString(reader.string("saved_at"), Qt::ISODateWithMs);
    entry.filePath = reader.string("file_path");
    const std::optional<PostFormat> format = formatFromKey(reader.string("format"));
    if (!format)
        reader.fail("format");
    entry.format = format.value_or(PostFormat::MarkdownFrontMatter);
    entry.importedFrom = reader.string("imported_from");
    entry.diskHash = QByteArray::fromHex(reader.string("disk_sha256").toLatin1());

    Reader post(reader.object("post"));
    entry.post.title = post.string("title");
    entry.post.metaDescription = post.string("meta_description");
    entry.post.slug = post.string("slug");
    entry.post.tags = post.strings("tags");
    entry.post.categories = post.strings("categories");
    entry.post.topic = post.string("topic");
    entry.post.body = post.string("body");
    for (const QJsonValue &value : post.array("extras")) {
        Reader extra(value.toObject());
        entry.post.extras.append({extra.string("key"), extra.string("yaml")});
        if (!value.isObject() || !extra.error().isEmpty())
            post.fail("extras");
    }

    if (!entry.savedAt.isValid())
        reader.fail("saved_at");
    for (const QString &error : {reader.error(), post.error()}) {
        if (!error.isEmpty()) {
            result.error = error;
            return result;
        }
    }
    result.entry = entry;
    return result;
}

WriteResult writeJournal(const QString &path, const JournalEntry &entry)
{
    return writeFileAtomically(path, writeJournalBytes(entry));
}

JournalReadResult readJournal(const QString &path)
{
    const LoadedFile file = loadFile(path);
    if (!file.ok) {
        JournalReadResult result;
        result.error = file.error;
        return result;
    }
    JournalReadResult result = readJournalBytes(file.bytes);
    if (!result.error.isEmpty())
        result.error = QStringLiteral("%1: %2").arg(path, result.error);
    return result;
}

JournalListing listJournals(const QString &folder)
{
    JournalListing listing;
    const QDir dir(folder);
    const QStringList names =
        dir.entryList({QLatin1Char('*') + journalSuffix()}, QDir::Files, QDir::Name);
    for (const QString &name : names) {
        const QString path = dir.filePath(name);
        JournalReadResult read = readJournal(path);
        if (read.entry)
            listing.journals.append({path, *read.entry});
        else
            listing.problems.append(read.error);
    }
    std::stable_sort(listing.journals.begin(), listing.journals.end(),
                     [](const JournalFile &a, const JournalFile &b) {
                         return a.entry.savedAt < b.entry.savedAt;
                     });
    return listing;
}

bool removeJournal(const QString &path)
{
    return QFile::remove(path) || !QFile::exists(path);
}

} // namespace pw
