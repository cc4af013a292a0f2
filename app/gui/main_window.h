#pragma once

#include "checks/category_whitelist.h"
#include "checks/title_width.h"

#include <QMainWindow>

class QListWidget;
class QPlainTextEdit;
class QTimer;

namespace pw::gui {

class Document;
class MetadataPanel;

class MainWindow : public QMainWindow {
    Q_OBJECT
public:
    explicit MainWindow(QWidget *parent = nullptr);
    ~MainWindow() override;

    // Opens a file, or says why it could not; the current document is untouched on failure.
    bool openFile(const QString &path);

    Document *document() const { return m_document; }
    QPlainTextEdit *editor() const { return m_editor; }
    MetadataPanel *metadataPanel() const { return m_metadataPanel; }
    QListWidget *findingsList() const { return m_findings; }

protected:
    void closeEvent(QCloseEvent *event) override;

private:
    void createActions();
    void open();
    bool save();
    bool saveAs();
    bool maybeSave();
    void updateTitle();
    void scheduleChecks();
    void runChecks();

    Document *m_document;
    QPlainTextEdit *m_editor;
    MetadataPanel *m_metadataPanel;
    QListWidget *m_findings;
    QTimer *m_checkTimer;
    CategoryWhitelist m_whitelist;
    TitleWidthMeter m_titleMeter;
};

} // namespace pw::gui
