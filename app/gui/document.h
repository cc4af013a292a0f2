#pragma once

#include "finding.h"
#include "formats/post_format.h"
#include "io/atomic_writer.h"
#include "post.h"

#include <QObject>
#include <QString>

class QTextDocument;

namespace pw::gui {

// One open post: the body as a QTextDocument (which owns undo and the editor's text) and
// the metadata as a Post whose body is left empty. Views edit it; it decides nothing about
// presentation. Modelled on KTextEditor's document/view split.
class Document : public QObject {
    Q_OBJECT
public:
    explicit Document(QObject *parent = nullptr);

    QTextDocument *bodyDocument() const { return m_body; }
    // The whole post, body included.
    Post post() const;
    const Post &metadata() const { return m_metadata; }
    void setMetadata(const Post &metadata);

    QString filePath() const { return m_filePath; }
    PostFormat format() const { return m_format; }
    QString displayName() const;
    // Where Save As starts: the file's own path, or a name made from the slug.
    QString suggestedFileName() const;
    bool isModified() const;
    // Set when the document came from an import (WordPress JSON): it has no file of its own
    // until saved, and the import's notes are kept for review.
    QString importedFrom() const { return m_importedFrom; }
    QList<Finding> loadFindings() const { return m_loadFindings; }

    // Replaces the contents from a file. On failure returns the reason and changes nothing.
    QString load(const QString &path);
    // Writes atomically; the document becomes clean only when the write succeeded.
    WriteResult saveAs(const QString &path, PostFormat format);

signals:
    void metadataChanged();
    void modifiedChanged(bool modified);
    void filePathChanged(const QString &path);

private:
    void setMetadataModified(bool modified);

    QTextDocument *m_body;
    Post m_metadata;
    QString m_filePath;
    PostFormat m_format = PostFormat::MarkdownFrontMatter;
    bool m_metadataModified = false;
    QString m_importedFrom;
    QList<Finding> m_loadFindings;
};

} // namespace pw::gui
