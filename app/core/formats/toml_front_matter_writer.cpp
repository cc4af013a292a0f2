// SPDX-FileCopyrightText: 2026 The Postwright authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/formats/post_source.h"
#include "core/formats/text_normalization.h"
#include "core/formats/toml_block.h"
#include "core/formats/toml_front_matter.h"

#include <yaml-cpp/yaml.h>

#include <QRegularExpression>

#include <algorithm>

// Writing TOML front matter back into the text it was read from. The writer never re-emits
// the block: it compares the post with what the reader made of the text (PostSource::asRead)
// and edits the text only where they differ, at the source regions toml++ gives for the
// nodes. What is not edited stays byte for byte: comments, key order, quoting, line ends.

namespace pw {

using namespace toml_front_matter;

namespace {

QString basicString(const QString &value)
{
    QString out = QStringLiteral("\"");
    for (const QChar c : value) {
        switch (c.unicode()) {
        case '"':
            out += QLatin1String("\\\"");
            break;
        case '\\':
            out += QLatin1String("\\\\");
            break;
        case '\b':
            out += QLatin1String("\\b");
            break;
        case '\t':
            out += QLatin1String("\\t");
            break;
        case '\n':
            out += QLatin1String("\\n");
            break;
        case '\f':
            out += QLatin1String("\\f");
            break;
        case '\r':
            out += QLatin1String("\\r");
            break;
        default:
            if (c.unicode() < 0x20 || c.unicode() == 0x7F)
                out += QStringLiteral("\\u%1").arg(c.unicode(), 4, 16, QLatin1Char('0'));
            else
                out += c;
        }
    }
    return out + QLatin1Char('"');
}

// A literal string ('...') holds no apostrophe and no control character but tab.
bool fitsLiteral(const QString &value)
{
    return std::none_of(value.begin(), value.end(), [](QChar c) {
        return c == QLatin1Char('\'') || (c.unicode() < 0x20 && c != QLatin1Char('\t')) ||
               c.unicode() == 0x7F;
    });
}

// In the quoting the file used for this value (or its first item): literal strings stay
// literal where they can.
QString stringIn(const QString &value, bool literalStyle)
{
    if (literalStyle && fitsLiteral(value))
        return QLatin1Char('\'') + value + QLatin1Char('\'');
    return basicString(value);
}

QString keyText(const QString &key)
{
    static const QRegularExpression bare(QStringLiteral("^[A-Za-z0-9_-]+$"));
    return bare.match(key).hasMatch() ? key : basicString(key);
}

// The value as a TOML value: the text itself when it is one (an extra read from TOML), else
// the YAML the rest of Postwright writes extras in (the SEO tab, the spelling language),
// converted.
std::optional<QString> asTomlScalar(const QString &text)
{
    try {
        const toml::table table = toml::parse("v = " + text.toStdString());
        if (table.size() == 1 && table.contains("v"))
            return text;
    } catch (const toml::parse_error &) {
    }
    return std::nullopt;
}

QString fromYaml(const YAML::Node &node)
{
    if (node.IsScalar()) {
        const QString scalar = QString::fromStdString(node.Scalar());
        const toml::table parsed = [&] {
            try {
                return toml::parse("v = " + node.Scalar());
            } catch (const toml::parse_error &) {
                return toml::table{};
            }
        }();
        // A plain YAML scalar that TOML reads as a number, boolean or date stays one.
        const bool typed = node.Tag() == "?" && parsed.size() == 1 && parsed.contains("v") &&
                           !parsed["v"].is_string() && !parsed["v"].is_array() &&
                           !parsed["v"].is_table();
        return typed ? scalar : basicString(scalar);
    }
    QStringList parts;
    if (node.IsSequence()) {
        for (const YAML::Node &item : node)
            parts.append(fromYaml(item));
        return QLatin1Char('[') + parts.join(QLatin1String(", ")) + QLatin1Char(']');
    }
    if (node.IsMap()) {
        for (auto it = node.begin(); it != node.end(); ++it)
            parts.append(keyText(QString::fromStdString(it->first.as<std::string>())) +
                         QLatin1String(" = ") + fromYaml(it->second));
        return QLatin1String("{ ") + parts.join(QLatin1String(", ")) + QLatin1String(" }");
    }
    return QStringLiteral("\"\""); // TOML has no null
}

QString tomlValue(const QString &extraText)
{
    const QString text = extraText.trimmed();
    if (const std::optional<QString> toml = asTomlScalar(text))
        return *toml;
    try {
        return fromYaml(YAML::Load(text.toStdString()));
    } catch (const YAML::Exception &) {
        return basicString(text);
    }
}

class Editor {
public:
    Editor(const Parsed &parsed, const Bindings &bindings)
        : parsed_(parsed), bindings_(bindings), lineEnd_(parsed.block().lineEnd)
    {
    }

