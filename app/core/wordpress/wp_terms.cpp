// SPDX-FileCopyrightText: 2026 The Postwright authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/wordpress/wp_terms.h"

#include "core/import/wordpress_import.h"
#include "core/wordpress/wp_client.h"
#include "core/wordpress/wp_posts.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonObject>
#include <QSet>

namespace pw::wp {

namespace {

struct TermsText {
    Q_DECLARE_TR_FUNCTIONS(pw::wp::TermResolver)
};

constexpr int perPage = 100; // the REST API's maximum

// What `search` is given for a name: the name as the site stores it. WordPress keeps term
// names through sanitize_text_field, kses and _wp_specialchars (& < > as entities, quotes
// as they are) and searches them with LIKE, so "A & B" finds nothing while "A &amp; B"
// finds it. Case and accents do not matter to the site's collation.
QString searchText(const QString &name)
{
    QString text = htmlToPlainText(name);
    text.replace(QLatin1Char('&'), QLatin1String("&amp;"));
    text.replace(QLatin1Char('<'), QLatin1String("&lt;"));
    text.replace(QLatin1Char('>'), QLatin1String("&gt;"));
    return text;
}

} // namespace

QString foldedTermName(const QString &name)
{
    return htmlToPlainText(name).toCaseFolded();
}

TermResolver::TermResolver(Client *client, QObject *parent) : QObject(parent), m_client(client) {}

QList<qint64> TermResolver::idsOf(const QList<TermMatch> &matches)
{
    QList<qint64> ids;
    for (const TermMatch &match : matches)
        if (match.id > 0 && !ids.contains(match.id))
            ids.append(match.id);
    return ids;
}

QStringList TermResolver::newNamesOf(const QList<TermMatch> &matches)
{
    QStringList names;
    QSet<QString> seen;
    for (const TermMatch &match : matches)
        if (match.created && !seen.contains(foldedTermName(match.name))) {
            seen.insert(foldedTermName(match.name));
            names.append(match.name);
        }
    return names;
}

void TermResolver::start(const QStringList &categories, const QStringList &tags, Mode mode)
{
    m_mode = mode;
    m_taxonomies[0].route = QStringLiteral("/wp/v2/categories");
    m_taxonomies[1].route = QStringLiteral("/wp/v2/tags");
    const QStringList *names[2] = {&categories, &tags};
    for (int i = 0; i < 2; ++i) {
        Taxonomy &t = m_taxonomies[i];
        for (const QString &name : *names[i]) {
            const QString folded = foldedTermName(name);
            if (folded.isEmpty())
                continue; // WordPress refuses an empty name; there is nothing to look for
            t.matches.append({name, 0, false});
            t.keys.append(folded);
            if (!t.unknown.contains(folded))
                t.unknown.append(folded);
        }
    }
    // Always answered later, never from inside start(): callers connect after constructing.
    QMetaObject::invokeMethod(this, &TermResolver::next, Qt::QueuedConnection);
}

void TermResolver::cancel()
{
    if (m_call)
        m_call->cancel();
    else if (!m_done)
        finish(Failure::Cancelled);
}

void TermResolver::next()
{
    if (m_done)
        return;
    while (m_current < 2) {
        Taxonomy &t = m_taxonomies[m_current];
        if (!t.unknown.isEmpty()) {
            if (t.listPages < 0) {
                listPage();
                return;
            }
            const int remaining = t.listPages - t.listedPages;
            if (remaining <= 0) {
                t.absent += t.unknown;
                t.unknown.clear();
                continue;
            }
            // Whatever costs fewer requests: the rest of the list, or one search per name.
            if (remaining <= t.unknown.size())
                listPage();
            else
                search();
            return;
        }
        if (!t.absent.isEmpty()) {
            if (m_mode == Mode::FindOnly) {
                for (const QString &folded : std::as_const(t.absent))
                    found(folded, 0, true);
                t.absent.clear();
                continue;
            }
            create();
            return;
        }
        ++m_current;
    }
    finish(Failure::None);
}

Call *TermResolver::track(Call *call)
{
    m_call = call;
    ++m_requests;
    return call;
}

QString TermResolver::nameOf(const QString &folded) const
{
    const Taxonomy &t = m_taxonomies[m_current];
    const qsizetype at = t.keys.indexOf(folded);
    return at >= 0 ? t.matches.at(at).name : folded;
}

void TermResolver::listPage()
{
    Taxonomy &t = m_taxonomies[m_current];
    QUrlQuery query;
    query.addQueryItem(QStringLiteral("per_page"), QString::number(perPage));
    query.addQueryItem(QStringLiteral("page"), QString::number(t.listedPages + 1));
    // By id: a term created meanwhile goes to the end instead of shifting the pages.
    query.addQueryItem(QStringLiteral("orderby"), QStringLiteral("id"));
    query.addQueryItem(QStringLiteral("_fields"), QStringLiteral("id,name"));
    Call *call = track(m_client->get(t.route, query));
    connect(call, &Call::finished, this, [this] {
        Call *call = std::exchange(m_call, nullptr);
        call->deleteLater();
        const Response &response = call->response();
        if (!response.ok()) {
            readFailed(response);
            return;
        }
        Taxonomy &t = m_taxonomies[m_current];
        ++t.listedPages;
        // Without the header (a proxy dropped it) a short page is the last one.
        const PageCount count = pageCountOf(response);
        const QJsonArray terms = response.json.array();
        t.listPages = count.pages >= 0
                          ? count.pages
                          : (terms.size() < perPage ? t.listedPages : t.listedPages + 1);
        learn(terms);
        next();
    });
}

void TermResolver::search()
{
    Taxonomy &t = m_taxonomies[m_current];
    const QString folded = t.unknown.first();
    QUrlQuery query;
    query.addQueryItem(QStringLiteral("search"), searchText(nameOf(folded)));
    query.addQueryItem(QStringLiteral("per_page"), QString::number(perPage));
    query.addQueryItem(QStringLiteral("page"), QString::number(t.searchPage));
    query.addQueryItem(QStringLiteral("_fields"), QStringLiteral("id,name"));
    Call *call = track(m_client->get(t.route, query));
    connect(call, &Call::finished, this, [this, folded] {
        Call *call = std::exchange(m_call, nullptr);
        call->deleteLater();
        const Response &response = call->response();
        if (!response.ok()) {
            readFailed(response);
            return;
        }
        Taxonomy &t = m_taxonomies[m_current];
        const QJsonArray terms = response.json.array();
        learn(terms);
        const PageCount count = pageCountOf(response);
        const bool morePages =
            count.pages >= 0 ? t.searchPage < count.pages : terms.size() == perPage;
        if (t.unknown.contains(folded) && morePages) {
            ++t.searchPage;
        } else {
            if (t.unknown.removeOne(folded))
                t.absent.append(folded);
            t.searchPage = 1;
        }
        next();
    });
}

void TermResolver::create()
{
    Taxonomy &t = m_taxonomies[m_current];
    const QString folded = t.absent.first();
    const QString name = nameOf(folded);
    Call *call = track(m_client->send("POST", t.route, {{QStringLiteral("name"), name.trimmed()}}));
    connect(call, &Call::finished, this, [this, folded, name] {
        Call *call = std::exchange(m_call, nullptr);
        call->deleteLater();
        const Response &response = call->response();
        Taxonomy &t = m_taxonomies[m_current];
        const bool category = m_current == 0;
        if (response.ok()) {
            found(folded, response.json.object().value(QLatin1String("id")).toInteger(), true);
        } else if (response.code == QLatin1String("term_exists") &&
                   response.errorData.toObject().value(QLatin1String("term_id")).toInteger() > 0) {
            // Someone else created it since we looked, or the site folds names further than
            // we do: either way it is the site's term for this name.
            found(folded, response.errorData.toObject().value(QLatin1String("term_id")).toInteger(),
                  false);
        } else if (response.failure == Failure::Cancelled) {
            finish(Failure::Cancelled);
            return;
        } else if (response.failure == Failure::Forbidden ||
                   response.code == QLatin1String("rest_cannot_create")) {
            // Authors may assign categories but not create them; tags they may create.
            finish(Failure::Forbidden,
                   category ? TermsText::tr("Your account may not create the category “%1” on "
                                            "this site. Ask an editor to create it, or choose "
                                            "an existing category.")
                                  .arg(name)
                            : TermsText::tr("Your account may not create the tag “%1” on this "
                                            "site. Ask an editor to create it, or remove the tag.")
                                  .arg(name));
            return;
        } else {
            finish(response.failure,
                   (category ? TermsText::tr("The category “%1” could not be created: %2")
                             : TermsText::tr("The tag “%1” could not be created: %2"))
                       .arg(name, response.message));
            return;
        }
        t.absent.removeOne(folded);
        next();
    });
}

void TermResolver::readFailed(const Response &response)
{
    if (response.failure == Failure::Cancelled) {
        finish(Failure::Cancelled);
        return;
    }
    const QString names = m_taxonomies[m_current].unknown.isEmpty()
                              ? QString()
                              : nameOf(m_taxonomies[m_current].unknown.first());
    finish(response.failure,
           (m_current == 0 ? TermsText::tr("The site's categories could not be read (looking for "
                                           "“%1”): %2")
                           : TermsText::tr("The site's tags could not be read (looking for "
                                           "“%1”): %2"))
               .arg(names, response.message));
}

void TermResolver::learn(const QJsonArray &terms)
{
    Taxonomy &t = m_taxonomies[m_current];
    for (const QJsonValue &term : terms) {
        const QJsonObject object = term.toObject();
        const QString folded = foldedTermName(object.value(QLatin1String("name")).toString());
        if (t.unknown.removeOne(folded))
            found(folded, object.value(QLatin1String("id")).toInteger(), false);
    }
}

void TermResolver::found(const QString &folded, qint64 id, bool created)
{
    Taxonomy &t = m_taxonomies[m_current];
    for (qsizetype i = 0; i < t.matches.size(); ++i)
        if (t.keys.at(i) == folded) {
            t.matches[i].id = id;
            t.matches[i].created = created;
        }
}

void TermResolver::finish(Failure failure, const QString &message)
{
    if (m_done)
        return;
    m_done = true;
    m_failure = failure;
    m_message = message.isEmpty() ? failureMessage(failure) : message;
    emit finished();
}

} // namespace pw::wp
