// SPDX-FileCopyrightText: 2026 The Postwright authors
// SPDX-License-Identifier: GPL-3.0-or-later
// What spelling reads in template-laden Markdown, MDX, Hugo and Jekyll posts: each construct
// below is written from its syntax's documentation (Liquid, Hugo shortcodes, MDX, pandoc's
// TeX math), holds a misspelling that must NOT be flagged, and sits next to a real
// misspelling that must be.
#include "core/markdown/analysis.h"
#include "core/spelling/spell_checker.h"
#include "core/spelling/word_lists.h"

#include <QDir>
#include <QFile>
#include <QTemporaryDir>
#include <QTest>

using namespace pw;

namespace {

QStringList wordsOf(const QList<Misspelling> &misspellings)
{
    QStringList words;
    for (const Misspelling &m : misspellings)
        words.append(m.word);
    return words;
}

void writeFile(const QString &path, const QByteArray &bytes)
{
    QDir().mkpath(QFileInfo(path).absolutePath());
    QFile file(path);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write(bytes);
}

} // namespace

class TestSpellingProse : public QObject {
    Q_OBJECT

private:
    std::shared_ptr<SpellChecker> make(const QString &language)
    {
        SpellCheckerOptions options;
        options.language = language;
        QString error;
        auto checker = SpellChecker::create(options, &error);
        if (!checker)
            qWarning("%s", qPrintable(error));
        return checker;
    }

    QStringList flagged(const QString &body, const QString &language = QStringLiteral("en_US"))
    {
        auto checker = make(language);
        if (!checker)
            return {QStringLiteral("<no dictionary>")};
        // The CLI's path and the editor's snapshot must agree.
        Post post;
        post.body = body;
        const QList<TextRange> prose = proseRangesOf(body);
        if (prose != analyzePost(post, {}, 1)->proseRanges)
            return {QStringLiteral("<prose ranges differ>")};
        return wordsOf(checker->check(body, prose));
    }

private slots:
    void constructsAreNotProse_data()
    {
        QTest::addColumn<QString>("body");
        QTest::addColumn<QStringList>("expected");
        const QStringList typo{QStringLiteral("seperated")};

        // Liquid (Jekyll): tags, output with filters, whitespace control.
        QTest::newRow("liquid tag")
            << "A seperated {% include figure.html image=\"descriptiom.png\" caption=\"Nite\" %} "
               "view."
            << typo;
        QTest::newRow("liquid output")
            << "Read {{ page.descriptiom | upcase }} on seperated pages." << typo;
        QTest::newRow("liquid whitespace control")
            << "{%- if site.descriptiom_enabled -%}\nA seperated line.\n{%- endif -%}\n"
            << typo;
        QTest::newRow("liquid tag with emphasis chars")
            << "A seperated {% assign my_descriptiom = site.data.my_list | where: \"x\", "
               "\"*yy*\" %} view."
            << typo;
        QTest::newRow("jinja comment") << "A seperated {# a descriptiom note #} view." << typo;

        // Hugo shortcodes.
        QTest::newRow("hugo shortcode")
            << "Look {{< figure src=\"/img/descriptiom.jpg\" title=\"Steeve Francia\" >}} at "
               "this seperated view."
            << typo;
        QTest::newRow("hugo shortcode html-like")
            << "Look {{<figure src=\"descriptiom.jpg\">}} at this seperated view." << typo;
        QTest::newRow("hugo markdown shortcode")
            << "{{% notice descriptiom %}}\nA seperated note.\n{{% /notice %}}\n"
            << typo;
        QTest::newRow("hugo shortcode content is prose")
            << "{{< highlight go \"linenos=tabel\" >}}\n\nThe seperated part.\n\n{{< /highlight "
               ">}}\n"
            << typo;

        // MDX: ESM, JSX elements and expressions, JSX comments.
        QTest::newRow("mdx import")
            << "import {Chart} from '../components/descriptiom'\nimport Tabz from "
               "'@theme/Tabz'\n\nA seperated view.\n"
            << typo;
        QTest::newRow("mdx export")
            << "export const meta = {\n  authors: ['descriptiom'],\n}\n\nA seperated view.\n"
            << typo;
        QTest::newRow("jsx element")
            << "See <Chart year={2018} title=\"Descriptiom\" data={[1, 2]} /> for the seperated "
               "view."
            << typo;
        QTest::newRow("jsx nested braces")
            << "A <Box style={{ colr: 'red', paddin: 4 }}>seperated</Box> box." << typo;
        QTest::newRow("jsx comment") << "A seperated {/* a descriptiom comment */} view." << typo;
        QTest::newRow("mdx expression")
            << "Written by {frontMatter.authr} in a seperated view." << typo;
        QTest::newRow("html attribute values")
            << "An <img src=\"descriptiom.png\" alt=\"x\" title={descriptiom} /> seperated."
            << typo;

        // TeX math (pandoc's rule for single dollars).
        QTest::newRow("inline math") << "Take $x^2 + descriptiom_i$ as seperated." << typo;
        QTest::newRow("display math")
            << "A seperated formula:\n\n$$\n\\frac{descriptiom}{b} = c_*d*\n$$\n"
            << typo;
        QTest::newRow("paren math") << "Take \\(\\alpha + descriptiom\\) as seperated." << typo;
        QTest::newRow("bracket math") << "Take \\[\\beta \\descriptiom\\] as seperated." << typo;
        QTest::newRow("prices are not math") << "It costs $5 and seperated $10 today." << typo;
        QTest::newRow("prices around prose") << "Between $5 and descriptiom$10 seperated."
                                             << QStringList{"descriptiom", "seperated"};
        QTest::newRow("dollar then space is not math")
            << "Pay $ descriptiom $ now." << QStringList{"descriptiom"};

        // People, tags, dotted names.
        QTest::newRow("mention") << "Thanks @descriptiom and @sindresorhus for the seperated fix."
                                 << typo;
        QTest::newRow("scoped package") << "Install @descriptiom/core seperated." << typo;
        QTest::newRow("hashtag") << "Posted as #descriptiom with seperated tags." << typo;
        QTest::newRow("dotted names")
            << "Use Node.js, Vue.js and crates.io, e.g. seperated ones, i.e. not Deno." << typo;
        QTest::newRow("dotted name at sentence end") << "We use Node.js. It is seperated." << typo;
        QTest::newRow("dotted name in emphasis")
            << "Try *Node.js* and **crates.io** seperated." << typo;
    }
    void constructsAreNotProse()
    {
        QFETCH(QString, body);
        QFETCH(QStringList, expected);
        QCOMPARE(flagged(body).join(u'|'), expected.join(u'|'));
    }