    void text(const std::optional<Binding> &binding, const QString &key, const QString &before,
              const QString &after)
    {
        if (before == after)
            return;
        if (!binding) {
            if (!after.isEmpty())
                insert(parsed_.topLevelInsertion(), key, basicString(after));
        } else {
            // A cleared field keeps its key, empty, where the site's templates expect it.
            replace(*binding->node, stringIn(after, startsLiteral(*binding->node)));
        }
    }

    void list(const std::optional<Binding> &binding, const QString &key, const QStringList &before,
              const QStringList &after)
    {
        if (before == after)
            return;
        if (!binding) {
            if (after.isEmpty())
                return;
            const toml::table *taxonomies = bindings_.taxonomies;
            if (taxonomies && !taxonomies->is_inline())
                insert(parsed_.tableInsertion(*taxonomies), key, array(after, nullptr));
            else if (isZola())
                newTaxonomies_ +=
                    keyText(key) + QLatin1String(" = ") + array(after, nullptr) + lineEnd_;
            else
                insert(parsed_.topLevelInsertion(), key, array(after, nullptr));
        } else {
            replace(*binding->node, after.isEmpty() ? QStringLiteral("[]")
                                                    : array(after, binding->node->as_array()));
        }
    }

    void extras(const QList<ExtraField> &before, const QList<ExtraField> &after)
    {
        for (const ExtraField &old : before) {
            const auto now = std::find_if(after.begin(), after.end(),
                                          [&](const ExtraField &e) { return e.key == old.key; });
            const std::optional<Binding> binding = extraBinding(old.key);
            // A [table] section is kept as written: the model has no way to edit one.
            if (!binding || !isInlineEntry(*binding->node))
                continue;
            if (now == after.end())
                remove(*binding, QStringLiteral("\"\""));
            else if (now->yaml != old.yaml)
                replace(*binding->node, withLineEnds(tomlValue(now->yaml)));
        }
        for (const ExtraField &extra : after) {
            if (std::any_of(before.begin(), before.end(),
                            [&](const ExtraField &e) { return e.key == extra.key; }))
                continue;
            const QString prefix = QStringLiteral("taxonomies.");
            const toml::table *taxonomies = bindings_.taxonomies;
            if (extra.key.startsWith(prefix) && taxonomies && !taxonomies->is_inline())
                insert(parsed_.tableInsertion(*taxonomies), extra.key.mid(prefix.size()),
                       withLineEnds(tomlValue(extra.yaml)));
            else
                insert(parsed_.topLevelInsertion(), extra.key, withLineEnds(tomlValue(extra.yaml)));
        }
    }

    void body(const QString &before, const QString &after)
    {
        if (before == after)
            return;
        const Block &block = parsed_.block();
        const QStringView text = parsed_.text();
        QString out = block.closingHasLineEnd ? QString() : lineEnd_;
        if (!after.isEmpty()) {
            // The blank lines between `+++` and the body, as in the file (one when it had none).
            qsizetype first = block.bodyStart;
            while (first < text.size()) {
                const qsizetype newline = text.indexOf(QLatin1Char('\n'), first);
                if (newline < 0 || !text.sliced(first, newline - first).trimmed().isEmpty())
                    break;
                first = newline + 1;
            }
            const QString gap =
                first > block.bodyStart
                    ? text.sliced(block.bodyStart, first - block.bodyStart).toString()
                    : lineEnd_;
            out += gap + withLineEnds(trimBody(normalizeLineEnds(after))) + lineEnd_;
        }
        edits_.push_back({block.bodyStart, text.size(), out});
    }

    QString apply() const
    {
        QList<TextEdit> edits = edits_;
        if (!newTaxonomies_.isEmpty()) {
            // Zola: a [taxonomies] section of its own, before the first one (isZola() says
            // there is one).
            const qsizetype at = parsed_.lineStart({parsed_.headerLines().front(), 1});
            edits.push_back(
                {at, at, QLatin1String("[taxonomies]") + lineEnd_ + newTaxonomies_ + lineEnd_});
        }
        return applyTextEdits(parsed_.text(), edits);
    }

private:
    // Zola refuses unknown top-level keys: its tags and categories live in [taxonomies]. A file
    // without one is taken for Zola's when it has Zola's [extra] section (Hugo's is [params]).
    bool isZola() const
    {
        const toml::table *extra = parsed_.root()["extra"].as_table();
        return extra && !extra->is_inline() && !parsed_.headerLines().empty();
    }

