// SPDX-FileCopyrightText: 2026 The Postwright authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/wordpress/wp_response.h"

#include <QHash>
#include <QObject>
#include <QStringList>

namespace pw::wp {

class Call;
class Client;

// One category or tag name of a post, as the site knows it.
struct TermMatch {
    QString name;         // as the post holds it
    qint64 id = 0;        // 0 only in a dry run, for a name the site does not have
    bool created = false; // created by this run (or, in a dry run, would be)
};

// The key two term names are the same under: entities decoded (the site answers "A &amp; B"),
// tags dropped (kses strips them from names), whitespace collapsed, case folded. Stricter than
// WordPress 6.1 itself, which compares with PHP's ASCII-only strtolower: asked to create
// "über a & b" beside "Über A &amp; B" it makes a second category (seen in the tests).
QString foldedTermName(const QString &name);

// Finds the site's ids of a post's category and tag names, and creates the missing ones.
//
// How it looks: the first page of the taxonomy (100 terms, ids and names only) answers most
// posts on most sites in one request. For the names still missing it then takes whichever is
// fewer: the remaining pages, or one `search` per name. The search is only a filter (sent
// escaped as the site stores names: "A &amp; B", since "A & B" finds nothing); the match
// itself is always foldedTermName() equality, so a miss costs at worst a create answered
// with term_exists.
// Creating answers 400 term_exists with data.term_id when another writer was quicker (or the
// site folds the name further): that id counts as found, not created.
// finished() is emitted once, after the last request; nothing blocks.
class TermResolver : public QObject {
    Q_OBJECT

public:
    enum class Mode {
        FindOnly, // a publish preview: which names are new (TermMatch::created); nothing written
        Create,
    };

    explicit TermResolver(Client *client, QObject *parent = nullptr);

    void start(const QStringList &categories, const QStringList &tags, Mode mode);
    void cancel();

    bool ok() const { return m_failure == Failure::None; }
    Failure failure() const { return m_failure; }
    QString message() const { return m_message; } // names the term that failed
    // One entry per name given, in the same order (names blank after folding are left out:
    // WordPress refuses them).
    const QList<TermMatch> &categories() const { return m_taxonomies[0].matches; }
    const QList<TermMatch> &tags() const { return m_taxonomies[1].matches; }
    // For the post's `categories` and `tags`: the known ids in name order, each once (two
    // names may fold to one term).
    QList<qint64> categoryIds() const { return idsOf(categories()); }
    QList<qint64> tagIds() const { return idsOf(tags()); }
    // The names created (or, in a dry run, that would be).
    QStringList newCategories() const { return newNamesOf(categories()); }
    QStringList newTags() const { return newNamesOf(tags()); }
    int requests() const { return m_requests; }

signals:
    void finished();

private:
    struct Taxonomy {
        QString route; // "/wp/v2/categories"
        QList<TermMatch> matches;
        QStringList keys;    // foldedTermName() of each match
        QStringList unknown; // folded names not looked for to the end yet, each once
        QStringList absent;  // folded names the site does not have
        int listedPages = 0; // pages of the whole list read so far
        int listPages = -1;  // X-WP-TotalPages of the list; -1 before the first page
        int searchPage = 1;  // the page of the current name's search
    };

    static QList<qint64> idsOf(const QList<TermMatch> &matches);
    static QStringList newNamesOf(const QList<TermMatch> &matches);

    void next();
    void listPage();
    void search();
    void create();
    void readFailed(const Response &response);
    QString nameOf(const QString &folded) const;
    void learn(const QJsonArray &terms);
    void found(const QString &folded, qint64 id, bool created);
    Call *track(Call *call);
    void finish(Failure failure, const QString &message = {});

    Client *m_client;
    Mode m_mode = Mode::Create;
    Taxonomy m_taxonomies[2];
    int m_current = 0;
    Call *m_call = nullptr;
    Failure m_failure = Failure::None;
    QString m_message;
    int m_requests = 0;
    bool m_done = false;
};

} // namespace pw::wp