    // One post per flavour, as a writer of that kind of site would write it.
    void flavouredPosts_data()
    {
        QTest::addColumn<QString>("body");
        QTest::addColumn<QStringList>("expected");
        QTest::newRow("jekyll")
            << QStringLiteral(
                   "{% include toc.html %}\n\n"
                   "Welcome to {{ site.title }}, the seperated blog of @jdoe.\n\n"
                   "{% highlight ruby linenos %}\ndef foo\n  puts 'foo'\nend\n{% endhighlight "
                   "%}\n\n"
                   "Read [the docs]({{ '/docs/' | relative_url }}) for the descriptiom.\n")
            << QStringList{"seperated", "descriptiom"};
        QTest::newRow("hugo")
            << QStringLiteral(
                   "{{< figure src=\"elephant.jpg\" title=\"An elephant at sunset\" >}}\n\n"
                   "The seperated part uses {{% param \"author\" %}} and {{< ref "
                   "\"blog/post.md\" >}}.\n\n"
                   "{{< youtube w7Ft2ymGmfc >}}\n\nA descriptiom.\n")
            << QStringList{"seperated", "descriptiom"};
        QTest::newRow("mdx")
            << QStringLiteral("import Tabs from '@theme/Tabs';\nimport TabItem from "
                              "'@theme/TabItem';\n\n"
                              "export const Highlight = ({children, color}) => (\n"
                              "  <span style={{backgroundColor: color}}>{children}</span>\n"
                              ");\n\n"
                              "{/* TODO: a fuller descriptiom */}\n\n"
                              "<Highlight color=\"#25c2a0\">Docusaurus green</Highlight> is a "
                              "seperated color.\n\n"
                              "<Tabs groupId=\"operating-systems\">\n  <TabItem value=\"win\" "
                              "label=\"Windows\">Use Windows.</TabItem>\n</Tabs>\n\n"
                              "The area is $\\pi r^2$ and the descriptiom ends.\n")
            << QStringList{"seperated", "descriptiom"};
        QTest::newRow("markdown")
            << QStringLiteral("# Notes\n\nWe moved from Node.js to Deno, see crates.io and "
                              "github.com for the seperated bits.\n\n"
                              "Euler wrote $e^{i\\pi} + 1 = 0$, which costs $5 or $10 to "
                              "print as a descriptiom.\n")
            << QStringList{"seperated", "descriptiom"};
    }
    void flavouredPosts()
    {
        QFETCH(QString, body);
        QFETCH(QStringList, expected);
        QCOMPARE(flagged(body).join(u'|'), expected.join(u'|'));
    }

