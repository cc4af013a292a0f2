// SPDX-FileCopyrightText: 2026 The Postwright authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/formats/json_front_matter.h"
#include "core/formats/post_json_format.h"
#include "core/formats/post_source.h"
#include "core/formats/text_normalization.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <algorithm>
#include <set>

// Writing JSON front matter back into the text it was read from. Like the TOML writer, it
// compares the post with what the reader made of the text (PostSource::asRead) and edits the
// text only where they differ, at the member positions the reader's scanner found; the rest
// stays byte for byte: member order, spacing, escapes, line ends.

namespace pw {

using namespace json_front_matter;

namespace {

QString jsonString(const QString &value)
{
    const QByteArray array = QJsonDocument(QJsonArray{value}).toJson(QJsonDocument::Compact);
    return QString::fromUtf8(array.mid(1, array.size() - 2));
}

std::optional<QJsonValue> parsedValue(const QString &text)
{
    QJsonParseError error{};
    const QJsonDocument doc =
        QJsonDocument::fromJson(QByteArray("[") + text.toUtf8() + QByteArray("]"), &error);
    if (error.error != QJsonParseError::NoError || doc.array().size() != 1)
        return std::nullopt;
    return doc.array().at(0);
}

// An extra's text as a JSON value: itself when it is one (read from this front matter), else
// the YAML the rest of Postwright writes extras in (the SEO tab, the spelling language),
// converted.
QString jsonValueText(const QString &extraText)
{
    const QString text = extraText.trimmed();
    if (parsedValue(text))
        return text;
    return QString::fromUtf8(yamlAsJson(text));
}

class Editor {
public:
    Editor(QStringView source, const Block &block, const Bindings &bindings)
        : text_(source), block_(block), bindings_(bindings)
    {
    }

    void text(const std::optional<qsizetype> &binding, const QString &key, const QString &before,
              const QString &after)
    {
        if (before == after)
            return;
        if (!binding) {
            if (!after.isEmpty())
                add(key, jsonString(after));
        } else {
            // A cleared field keeps its key, empty, where the site's templates expect it.
            replace(*binding, jsonString(after));
        }
    }

    void list(const std::optional<qsizetype> &binding, const QString &key,
              const QStringList &before, const QStringList &after)
    {
        if (before == after)
            return;
        if (!binding) {
            if (!after.isEmpty())
                add(key, array(after, {}));
            return;
        }
        const QStringView old = valueText(*binding);
        // A comma-separated string stays one.
        if (old.startsWith(QLatin1Char('"')))
            replace(*binding, jsonString(after.join(QLatin1String(", "))));
        else
            replace(*binding, array(after, old.startsWith(QLatin1Char('[')) ? old : QStringView()));
    }

    void extras(const QList<ExtraField> &before, const QList<ExtraField> &after)
    {
        for (const ExtraField &old : before) {
            const auto now = std::find_if(after.begin(), after.end(),
                                          [&](const ExtraField &e) { return e.key == old.key; });
            const std::optional<qsizetype> member = extraMember(old.key);
            if (!member)
                continue;
            if (now == after.end())
                removed_.insert(*member);
            else if (now->yaml != old.yaml)
                replace(*member, withLineEnds(jsonValueText(now->yaml)));
        }
        for (const ExtraField &extra : after) {
            if (std::none_of(before.begin(), before.end(),
                             [&](const ExtraField &e) { return e.key == extra.key; }))
                add(extra.key, withLineEnds(jsonValueText(extra.yaml)));
        }
    }

    void body(const QString &before, const QString &after)
    {
        if (before == after)
            return;
        // The blank lines between the object and the body, as in the file (one when none).
        qsizetype first = block_.bodyStart;
        while (first < text_.size()) {
            const qsizetype newline = text_.indexOf(QLatin1Char('\n'), first);
            if (newline < 0 || !text_.sliced(first, newline - first).trimmed().isEmpty())
                break;
            first = newline + 1;
        }
        const QString gap =
            first > block_.bodyStart
                ? text_.sliced(block_.bodyStart, first - block_.bodyStart).toString()
                : block_.lineEnd;
        const QString out = (block_.closingHasLineEnd ? QString() : block_.lineEnd) + gap +
                            withLineEnds(trimBody(normalizeLineEnds(after))) + block_.lineEnd;
        edits_.push_back({block_.bodyStart, text_.size(), out});
    }

    QString apply()
    {
        removeMembers();
        addMembers();
        return applyTextEdits(text_, edits_);
    }

private:
    QStringView valueText(qsizetype index) const
    {
        const Member &m = block_.members.at(index);
        return text_.sliced(m.valueStart, m.valueEnd - m.valueStart);
    }

    QString withLineEnds(QString text) const
    {
        return normalizeLineEnds(std::move(text)).replace(QLatin1Char('\n'), block_.lineEnd);
    }