    QString withLineEnds(QString text) const
    {
        return normalizeLineEnds(std::move(text)).replace(QLatin1Char('\n'), lineEnd_);
    }

    bool startsLiteral(const toml::node &node) const
    {
        return parsed_.slice(node.source()).startsWith(QLatin1Char('\''));
    }

    std::optional<Binding> extraBinding(const QString &key) const
    {
        const QString prefix = QStringLiteral("taxonomies.");
        const toml::table *table = &parsed_.root();
        QString name = key;
        if (key.startsWith(prefix) && bindings_.taxonomies &&
            !parsed_.root().contains(key.toStdString())) {
            table = bindings_.taxonomies;
            name = key.mid(prefix.size());
        }
        const auto it = table->find(name.toStdString());
        if (it == table->end())
            return std::nullopt;
        return Binding{&it->second, &it->first, table};
    }

    // `["a", "b"]`, or one item a line when the file wrote this array so.
    QString array(const QStringList &items, const toml::array *original) const
    {
        const bool literal = original && !original->empty() && startsLiteral(original->front());
        QStringList quoted;
        for (const QString &item : items)
            quoted.append(stringIn(item, literal));
        if (!original || original->empty() ||
            original->source().begin.line == original->source().end.line) {
            const bool spaced =
                original && parsed_.slice(original->source()).startsWith(QLatin1String("[ "));
            return spaced ? QLatin1String("[ ") + quoted.join(QLatin1String(", ")) +
                                QLatin1String(" ]")
                          : QLatin1Char('[') + quoted.join(QLatin1String(", ")) + QLatin1Char(']');
        }
        const QString indent = indentOf(original->front().source().begin);
        const QString closingIndent = indentOf(original->source().end);
        const QString inside = parsed_.slice(original->source()).chopped(1).trimmed().toString();
        const bool trailingComma = inside.endsWith(QLatin1Char(','));
        QString out = QStringLiteral("[") + lineEnd_;
        for (qsizetype i = 0; i < quoted.size(); ++i)
            out += indent + quoted.at(i) +
                   (i + 1 < quoted.size() || trailingComma ? QStringLiteral(",") : QString()) +
                   lineEnd_;
        return out + closingIndent + QLatin1Char(']');
    }

    QString indentOf(const toml::source_position &position) const
    {
        const QStringView line = parsed_.text().sliced(parsed_.lineStart(position));
        qsizetype n = 0;
        while (n < line.size() &&
               (line.at(n) == QLatin1Char(' ') || line.at(n) == QLatin1Char('\t')))
            ++n;
        return line.first(n).toString();
    }

    void replace(const toml::node &node, const QString &value)
    {
        const qsizetype start = parsed_.offset(node.source().begin);
        edits_.push_back({start, std::max(start, parsed_.offset(node.source().end)), value});
    }

    // Drops the key's lines; inside an inline table, where the pair shares its line, the
    // value is emptied instead.
    void remove(const Binding &binding, const QString &emptyValue)
    {
        if (binding.parent->is_inline()) {
            replace(*binding.node, emptyValue);
            return;
        }
        edits_.push_back({parsed_.lineStart(binding.key->source().begin),
                          parsed_.nextLineStart(binding.node->source().end), QString()});
    }

    void insert(qsizetype at, const QString &key, const QString &value)
    {
        // After a last line without a line end (the closing `+++` follows on the same line
        // only in a broken file, so this is the block's end), start a new line first.
        const bool needsBreak = at > 0 && parsed_.text().at(at - 1) != QLatin1Char('\n');
        edits_.push_back({at, at,
                          (needsBreak ? lineEnd_ : QString()) + keyText(key) +
                              QLatin1String(" = ") + value + lineEnd_});
    }

    const Parsed &parsed_;
    const Bindings &bindings_;
    QString lineEnd_;
    QList<TextEdit> edits_;
    QString newTaxonomies_; // `key = value` lines of a new Zola [taxonomies] section
};

} // namespace

QString writeTomlFrontMatterMarkdown(const Post &post)
{
    const PostSource &source = *post.source;
    const QString &text = source.text;
    const Post &before = source.asRead;
    if (post == before)
        return text;
    const std::optional<Block> block = findBlock(text);
    if (!block)
        return writeFrontMatterMarkdown(post);
    const Parsed parsed(text, *block);
    if (!parsed.ok())
        return writeFrontMatterMarkdown(post);
    const Bindings bindings = bind(parsed.root());
    Editor editor(parsed, bindings);
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
    return editor.apply();
}

} // namespace pw
