// SPDX-FileCopyrightText: 2026 The Postwright authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "gui/document/document.h"

#include "core/formats/post_reader.h"
#include "core/formats/post_writer.h"
#include "core/io/file_loader.h"
#include "core/io/post_file.h"
#include "core/site/site_dialect.h"
#include "gui/document/analysis_scheduler.h"
#include "gui/document/site_lookup.h"
#include "gui/editor/markdown_highlighter.h"
#include "gui/editor/raw_text.h"
#include "gui/spelling/document_spelling.h"

#include <QDateTime>
#include <QFileInfo>
#include <QPlainTextDocumentLayout>
#include <QTextCursor>
#include <QTextDocument>

namespace pw::gui {

Document::Document(const AnalysisContext &context, QObject *parent)
    : QObject(parent)
    , m_body(new QTextDocument(this))
    , m_context(context)
{
    m_body->setDocumentLayout(new QPlainTextDocumentLayout(m_body));
    connect(m_body, &QTextDocument::modificationChanged, this,
            [this] { emit modifiedChanged(isModified()); });
    connect(m_body, &QTextDocument::contentsChange, this,
            [this](int position, int removed, int added) {
                const auto body = [this](qsizetype start, qsizetype length) {
                    QString text;
                    for (qsizetype i = start; i < start + length; ++i)
                        text += m_body->characterAt(int(i));
                    return text;
                };
                if (m_loadFindings.bodyChanged(position, removed, added, body))
                    emit loadFindingsChanged();
            });
    m_highlighter = new MarkdownHighlighter(m_body);
    m_analysis = new AnalysisScheduler(this, m_context, this);
    connect(m_analysis, &AnalysisScheduler::snapshotReady, this, [this](const SnapshotPtr &snapshot) {
        m_highlighter->setSnapshot(snapshot);
        emit snapshotChanged(snapshot);
    });
    m_siteLookup = new SiteLookup(this);
    connect(this, &Document::filePathChanged, m_siteLookup, &SiteLookup::lookUp);
    connect(m_siteLookup, &SiteLookup::siteChanged, this,
            [this] { setAnalysisContext(m_context); });
    m_spelling = new DocumentSpelling(this, this);
    connect(this, &Document::snapshotChanged, m_spelling, &DocumentSpelling::setSnapshot);
    m_analysis->refreshNow();
}

SnapshotPtr Document::snapshot() const
{
    return m_analysis->latest();
}

void Document::setAnalysisContext(const AnalysisContext &context)
{
    m_context = context;
    m_context.site = m_siteLookup->site();
    m_context.postPath = m_siteLookup->site() ? m_filePath : QString();
    m_analysis->setContext(m_context);
    emit analysisContextChanged();
}

namespace {

// The body exactly as typed. toPlainText() would also turn no-break spaces into spaces and
// line separators into line breaks, and so change the post on every save.
QString exactText(const QTextDocument *document)
{
    return rawText(document, LineSeparators::Keep);
}

} // namespace

Post Document::post() const
{
    Post post = m_metadata;
    post.body = exactText(m_body);
    return post;
}

void Document::setMetadata(const Post &metadata)
{
    Post withoutBody = metadata;
    withoutBody.body.clear();
    if (withoutBody == m_metadata)
        return;
    m_metadata = withoutBody;
    setMetadataModified(true);
    emit metadataChanged();
    if (m_loadFindings.metadataChanged(m_metadata))
        emit loadFindingsChanged();
}

QString Document::displayName() const
{
    if (!m_filePath.isEmpty())
        return QFileInfo(m_filePath).fileName();
    if (!m_importedFrom.isEmpty())
        return tr("%1 (imported)").arg(QFileInfo(suggestedFileName()).fileName());
    return tr("Untitled");
}

QString Document::suggestedFileName() const
{
    if (!m_filePath.isEmpty())
        return m_filePath;
    const QString slug = effectiveSlug(m_metadata);
    const QString name = (slug.isEmpty() ? tr("untitled") : slug) + QStringLiteral(".md");
    // Beside the file it was imported from; a post from a site goes where Save As starts.
    const QFileInfo source(m_importedFrom);
    return source.isAbsolute() ? source.absolutePath() + QLatin1Char('/') + name : name;
}

bool Document::isModified() const
{
    return m_metadataModified || m_body->isModified();
}

void Document::setMetadataModified(bool modified)
{
    const bool before = isModified();
    m_metadataModified = modified;
    if (before != isModified())
        emit modifiedChanged(isModified());
}

namespace {

// readPostFile, and the hash of the bytes it read, which the document remembers.
PostReadResult readFile(const QString &path, QByteArray *hash)
{
    QByteArray bytes;
    PostReadResult result = readPostFile(path, &bytes);
    *hash = contentHash(bytes);
    return result;
}

} // namespace

QString Document::load(const QString &path)
{
    QByteArray hash;
    const PostReadResult read = readFile(path, &hash);
    if (!read.post)
        return read.error;
    Post metadata = *read.post;
    metadata.body.clear();
    m_metadata = metadata;
    m_body->setPlainText(read.post->body);
    m_body->setModified(false);
    m_loadFindings.reset(read.findings, *read.post);
    // An import is a new, unsaved Markdown document: saving must never write over the JSON.
    const bool imported = read.format == PostFormat::WordPressJson;
    m_importedFrom = imported ? QFileInfo(path).absoluteFilePath() : QString();
    m_format = imported ? PostFormat::MarkdownFrontMatter : read.format;
    m_filePath = imported ? QString() : QFileInfo(path).absoluteFilePath();
    m_fileHoldsMore = !imported && read.textAroundPost;
    m_diskHash = imported ? QByteArray() : hash;
    setMetadataModified(imported);
    emit metadataChanged();
    emit loadFindingsChanged();
    emit filePathChanged(m_filePath);
    emit diskBaselineChanged();
    return {};
}

void Document::loadImported(const Post &post, const QList<Finding> &findings,
                            const QString &sourcePath)
{
    Post metadata = post;
    metadata.body.clear();
    m_metadata = metadata;
    m_body->setPlainText(post.body);
    m_body->setModified(false);
    m_loadFindings.reset(findings, post);
    // A file imported from, or a site's name ("example.com") that must not become a path.
    const QFileInfo source(sourcePath);
    m_importedFrom = source.exists() ? source.absoluteFilePath() : sourcePath;
    m_format = PostFormat::MarkdownFrontMatter;
    m_filePath.clear();
    m_diskHash.clear();
    setMetadataModified(true);
    emit metadataChanged();
    emit loadFindingsChanged();
    emit filePathChanged(m_filePath);
    emit diskBaselineChanged();
}

WriteResult Document::saveAs(const QString &path, PostFormat format)
{
    const QByteArray bytes = writePost(post(), format);
    const WriteResult result = m_writer(path, bytes);
    if (!result.ok)
        return result;
    m_format = format;
    m_fileHoldsMore = false;
    m_diskHash = contentHash(bytes);
    // The next save compares with what is now on disk, not with what was opened.
    const PostReadResult written = readPostBytes(bytes, frontMatterDialectAt(path));
    m_metadata.source = written.post ? written.post->source : nullptr;
    const QString absolute = QFileInfo(path).absoluteFilePath();
    if (absolute != m_filePath) {
        m_filePath = absolute;
        emit filePathChanged(m_filePath);
    }
    m_body->setModified(false);
    setMetadataModified(false);
    emit diskBaselineChanged();
    return result;
}

DiskState Document::diskState() const
{
    if (m_filePath.isEmpty())
        return DiskState::Same;
    return compareWithDisk(m_filePath, m_diskHash);
}

QString Document::reload()
{
    QByteArray hash;
    const PostReadResult read = readFile(m_filePath, &hash);
    if (!read.post)
        return read.error;
    Post metadata = *read.post;
    metadata.body.clear();
    m_metadata = metadata;
    m_format = read.format == PostFormat::WordPressJson ? m_format : read.format;
    m_fileHoldsMore = read.textAroundPost;
    m_diskHash = hash;
    replaceBody(read.post->body);
    // After the body is replaced: that edit must not move the new file's ranges.
    m_loadFindings.reset(read.findings, *read.post);
    m_body->setModified(false);
    setMetadataModified(false);
    emit metadataChanged();
    emit loadFindingsChanged();
    emit diskBaselineChanged();
    return {};
}

void Document::replaceBody(const QString &text)
{
    const QString old = exactText(m_body);
    const qsizetype shorter = qMin(old.size(), text.size());
    qsizetype prefix = 0;
    while (prefix < shorter && old.at(prefix) == text.at(prefix))
        ++prefix;
    // Never split a surrogate pair: QTextCursor positions must be whole characters.
    if (prefix > 0 && old.at(prefix - 1).isHighSurrogate())
        --prefix;
    qsizetype suffix = 0;
    while (suffix < shorter - prefix &&
           old.at(old.size() - 1 - suffix) == text.at(text.size() - 1 - suffix))
        ++suffix;
    if (suffix > 0 && old.at(old.size() - suffix).isLowSurrogate())
        --suffix;
    if (prefix == old.size() && prefix == text.size())
        return;
    QTextCursor cursor(m_body);
    cursor.setPosition(int(prefix));
    cursor.setPosition(int(old.size() - suffix), QTextCursor::KeepAnchor);
    cursor.insertText(text.mid(prefix, text.size() - prefix - suffix));
}

void Document::keepOverDiskVersion()
{
    if (m_filePath.isEmpty())
        return;
    const LoadedFile file = loadFile(m_filePath);
    m_diskHash = file.ok ? contentHash(file.bytes) : QByteArray();
    emit diskBaselineChanged();
}

void Document::markDeletedOnDisk()
{
    m_diskHash.clear();
    setMetadataModified(true);
    emit diskBaselineChanged();
}

JournalEntry Document::journalEntry() const
{
    JournalEntry entry;
    entry.post = post();
    entry.filePath = m_filePath;
    entry.format = m_format;
    entry.importedFrom = m_importedFrom;
    entry.diskHash = m_diskHash;
    entry.savedAt = QDateTime::currentDateTimeUtc();
    return entry;
}

void Document::restore(const JournalEntry &entry)
{
    Post metadata = entry.post;
    metadata.body.clear();
    // The journal does not keep the text the post was read from; when the file on disk is
    // still the one the entry was based on, it is that text, so the next save edits it in place.
    if (!metadata.source && !entry.filePath.isEmpty() && !entry.diskHash.isEmpty()) {
        QByteArray hash;
        const PostReadResult disk = readFile(entry.filePath, &hash);
        if (disk.post && hash == entry.diskHash)
            metadata.source = disk.post->source;
    }
    m_metadata = metadata;
    m_body->setPlainText(entry.post.body);
    m_loadFindings.clear();
    m_format = entry.format;
    m_importedFrom = entry.importedFrom;
    m_diskHash = entry.diskHash;
    if (m_filePath != entry.filePath) {
        m_filePath = entry.filePath;
        emit filePathChanged(m_filePath);
    }
    // Modified until the user saves: the recovered text is not on disk (or not there yet).
    m_body->setModified(true);
    setMetadataModified(true);
    emit metadataChanged();
    emit loadFindingsChanged();
    emit diskBaselineChanged();
}

} // namespace pw::gui