    std::optional<qsizetype> extraMember(const QString &key) const
    {
        for (qsizetype i = block_.members.size() - 1; i >= 0; --i)
            if (block_.members.at(i).key == key)
                return bindings_.binds(i) ? std::nullopt : std::optional<qsizetype>(i);
        return std::nullopt;
    }

    // The white space (and nothing else) before `at` on its line; null when there is text.
    std::optional<QString> indentBefore(qsizetype at) const
    {
        const qsizetype lineStart = text_.first(at).lastIndexOf(QLatin1Char('\n')) + 1;
        const QStringView indent = text_.sliced(lineStart, at - lineStart);
        if (!indent.trimmed().isEmpty())
            return std::nullopt;
        return indent.toString();
    }

    // `["a", "b"]` in the spacing of the array it replaces, or one item a line when that one
    // was written so.
    QString array(const QStringList &items, QStringView original) const
    {
        QStringList quoted;
        for (const QString &item : items)
            quoted.append(jsonString(item));
        if (quoted.isEmpty())
            return QStringLiteral("[]");
        const qsizetype firstItem =
            original.isEmpty() ? -1 : original.indexOf(QLatin1Char('"')); // a string item
        if (original.contains(QLatin1Char('\n')) && firstItem > 0) {
            const qsizetype offset = original.data() - text_.data();
            const std::optional<QString> indent = indentBefore(offset + firstItem);
            const std::optional<QString> closing = indentBefore(offset + original.size() - 1);
            if (indent && closing) {
                const QString separator = QLatin1Char(',') + block_.lineEnd + *indent;
                return QLatin1Char('[') + block_.lineEnd + *indent + quoted.join(separator) +
                       block_.lineEnd + *closing + QLatin1Char(']');
            }
        }
        const bool padded = original.startsWith(QLatin1String("[ "));
        const bool tight = original.contains(QLatin1String("\",\""));
        const QString inside = quoted.join(tight ? QStringLiteral(",") : QStringLiteral(", "));
        return padded ? QLatin1String("[ ") + inside + QLatin1String(" ]")
                      : QLatin1Char('[') + inside + QLatin1Char(']');
    }

    void replace(qsizetype index, const QString &value)
    {
        const Member &m = block_.members.at(index);
        edits_.push_back({m.valueStart, m.valueEnd, value});
    }

    void add(const QString &key, const QString &value) { added_.append({key, value}); }

    // Each run of removed members goes with the comma that joined it to a kept neighbour:
    // the next one's when there is one (so a member's line goes whole), else the previous one's.
    void removeMembers()
    {
        const QList<Member> &members = block_.members;
        for (qsizetype i = 0; i < members.size();) {
            if (!removed_.count(i)) {
                ++i;
                continue;
            }
            qsizetype last = i;
            while (last + 1 < members.size() && removed_.count(last + 1))
                ++last;
            if (last + 1 < members.size())
                edits_.push_back({members.at(i).keyStart, members.at(last + 1).keyStart, {}});
            else if (i > 0)
                edits_.push_back({members.at(i - 1).valueEnd, members.at(last).valueEnd, {}});
            else
                edits_.push_back({block_.objectStart + 1, members.at(last).valueEnd, {}});
            i = last + 1;
        }
    }

    // New members go after the last one, in its indentation and with its `": "` spacing.
    void addMembers()
    {
        if (added_.isEmpty())
            return;
        const QList<Member> &members = block_.members;
        const bool anyKept = qsizetype(removed_.size()) < members.size();
        QString indent = QStringLiteral("   "); // as `hugo convert toJSON` writes
        QString colon = QStringLiteral(": ");
        bool multiLine = text_.sliced(block_.objectStart, block_.objectEnd - block_.objectStart)
                             .contains(QLatin1Char('\n'));
        qsizetype at = block_.objectStart + 1;
        if (!members.isEmpty()) {
            const Member &m = members.constLast();
            at = m.valueEnd;
            const QStringView keyAndColon = text_.sliced(m.keyStart, m.valueStart - m.keyStart);
            colon = keyAndColon.sliced(keyAndColon.lastIndexOf(QLatin1Char('"')) + 1).toString();
            const std::optional<QString> own = indentBefore(m.keyStart);
            multiLine = own.has_value();
            if (own)
                indent = *own;
        }
        QString out;
        bool comma = anyKept;
        for (const auto &[key, value] : std::as_const(added_)) {
            out +=
                (comma ? QStringLiteral(",") : QString()) +
                (multiLine ? block_.lineEnd + indent : (comma ? QStringLiteral(" ") : QString())) +
                jsonString(key) + colon + value;
            comma = true;
        }
        // Into an object that had no members (`{}` or `{ }`), on lines of their own.
        if (members.isEmpty() && multiLine &&
            !text_.sliced(at, block_.objectEnd - at).contains(QLatin1Char('\n')))
            out += block_.lineEnd;
        edits_.push_back({at, at, out});
    }

