#include "document.h"

#include "io/post_file.h"

#include <QFileInfo>
#include <QPlainTextDocumentLayout>
#include <QTextDocument>

namespace pw::gui {

Document::Document(QObject *parent)
    : QObject(parent)
    , m_body(new QTextDocument(this))
{
    m_body->setDocumentLayout(new QPlainTextDocumentLayout(m_body));
    connect(m_body, &QTextDocument::modificationChanged, this,
            [this] { emit modifiedChanged(isModified()); });
}

Post Document::post() const
{
    Post post = m_metadata;
    post.body = m_body->toPlainText();
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
    return m_importedFrom.isEmpty() ? name : QFileInfo(m_importedFrom).absolutePath() + QLatin1Char('/') + name;
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

QString Document::load(const QString &path)
{
    const PostReadResult read = readPostFile(path);
    if (!read.post)
        return read.error;
    Post metadata = *read.post;
    metadata.body.clear();
    m_metadata = metadata;
    m_body->setPlainText(read.post->body);
    m_body->setModified(false);
    m_loadFindings = read.findings;
    // An import is a new, unsaved Markdown document: saving must never write over the JSON.
    const bool imported = read.format == PostFormat::WordPressJson;
    m_importedFrom = imported ? QFileInfo(path).absoluteFilePath() : QString();
    m_format = imported ? PostFormat::MarkdownFrontMatter : read.format;
    m_filePath = imported ? QString() : QFileInfo(path).absoluteFilePath();
    setMetadataModified(imported);
    emit metadataChanged();
    emit filePathChanged(m_filePath);
    return {};
}

WriteResult Document::saveAs(const QString &path, PostFormat format)
{
    const WriteResult result = writePostFile(path, post(), format);
    if (!result.ok)
        return result;
    m_format = format;
    m_importedFrom.clear();
    const QString absolute = QFileInfo(path).absoluteFilePath();
    if (absolute != m_filePath) {
        m_filePath = absolute;
        emit filePathChanged(m_filePath);
    }
    m_body->setModified(false);
    setMetadataModified(false);
    return result;
}

} // namespace pw::gui
