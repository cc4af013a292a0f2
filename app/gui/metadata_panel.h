#pragma once

#include <QWidget>

class QLabel;
class QLineEdit;
class QPlainTextEdit;

namespace pw::gui {

class Document;

// The post's metadata as a form. Edits go straight into the Document; the panel keeps no
// state of its own beyond the widgets.
class MetadataPanel : public QWidget {
    Q_OBJECT
public:
    explicit MetadataPanel(QWidget *parent = nullptr);

    void setDocument(Document *document);

    QLineEdit *titleEdit() const { return m_title; }
    QPlainTextEdit *descriptionEdit() const { return m_description; }
    QLineEdit *slugEdit() const { return m_slug; }
    QLineEdit *tagsEdit() const { return m_tags; }
    QLineEdit *topicEdit() const { return m_topic; }
    QLineEdit *categoriesEdit() const { return m_categories; }

private:
    void showMetadata();
    void storeMetadata();
    void updateCounts();

    Document *m_document = nullptr;
    QLineEdit *m_title;
    QLabel *m_titleCount;
    QPlainTextEdit *m_description;
    QLabel *m_descriptionCount;
    QLineEdit *m_slug;
    QLineEdit *m_tags;
    QLineEdit *m_topic;
    QLineEdit *m_categories;
};

} // namespace pw::gui