    QStringView text_;
    const Block &block_;
    const Bindings &bindings_;
    QList<TextEdit> edits_;
    std::set<qsizetype> removed_;
    QList<std::pair<QString, QString>> added_;
};

// The written text reads back as the post (extras compared by value: a YAML extra is
// written as JSON).
bool readsBackAs(const QString &written, const Post &post)
{
    if (!isJsonFrontMatter(written))
        return false;
    const FrontMatterReadResult read = readJsonFrontMatterMarkdown(written);
    if (!read.post)
        return false;
    const Post &r = *read.post;
    if (r.title != post.title || r.metaDescription != post.metaDescription || r.slug != post.slug ||
        r.topic != post.topic || r.tags != normalizedList(post.tags) ||
        r.categories != normalizedList(post.categories) ||
        r.body != trimBody(normalizeLineEnds(post.body)) || r.extras.size() != post.extras.size())
        return false;
    return std::all_of(post.extras.begin(), post.extras.end(), [&](const ExtraField &extra) {
        return std::any_of(r.extras.begin(), r.extras.end(), [&](const ExtraField &e) {
            return e.key == extra.key && yamlAsJson(e.yaml) == yamlAsJson(extra.yaml);
        });
    });
}

// The whole object written anew by QJsonDocument (keys sorted, Qt's indentation). Used only
// when an edit in place did not read back as the post (a case the editor does not foresee):
// the file then loses its layout but stays JSON front matter, the dialect its site chose,
// rather than becoming YAML.
QString reemitted(const Post &post, QStringView text, const Block &block, const Bindings &b)
{
    QJsonObject object =
        QJsonDocument::fromJson(
            text.sliced(block.objectStart, block.objectEnd - block.objectStart).toUtf8())
            .object();
    const auto keyOf = [&](const std::optional<qsizetype> &binding, const QString &key) {
        return binding ? block.members.at(*binding).key : key;
    };
    const auto setText = [&](const std::optional<qsizetype> &binding, const QString &key,
                             const QString &value) {
        if (binding || !value.isEmpty())
            object.insert(keyOf(binding, key), value);
    };
    const auto setList = [&](const std::optional<qsizetype> &binding, const QString &key,
                             const QStringList &value) {
        if (binding || !value.isEmpty())
            object.insert(keyOf(binding, key), QJsonArray::fromStringList(value));
    };
    setText(b.title, QStringLiteral("title"), post.title);
    setText(b.description, QStringLiteral("description"), post.metaDescription);
    setText(b.slug, QStringLiteral("slug"), post.slug);
    setText(b.topic, QStringLiteral("topic"), post.topic);
    setList(b.tags, QStringLiteral("tags"), post.tags);
    setList(b.categories, QStringLiteral("categories"), post.categories);
    for (qsizetype i = 0; i < block.members.size(); ++i) {
        const QString &key = block.members.at(i).key;
        if (!b.binds(i) && std::none_of(post.extras.begin(), post.extras.end(),
                                        [&](const ExtraField &e) { return e.key == key; }))
            object.remove(key);
    }
    for (const ExtraField &extra : post.extras)
        object.insert(extra.key, parsedValue(jsonValueText(extra.yaml)).value_or(QJsonValue()));
    QString json = QString::fromUtf8(QJsonDocument(object).toJson(QJsonDocument::Indented));
    json.replace(QLatin1Char('\n'), block.lineEnd);
    return text.first(block.objectStart).toString() + json + block.lineEnd +
           trimBody(normalizeLineEnds(post.body)).replace(QLatin1Char('\n'), block.lineEnd) +
           block.lineEnd;
}

} // namespace

QString writeJsonFrontMatterMarkdown(const Post &post)
{
    const PostSource &source = *post.source;
    const QString &text = source.text;
    const Post &before = source.asRead;
    if (post == before)
        return text;
    const std::optional<Block> block = findBlock(text);
    // Without a body the object would be the whole file, which reads as post JSON; and a
    // source that is no longer JSON front matter has nothing to edit: YAML front matter then.
    if (!block || trimBody(normalizeLineEnds(post.body)).isEmpty())
        return writeFrontMatterMarkdown(post);
    const Bindings bindings = bind(block->members);
    Editor editor(text, *block, bindings);
    editor.text(bindings.title, QStringLiteral("title"), before.title, post.title);
    editor.text(bindings.description, QStringLiteral("description"), before.metaDescription,
                post.metaDescription);
    editor.text(bindings.slug, QStringLiteral("slug"), before.slug, post.slug);
    editor.list(bindings.tags, QStringLiteral("tags"), before.tags, post.tags);
    editor.list(bindings.categories, QStringLiteral("categories"), before.categories,
                post.categories);
    editor.text(bindings.topic, QStringLiteral("topic"), before.topic, post.topic);
    editor.extras(before.extras, post.extras);
    editor.body(before.body, post.body);
    const QString edited = editor.apply();
    if (readsBackAs(edited, post))
        return edited;
    return reemitted(post, text, *block, bindings);
}

} // namespace pw
