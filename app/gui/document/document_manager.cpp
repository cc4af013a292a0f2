// SPDX-FileCopyrightText: 2026 The Postwright authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "gui/document/document_manager.h"

#include "core/checks/category_whitelist.h"
#include "core/io/post_file.h"
#include "gui/document/document.h"

#include <QFile>
#include <QFileInfo>

namespace pw::gui {

namespace {

// Only a file that starts like JSON can hold several posts; the rest need not be read twice.
bool startsLikeJson(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return false;
    const QByteArray head = file.read(4096);
    for (const char c : head.startsWith("\xEF\xBB\xBF") ? head.mid(3) : head) {
        if (c == '{' || c == '[')
            return true;
        if (!QChar::isSpace(uchar(c)))
            return false;
    }
    return false;
}

} // namespace

DocumentManager::DocumentManager(AnalysisContext context, QObject *parent)
    : QObject(parent), m_context(std::move(context))
{
}

DocumentManager::~DocumentManager()
{
    // Views may still show documents when the window goes down: they hear of each close and
    // let go first, whichever of them Qt deletes first.
    while (!m_documents.isEmpty())
        closeDocument(m_documents.constLast());
}

Document *DocumentManager::adopt(Document *document)
{
    m_documents.append(document);
    emit documentCreated(document);
    return document;
}

Document *DocumentManager::createDocument()
{
    return adopt(new Document(m_context, this));
}

Document *DocumentManager::findDocument(const QString &path) const
{
    const QString absolute = QFileInfo(path).absoluteFilePath();
    for (Document *document : m_documents) {
        if (!document->filePath().isEmpty() && document->filePath() == absolute)
            return document;
    }
    return nullptr;
}

DocumentManager::OpenResult DocumentManager::openFile(const QString &path)
{
    OpenResult result;
    // A WordPress export may hold many posts: each becomes a document of its own.
    if (startsLikeJson(path)) {
        const QList<PostReadResult> posts = readAllPostsFromFile(path);
        if (posts.constFirst().format == PostFormat::WordPressJson) {
            result.imported = true;
            for (qsizetype i = 0; i < posts.size(); ++i) {
                const PostReadResult &read = posts.at(i);
                if (!read.post) {
                    result.skipped.append(
                        posts.size() == 1
                            ? read.error
                            : tr("Post %1 of %2: %3").arg(i + 1).arg(posts.size()).arg(read.error));
                    continue;
                }
                auto *document = new Document(m_context, this);
                document->loadImported(*read.post, read.findings, path);
                result.documents.append(adopt(document));
            }
            if (result.documents.isEmpty())
                result.error = result.skipped.join(QStringLiteral("\n\n"));
            return result;
        }
    }
    // Read into a document nobody sees yet, so a failure changes nothing that is open.
    auto document = std::make_unique<Document>(m_context);
    result.error = document->load(path);
    if (result.error.isEmpty()) {
        document->setParent(this);
        result.documents.append(adopt(document.release()));
    }
    return result;
}

void DocumentManager::closeDocument(Document *document)
{
    if (!m_documents.removeOne(document))
        return;
    emit documentAboutToClose(document);
    delete document;
}

void DocumentManager::setWhitelist(std::shared_ptr<const CategoryWhitelist> whitelist,
                                   bool chosen)
{
    if (m_context.whitelist && whitelist &&
        whitelist->categories() == m_context.whitelist->categories() &&
        chosen == m_context.whitelistChosen)
        return;
    m_context.whitelist = std::move(whitelist);
    m_context.whitelistChosen = chosen;
    for (Document *document : std::as_const(m_documents))
        document->setAnalysisContext(m_context);
}

void DocumentManager::setSiteAddress(const QString &address)
{
    if (address == m_context.siteAddress)
        return;
    m_context.siteAddress = address;
    for (Document *document : std::as_const(m_documents))
        document->setAnalysisContext(m_context);
}

void DocumentManager::setCodeTheme(const QString &theme)
{
    if (theme == m_context.code.theme)
        return;
    m_context.code.theme = theme;
    for (Document *document : std::as_const(m_documents))
        document->setAnalysisContext(m_context);
}

} // namespace pw::gui