    void codeStaysCodeNextToMath()
    {
        // A dollar in a code span does not pair with one in the prose after it.
        QCOMPARE(flagged(QStringLiteral("Set `$HOME` and seperated 5$ now.")),
                 QStringList{"seperated"});
    }

    void technicalWordsInEveryLanguage_data()
    {
        QTest::addColumn<QString>("language");
        QTest::addColumn<QString>("body");
        QTest::addColumn<QStringList>("expected");
        QTest::newRow("en_US") << "en_US"
                               << "Run npm with async code on the backend, config in YAML, "
                                  "then webpack and Kubernetes. A seperated repo."
                               << QStringList{"seperated"};
        QTest::newRow("de_DE") << "de_DE"
                               << "Mit npm und async im Backend, die Config liegt im Repo. "
                                  "Ein Fehlerr."
                               << QStringList{"Fehlerr"};
    }
    void technicalWordsInEveryLanguage()
    {
        QFETCH(QString, language);
        QFETCH(QString, body);
        QFETCH(QStringList, expected);
        QCOMPARE(flagged(body, language).join(u'|'), expected.join(u'|'));
    }

    void technicalListIsClean()
    {
        // Shipped as a resource; every entry one word, no duplicates, no misspellings of
        // what the dictionary knows (spot check).
        const QStringList words = technicalWords();
        QVERIFY2(words.size() > 200, qPrintable(QString::number(words.size())));
        QVERIFY(words.contains(QStringLiteral("npm")));
        QVERIFY(words.contains(QStringLiteral("Kubernetes")));
        QVERIFY(!words.contains(QStringLiteral("seperated")));
        QCOMPARE(QSet<QString>(words.begin(), words.end()).size(), words.size());
        for (const QString &word : words)
            QVERIFY2(!word.contains(QLatin1Char(' ')) && !word.startsWith(QLatin1Char('#')),
                     qPrintable(word));
    }

    void siteWordsNearestWins()
    {
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        const QString root = dir.path();
        writeFile(root + "/.postwright/words.txt", "# the site's names\nZorblax\n\nQuuxly\n");
        writeFile(root + "/docs/.postwright/words.txt", "  Frobnitz  \n# Zorblax\n");
        writeFile(root + "/docs/guide/post.md", "x");
        writeFile(root + "/blog/2024/post.md", "x");

        QCOMPARE(siteWordsFile(root + "/docs/guide/post.md"),
                 QDir::cleanPath(root + "/docs/.postwright/words.txt"));
        QCOMPARE(siteWords(root + "/docs/guide/post.md"), QStringList{"Frobnitz"});
        QCOMPARE(siteWords(root + "/blog/2024/post.md"), (QStringList{"Zorblax", "Quuxly"}));
        QCOMPARE(siteWords(root + "/blog/2024/post.md"), siteWords(root + "/blog/2024"));
        QVERIFY(siteWords(QString()).isEmpty());

        // And the checker accepts them (as the GUI and `check` load them).
        SpellCheckerOptions options;
        options.language = QStringLiteral("en_US");
        options.personalWords = siteWords(root + "/blog/2024/post.md");
        QString error;
        auto checker = SpellChecker::create(options, &error);
        QVERIFY2(checker, qPrintable(error));
        QCOMPARE(wordsOf(checker->checkText(QStringLiteral("Zorblax and Quuxly, not Frobnitz."))),
                 QStringList{"Frobnitz"});
    }
};

QTEST_GUILESS_MAIN(TestSpellingProse)
#include "tst_spelling_prose.moc"
