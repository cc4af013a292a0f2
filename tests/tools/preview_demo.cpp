// SPDX-FileCopyrightText: 2026 The Postwright authors
// SPDX-License-Identifier: GPL-3.0-or-later
// Manual harness: renders a post into the real preview and saves a screenshot, so the
// styling can be judged by eye in light and dark. Not part of the test suite.
//   preview_demo POST_FILE light|dark OUT.png [scroll-line]
// Blocks are made here with cmark-gfm, one per top-level node, as the analysis does.
#include "core/io/post_file.h"
#include "gui/preview/document_scheme_handler.h"
#include "gui/preview/preview_view.h"

#include <QApplication>
#include <QFileInfo>
#include <QPalette>
#include <QTimer>
#include <QWebEngineView>
#include <QtTest>

#include <cmark-gfm-core-extensions.h>
#include <cmark-gfm.h>

namespace {

QList<pw::PreviewBlock> renderBlocks(const QString &markdown)
{
    cmark_gfm_core_extensions_ensure_registered();
    const int options = CMARK_OPT_SOURCEPOS | CMARK_OPT_UNSAFE | CMARK_OPT_FOOTNOTES;
    cmark_parser *parser = cmark_parser_new(options);
    for (const char *name : {"table", "strikethrough", "autolink", "tasklist", "tagfilter"})
        cmark_parser_attach_syntax_extension(parser, cmark_find_syntax_extension(name));
    const QByteArray utf8 = markdown.toUtf8();
    cmark_parser_feed(parser, utf8.constData(), size_t(utf8.size()));
    cmark_node *document = cmark_parser_finish(parser);
    QList<pw::PreviewBlock> blocks;
    for (cmark_node *node = cmark_node_first_child(document); node; node = cmark_node_next(node)) {
        char *html = cmark_render_html(node, options, cmark_parser_get_syntax_extensions(parser));
        pw::PreviewBlock block;
        block.html = QString::fromUtf8(html);
        free(html);
        block.firstLine = cmark_node_get_start_line(node) - 1;
        block.lastLine = cmark_node_get_end_line(node) - 1;
        block.hash = qHash(block.html) | 1;
        blocks << block;
    }
    cmark_node_free(document);
    cmark_parser_free(parser);
    return blocks;
}

} // namespace

int main(int argc, char **argv)
{
    pw::gui::registerPreviewSchemes();
    QCoreApplication::setAttribute(Qt::AA_ShareOpenGLContexts);
    QApplication app(argc, argv);
    if (argc < 4)
        return 2;
    const QString path = QString::fromLocal8Bit(argv[1]);
    const bool dark = qstrcmp(argv[2], "dark") == 0;
    const QString out = QString::fromLocal8Bit(argv[3]);
    const int line = argc > 4 ? atoi(argv[4]) : 0;

    pw::Post post;
    const pw::PostReadResult read = pw::readPostFile(path);
    if (read.post) {
        post = *read.post;
    } else {
        QFile file(path);
        file.open(QIODevice::ReadOnly);
        post.body = QString::fromUtf8(file.readAll());
        post.title = QStringLiteral("Sample post");
    }

    if (dark) {
        QPalette p;
        p.setColor(QPalette::Window, QColor(45, 45, 48));
        p.setColor(QPalette::Base, QColor(30, 30, 32));
        p.setColor(QPalette::Text, QColor(225, 225, 225));
        p.setColor(QPalette::WindowText, QColor(225, 225, 225));
        QApplication::setPalette(p);
    }
    pw::gui::PreviewView view;
    view.resize(900, 880);
    view.setDocumentFolder(QFileInfo(path).absolutePath());
    view.show();
    if (!QTest::qWaitFor([&] { return view.isReady(); }, 60000))
        return 1;
    view.setTitle(post.title);
    view.setBlocks(renderBlocks(post.body), 1);
    if (!QTest::qWaitFor([&] { return view.appliedRevision() == 1; }, 20000))
        return 1;
    if (line > 0)
        view.scrollToSourceLine(line);
    QTest::qWait(1500);
    view.grab().save(out);
    qInfo("saved %s", qPrintable(out));
    return 0;
}
