<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de_DE">
<context>
    <name>QObject</name>
    <message>
        <location filename="../app/gui/dialogs/html_export_dialog.cpp" line="+31"/>
        <source>Export as HTML</source>
        <translation>Als HTML exportieren</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>HTML page (*.html *.htm)</source>
        <translation>HTML-Seite (*.html *.htm)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Cannot export</source>
        <translation>Exportieren nicht möglich</translation>
    </message>
</context>
<context>
    <name>SeoText</name>
    <message>
        <location filename="../app/core/seo/keyphrase_checks.cpp" line="+19"/>
        <source>Keyphrase length</source>
        <translation>Länge der Keyphrase</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>No focus keyphrase is set. Enter the phrase readers search for to find this post, so the other keyphrase checks can run.</source>
        <translation>Es ist keine Fokus-Keyphrase festgelegt. Geben Sie die Wortgruppe ein, mit der Leser nach diesem Beitrag suchen, damit die übrigen Keyphrase-Prüfungen laufen können.</translation>
    </message>
    <message numerus="yes">
        <location line="+4"/>
        <source>%n content word(s): good.</source>
        <translation>
            <numerusform>%n Inhaltswort: gut.</numerusform>
            <numerusform>%n Inhaltswörter: gut.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>%n content word(s), more than the recommended 4. Shorten the keyphrase to the words a reader would search for.</source>
        <translation>
            <numerusform>%n Inhaltswort, mehr als die empfohlenen 4. Kürzen Sie die Keyphrase auf die Wörter, nach denen ein Leser suchen würde.</numerusform>
            <numerusform>%n Inhaltswörter, mehr als die empfohlenen 4. Kürzen Sie die Keyphrase auf die Wörter, nach denen ein Leser suchen würde.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+4"/>
        <source>%n content word(s), far more than the recommended 4. Pick a shorter keyphrase and move the rest to synonyms.</source>
        <translation>
            <numerusform>%n Inhaltswort, weit mehr als die empfohlenen 4. Wählen Sie eine kürzere Keyphrase und verschieben Sie den Rest in die Synonyme.</numerusform>
            <numerusform>%n Inhaltswörter, weit mehr als die empfohlenen 4. Wählen Sie eine kürzere Keyphrase und verschieben Sie den Rest in die Synonyme.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Keyphrase in SEO title</source>
        <translation>Keyphrase im SEO-Titel</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Set a focus keyphrase and a title that contains it.</source>
        <translation>Legen Sie eine Fokus-Keyphrase und einen Titel fest, der sie enthält.</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>The exact keyphrase begins the title: good.</source>
        <translation>Der Titel beginnt mit der genauen Keyphrase: gut.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The exact keyphrase is in the title but not at its start. Move it to the beginning, where searchers read first.</source>
        <translation>Die genaue Keyphrase steht im Titel, aber nicht am Anfang. Stellen Sie sie an den Anfang, den Suchende zuerst lesen.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The title has every keyphrase word, but not as the exact phrase. Use &quot;%1&quot; as written, at the start of the title.</source>
        <translation>Der Titel enthält alle Wörter der Keyphrase, aber nicht als genaue Wortgruppe. Verwenden Sie „%1“ genau so, am Anfang des Titels.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The title does not contain the keyphrase &quot;%1&quot;. Put it in, preferably at the start.</source>
        <translation>Der Titel enthält die Keyphrase „%1“ nicht. Fügen Sie sie ein, am besten am Anfang.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Keyphrase in introduction</source>
        <translation>Keyphrase in der Einleitung</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Set a focus keyphrase and open the post with a paragraph that contains it.</source>
        <translation>Legen Sie eine Fokus-Keyphrase fest und beginnen Sie den Beitrag mit einem Absatz, der sie enthält.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The first paragraph names the keyphrase: good.</source>
        <translation>Der erste Absatz nennt die Keyphrase: gut.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The keyphrase&apos;s words are in the first paragraph, but not in one sentence. Say it in a single sentence.</source>
        <translation>Die Wörter der Keyphrase stehen im ersten Absatz, aber nicht in einem Satz. Nennen Sie sie in einem einzigen Satz.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The first paragraph does not mention the keyphrase. Name the topic in the opening sentences.</source>
        <translation>Der erste Absatz erwähnt die Keyphrase nicht. Nennen Sie das Thema in den ersten Sätzen.</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Keyphrase density</source>
        <translation>Keyphrase-Dichte</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Set a focus keyphrase and write some text to measure its density.</source>
        <translation>Legen Sie eine Fokus-Keyphrase fest und schreiben Sie etwas Text, um ihre Dichte zu messen.</translation>
    </message>
    <message numerus="yes">
        <location line="+14"/>
        <source>Found %n time(s)</source>
        <translation>
            <numerusform>%n-mal gefunden</numerusform>
            <numerusform>%n-mal gefunden</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source> in %n word(s) (%1 %).</source>
        <translation>
            <numerusform> in %n Wort (%1 %).</numerusform>
            <numerusform> in %n Wörtern (%1 %).</numerusform>
        </translation>
    </message>
    <message>
        <location line="+24"/>
        <source>That is right for this length.</source>
        <translation>Das passt zu dieser Textlänge.</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>The text never uses %1.</source>
        <translation>Der Text verwendet %1 nie.</translation>
    </message>
    <message numerus="yes">
        <location line="+4"/>
        <source>Use the keyphrase at least %n time(s) for a text of this length, in sentences where it fits naturally.</source>
        <translation>
            <numerusform>Verwenden Sie die Keyphrase bei dieser Textlänge mindestens %n-mal, in Sätzen, in die sie natürlich passt.</numerusform>
            <numerusform>Verwenden Sie die Keyphrase bei dieser Textlänge mindestens %n-mal, in Sätzen, in die sie natürlich passt.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+6"/>
        <source>That is more than the recommended %n time(s): replace some with synonyms or pronouns so it does not read as stuffing.</source>
        <translation>
            <numerusform>Das ist öfter als die empfohlenen %n-mal: Ersetzen Sie einige durch Synonyme oder Pronomen, damit es nicht nach Keyword-Stuffing klingt.</numerusform>
            <numerusform>Das ist öfter als die empfohlenen %n-mal: Ersetzen Sie einige durch Synonyme oder Pronomen, damit es nicht nach Keyword-Stuffing klingt.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Keyphrase in meta description</source>
        <translation>Keyphrase in der Meta-Beschreibung</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Set a focus keyphrase and a meta description that contains it.</source>
        <translation>Legen Sie eine Fokus-Keyphrase und eine Meta-Beschreibung fest, die sie enthält.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>The meta description contains the keyphrase: good.</source>
        <translation>Die Meta-Beschreibung enthält die Keyphrase: gut.</translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>The meta description uses the keyphrase %n time(s). Once or twice reads better in a search result.</source>
        <translation>
            <numerusform>Die Meta-Beschreibung verwendet die Keyphrase %n-mal. Ein- oder zweimal liest sich im Suchergebnis besser.</numerusform>
            <numerusform>Die Meta-Beschreibung verwendet die Keyphrase %n-mal. Ein- oder zweimal liest sich im Suchergebnis besser.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The meta description does not contain the keyphrase. Work it into the description searchers see under the title.</source>
        <translation>Die Meta-Beschreibung enthält die Keyphrase nicht. Bauen Sie sie in die Beschreibung ein, die Suchende unter dem Titel sehen.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Keyphrase in slug</source>
        <translation>Keyphrase im Slug</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Set a focus keyphrase and a slug that contains it.</source>
        <translation>Legen Sie eine Fokus-Keyphrase und einen Slug fest, der sie enthält.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The slug &quot;%1&quot; contains the keyphrase: good.</source>
        <translation>Der Slug „%1“ enthält die Keyphrase: gut.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The slug &quot;%1&quot; has %2 % of the keyphrase&apos;s words. Edit the slug to contain the keyphrase.</source>
        <translation>Der Slug „%1“ enthält %2 % der Wörter der Keyphrase. Ändern Sie den Slug so, dass er die Keyphrase enthält.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Keyphrase in subheadings</source>
        <translation>Keyphrase in Zwischenüberschriften</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Set a focus keyphrase to check the subheadings.</source>
        <translation>Legen Sie eine Fokus-Keyphrase fest, um die Zwischenüberschriften zu prüfen.</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>The text has no H2 or H3 subheadings. Add some, and use the keyphrase or a synonym in a few of them.</source>
        <translation>Der Text hat keine H2- oder H3-Zwischenüberschriften. Fügen Sie welche hinzu und verwenden Sie in einigen davon die Keyphrase oder ein Synonym.</translation>
    </message>
    <message>
        <location line="+3"/>
        <location filename="../app/core/seo/readability_checks.cpp" line="+164"/>
        <source>A text this short needs no subheadings.</source>
        <translation>Ein so kurzer Text braucht keine Zwischenüberschriften.</translation>
    </message>
    <message numerus="yes">
        <location line="+5"/>
        <source>%1 of %n H2/H3 subheading(s) reflect the topic.</source>
        <translation>
            <numerusform>%1 von %n H2/H3-Zwischenüberschrift greift das Thema auf.</numerusform>
            <numerusform>%1 von %n H2/H3-Zwischenüberschriften greifen das Thema auf.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+4"/>
        <location line="+14"/>
        <source>Use the keyphrase or a synonym in at least %n of them.</source>
        <translation>
            <numerusform>Verwenden Sie die Keyphrase oder ein Synonym in mindestens %n davon.</numerusform>
            <numerusform>Verwenden Sie die Keyphrase oder ein Synonym in mindestens %n davon.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="-8"/>
        <source>That is more than %n: vary some headings so they do not read as keyword stuffing.</source>
        <translation>
            <numerusform>Das ist mehr als %n: Formulieren Sie einige Überschriften anders, damit sie nicht nach Keyword-Stuffing klingen.</numerusform>
            <numerusform>Das sind mehr als %n: Formulieren Sie einige Überschriften anders, damit sie nicht nach Keyword-Stuffing klingen.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+5"/>
        <location filename="../app/core/seo/readability_checks.cpp" line="-82"/>
        <source>Good.</source>
        <translation>Gut.</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Competing links</source>
        <translation>Konkurrierende Links</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>No link uses the keyphrase as its text: good.</source>
        <translation>Kein Link verwendet die Keyphrase als Linktext: gut.</translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>%n link(s) use the keyphrase as their text, telling search engines another page is about this topic. Reword the link text.</source>
        <translation>
            <numerusform>%n Link verwendet die Keyphrase als Linktext und sagt Suchmaschinen damit, dass eine andere Seite dieses Thema behandelt. Formulieren Sie den Linktext um.</numerusform>
            <numerusform>%n Links verwenden die Keyphrase als Linktext und sagen Suchmaschinen damit, dass eine andere Seite dieses Thema behandelt. Formulieren Sie den Linktext um.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Keyphrase in image alt attributes</source>
        <translation>Keyphrase in Alt-Attributen von Bildern</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Add an image whose alt text contains the keyphrase.</source>
        <translation>Fügen Sie ein Bild hinzu, dessen Alternativtext die Keyphrase enthält.</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>No alt text mentions the keyphrase. Describe at least one image with words from it.</source>
        <translation>Kein Alternativtext erwähnt die Keyphrase. Beschreiben Sie mindestens ein Bild mit Wörtern daraus.</translation>
    </message>
    <message numerus="yes">
        <location line="+6"/>
        <source>%1 of %n image(s) have the keyphrase in their alt text. Add it to a few more where it describes the image.</source>
        <translation>
            <numerusform>%1 von %n Bild hat die Keyphrase im Alternativtext. Ergänzen Sie sie bei weiteren, wo sie das Bild beschreibt.</numerusform>
            <numerusform>%1 von %n Bildern haben die Keyphrase im Alternativtext. Ergänzen Sie sie bei weiteren, wo sie das Bild beschreibt.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+10"/>
        <source>%1 of %n image(s) have the keyphrase in their alt text: good.</source>
        <translation>
            <numerusform>%1 von %n Bild hat die Keyphrase im Alternativtext: gut.</numerusform>
            <numerusform>%1 von %n Bildern haben die Keyphrase im Alternativtext: gut.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+5"/>
        <source>%1 of %n image(s) have the keyphrase in their alt text: too many. Describe what each image shows instead.</source>
        <translation>
            <numerusform>%1 von %n Bild hat die Keyphrase im Alternativtext: zu viele. Beschreiben Sie stattdessen, was jedes Bild zeigt.</numerusform>
            <numerusform>%1 von %n Bildern haben die Keyphrase im Alternativtext: zu viele. Beschreiben Sie stattdessen, was jedes Bild zeigt.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The images have no alt text. Describe them, using the keyphrase where it fits.</source>
        <translation>Die Bilder haben keinen Alternativtext. Beschreiben Sie sie und verwenden Sie die Keyphrase, wo sie passt.</translation>
    </message>
    <message>
        <location filename="../app/core/seo/readability_checks.cpp" line="-46"/>
        <source>very easy</source>
        <translation>sehr leicht</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>easy</source>
        <translation>leicht</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>fairly easy</source>
        <translation>ziemlich leicht</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>okay</source>
        <translation>mittel</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>fairly difficult</source>
        <translation>ziemlich schwer</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>difficult</source>
        <translation>schwer</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>very difficult</source>
        <translation>sehr schwer</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>Flesch reading ease</source>
        <translation>Flesch-Lesbarkeitsindex</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 of 100 (%2).</source>
        <translation>%1 von 100 (%2).</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Use shorter sentences and shorter, everyday words.</source>
        <translation>Verwenden Sie kürzere Sätze und kürzere, alltägliche Wörter.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Sentence length</source>
        <translation>Satzlänge</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>%1 % of the sentences have more than 20 words.</source>
        <translation>%1 % der Sätze haben mehr als 20 Wörter.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Good (at most 25 %).</source>
        <translation>Gut (höchstens 25 %).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Keep it at 25 % or less: split the marked sentences.</source>
        <translation>Bleiben Sie bei höchstens 25 %: Teilen Sie die markierten Sätze.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Paragraph length</source>
        <translation>Absatzlänge</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>No paragraph is longer than 150 words: good.</source>
        <translation>Kein Absatz ist länger als 150 Wörter: gut.</translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>%n paragraph(s) have more than 150 words (the longest: %1). Break them up.</source>
        <translation>
            <numerusform>%n Absatz hat mehr als 150 Wörter (der längste: %1). Teilen Sie ihn auf.</numerusform>
            <numerusform>%n Absätze haben mehr als 150 Wörter (der längste: %1). Teilen Sie sie auf.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Subheading distribution</source>
        <translation>Verteilung der Zwischenüberschriften</translation>
    </message>
    <message numerus="yes">
        <location line="+31"/>
        <source>%n words without a single subheading. Add subheadings that say what each part is about.</source>
        <translation>
            <numerusform>%n Wort ohne eine einzige Zwischenüberschrift. Fügen Sie Zwischenüberschriften hinzu, die sagen, worum es im jeweiligen Teil geht.</numerusform>
            <numerusform>%n Wörter ohne eine einzige Zwischenüberschrift. Fügen Sie Zwischenüberschriften hinzu, die sagen, worum es im jeweiligen Teil geht.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+14"/>
        <source>The introduction runs %n words before the first subheading. Add one within 300 words.</source>
        <translation>
            <numerusform>Die Einleitung umfasst %n Wort vor der ersten Zwischenüberschrift. Fügen Sie innerhalb von 300 Wörtern eine ein.</numerusform>
            <numerusform>Die Einleitung umfasst %n Wörter vor der ersten Zwischenüberschrift. Fügen Sie innerhalb von 300 Wörtern eine ein.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+6"/>
        <source>No section runs over 300 words without a subheading: good.</source>
        <translation>Kein Abschnitt ist länger als 300 Wörter ohne Zwischenüberschrift: gut.</translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>%n section(s) run over 300 words without a subheading (the longest: %1). Add a subheading to break them up.</source>
        <translation>
            <numerusform>%n Abschnitt ist länger als 300 Wörter ohne Zwischenüberschrift (der längste: %1). Teilen Sie ihn mit einer Zwischenüberschrift auf.</numerusform>
            <numerusform>%n Abschnitte sind länger als 300 Wörter ohne Zwischenüberschrift (der längste: %1). Teilen Sie sie mit Zwischenüberschriften auf.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Passive voice</source>
        <translation>Passiv</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>%1 % of the sentences are passive.</source>
        <translation>%1 % der Sätze stehen im Passiv.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Good (at most 10 %).</source>
        <translation>Gut (höchstens 10 %).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Keep it at 10 % or less: say who does what in the marked sentences.</source>
        <translation>Bleiben Sie bei höchstens 10 %: Sagen Sie in den markierten Sätzen, wer was tut.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Transition words</source>
        <translation>Übergangswörter</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>%1 % of the sentences contain a transition word.</source>
        <translation>%1 % der Sätze enthalten ein Übergangswort.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>A text this short is not judged on transition words.</source>
        <translation>Ein so kurzer Text wird nicht nach Übergangswörtern bewertet.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Good (at least 30 %).</source>
        <translation>Gut (mindestens 30 %).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Aim for 30 %: link sentences with words such as &quot;however&quot;, &quot;because&quot; or &quot;for example&quot;.</source>
        <translation>Streben Sie 30 % an: Verbinden Sie Sätze mit Wörtern wie „however“, „because“ oder „for example“.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Consecutive sentences</source>
        <translation>Aufeinanderfolgende Sätze</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>No three sentences in a row start with the same word: good.</source>
        <translation>Keine drei aufeinanderfolgenden Sätze beginnen mit demselben Wort: gut.</translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n time(s) three or more sentences in a row start with the same word (up to %1). Vary how the marked sentences begin.</source>
        <translation>
            <numerusform>%n-mal beginnen drei oder mehr aufeinanderfolgende Sätze mit demselben Wort (bis zu %1). Beginnen Sie die markierten Sätze unterschiedlich.</numerusform>
            <numerusform>%n-mal beginnen drei oder mehr aufeinanderfolgende Sätze mit demselben Wort (bis zu %1). Beginnen Sie die markierten Sätze unterschiedlich.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/core/seo/seo_analysis.cpp" line="+168"/>
        <source>The post has %1 characters: the SEO and readability checks run on posts of up to %2 characters, so they were skipped.</source>
        <translation>Der Beitrag hat %1 Zeichen: Die SEO- und Lesbarkeitsprüfungen laufen nur für Beiträge bis %2 Zeichen und wurden daher übersprungen.</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>The post&apos;s language is &quot;%1&quot;: Flesch reading ease, passive voice and transition words are English-only checks and were skipped, and the keyphrase is matched word for word.</source>
        <translation>Die Sprache des Beitrags ist „%1“: Flesch-Lesbarkeitsindex, Passiv und Übergangswörter werden nur für Englisch geprüft und wurden übersprungen; die Keyphrase wird Wort für Wort verglichen.</translation>
    </message>
    <message>
        <location filename="../app/core/seo/structure_checks.cpp" line="+15"/>
        <source>Images</source>
        <translation>Bilder</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The post has no images. Add at least one that helps the reader (a diagram, a screenshot, a photo).</source>
        <translation>Der Beitrag hat keine Bilder. Fügen Sie mindestens eines hinzu, das dem Leser hilft (ein Diagramm, ein Bildschirmfoto, ein Foto).</translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>%n image(s): good.</source>
        <translation>
            <numerusform>%n Bild: gut.</numerusform>
            <numerusform>%n Bilder: gut.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Text length</source>
        <translation>Textlänge</translation>
    </message>
    <message numerus="yes">
        <location line="+4"/>
        <source>%n word(s), not counting quotations, code and image descriptions: good.</source>
        <translation>
            <numerusform>%n Wort, ohne Zitate, Code und Bildbeschreibungen: gut.</numerusform>
            <numerusform>%n Wörter, ohne Zitate, Code und Bildbeschreibungen: gut.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+4"/>
        <source>%n word(s), not counting quotations, code and image descriptions.</source>
        <translation>
            <numerusform>%n Wort, ohne Zitate, Code und Bildbeschreibungen.</numerusform>
            <numerusform>%n Wörter, ohne Zitate, Code und Bildbeschreibungen.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Write at least 300 words so the post covers its topic.</source>
        <translation>Schreiben Sie mindestens 300 Wörter, damit der Beitrag sein Thema abdeckt.</translation>
    </message>
    <message>
        <location line="+39"/>
        <source>Outbound links</source>
        <translation>Ausgehende Links</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>No links to other sites. Link to a source or reference a reader would trust.</source>
        <translation>Keine Links zu anderen Websites. Verlinken Sie eine Quelle oder Referenz, der Leser vertrauen würden.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Every outbound link is nofollow. Let search engines follow at least one you stand behind.</source>
        <translation>Alle ausgehenden Links sind nofollow. Lassen Sie Suchmaschinen mindestens einem folgen, hinter dem Sie stehen.</translation>
    </message>
    <message numerus="yes">
        <location line="+5"/>
        <source>%n outbound link(s), some nofollow: fine.</source>
        <translation>
            <numerusform>%n ausgehender Link, teils nofollow: in Ordnung.</numerusform>
            <numerusform>%n ausgehende Links, teils nofollow: in Ordnung.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n outbound link(s): good.</source>
        <translation>
            <numerusform>%n ausgehender Link: gut.</numerusform>
            <numerusform>%n ausgehende Links: gut.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Internal links</source>
        <translation>Interne Links</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>No links to your own site (%1). Link to a related post or page.</source>
        <translation>Keine Links zu Ihrer eigenen Website (%1). Verlinken Sie einen verwandten Beitrag oder eine verwandte Seite.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Every internal link is nofollow. Remove rel=&quot;nofollow&quot; from links to your own pages.</source>
        <translation>Alle internen Links sind nofollow. Entfernen Sie rel=&quot;nofollow&quot; aus Links zu Ihren eigenen Seiten.</translation>
    </message>
    <message numerus="yes">
        <location line="+5"/>
        <source>%n internal link(s), some nofollow: fine.</source>
        <translation>
            <numerusform>%n interner Link, teils nofollow: in Ordnung.</numerusform>
            <numerusform>%n interne Links, teils nofollow: in Ordnung.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n internal link(s): good.</source>
        <translation>
            <numerusform>%n interner Link: gut.</numerusform>
            <numerusform>%n interne Links: gut.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Single title</source>
        <translation>Einziger Titel</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>The body has no H1 of its own; the title is the page&apos;s H1: good.</source>
        <translation>Der Text hat keine eigene H1; der Titel ist die H1 der Seite: gut.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The body has one H1. Themes also print the title as an H1; if this one repeats it, remove it.</source>
        <translation>Der Text hat eine H1. Themes geben auch den Titel als H1 aus; wenn diese ihn wiederholt, entfernen Sie sie.</translation>
    </message>
    <message numerus="yes">
        <location line="+5"/>
        <source>The body has %n H1 headings. Keep the title as the only H1 and make these H2 (## in Markdown).</source>
        <translation>
            <numerusform>Der Text hat %n H1-Überschrift. Lassen Sie den Titel die einzige H1 sein und machen Sie diese zur H2 (## in Markdown).</numerusform>
            <numerusform>Der Text hat %n H1-Überschriften. Lassen Sie den Titel die einzige H1 sein und machen Sie diese zu H2 (## in Markdown).</numerusform>
        </translation>
    </message>
    <message>
        <location line="+8"/>
        <source>SEO title width</source>
        <translation>Breite des SEO-Titels</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The post has no title. Write one of up to 600 px in search results.</source>
        <translation>Der Beitrag hat keinen Titel. Schreiben Sie einen, der im Suchergebnis höchstens 600 px breit ist.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The title is %1 px wide in search results; there is room for %2 px more if a word would help searchers.</source>
        <translation>Der Titel ist im Suchergebnis %1 px breit; es ist Platz für weitere %2 px, falls ein Wort Suchenden helfen würde.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The title is %1 px wide in search results (at most 600): good.</source>
        <translation>Der Titel ist im Suchergebnis %1 px breit (höchstens 600): gut.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The title is %1 px wide; search results cut it at 600 px. Shorten it by about %2 px.</source>
        <translation>Der Titel ist %1 px breit; Suchergebnisse schneiden ihn bei 600 px ab. Kürzen Sie ihn um etwa %2 px.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Meta description length</source>
        <translation>Länge der Meta-Beschreibung</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>No meta description. Write 121 to 156 characters that make searchers want to click.</source>
        <translation>Keine Meta-Beschreibung. Schreiben Sie 121 bis 156 Zeichen, die Suchende zum Klicken bewegen.</translation>
    </message>
    <message numerus="yes">
        <location line="+5"/>
        <source>%n character(s): too short. Use up to 156 to say what the reader gets.</source>
        <translation>
            <numerusform>%n Zeichen: zu kurz. Nutzen Sie bis zu 156, um zu sagen, was der Leser bekommt.</numerusform>
            <numerusform>%n Zeichen: zu kurz. Nutzen Sie bis zu 156, um zu sagen, was der Leser bekommt.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+6"/>
        <source>%n character(s): search results cut it after 156. Shorten it.</source>
        <translation>
            <numerusform>%n Zeichen: Suchergebnisse schneiden nach 156 ab. Kürzen Sie sie.</numerusform>
            <numerusform>%n Zeichen: Suchergebnisse schneiden nach 156 ab. Kürzen Sie sie.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>%n character(s): good.</source>
        <translation>
            <numerusform>%n Zeichen: gut.</numerusform>
            <numerusform>%n Zeichen: gut.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>pw::AtomicWriter</name>
    <message>
        <location filename="../app/core/io/atomic_writer.cpp" line="+30"/>
        <source>%1: cannot write: %2</source>
        <translation>%1: Schreiben nicht möglich: %2</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1: writing failed: %2</source>
        <translation>%1: Schreiben fehlgeschlagen: %2</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1: saving failed: %2</source>
        <translation>%1: Speichern fehlgeschlagen: %2</translation>
    </message>
</context>
<context>
    <name>pw::CategoryWhitelist</name>
    <message>
        <location filename="../app/core/checks/category_whitelist.cpp" line="+220"/>
        <source>The category list %1 contains no categories.</source>
        <translation>Die Kategorienliste %1 enthält keine Kategorien.</translation>
    </message>
</context>
<context>
    <name>pw::CodeColouring</name>
    <message>
        <location filename="../app/core/markdown/code_colouring.cpp" line="+82"/>
        <source>%1: no language of that name, not coloured</source>
        <translation>%1: keine Sprache dieses Namens, nicht eingefärbt</translation>
    </message>
</context>
<context>
    <name>pw::CodeHighlighter</name>
    <message>
        <location filename="../app/core/highlight/helper_backend.cpp" line="+456"/>
        <source>Code blocks are shown without colours: the helper %1 was not found.</source>
        <translation>Codeblöcke werden ohne Farben angezeigt: Das Hilfsprogramm %1 wurde nicht gefunden.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Code blocks are shown without colours: the helper %1 could not be started (%2).</source>
        <translation>Codeblöcke werden ohne Farben angezeigt: Das Hilfsprogramm %1 konnte nicht gestartet werden (%2).</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Code blocks are shown without colours for now: the helper %1 stopped unexpectedly. Postwright will start it again shortly.</source>
        <translation>Codeblöcke werden vorerst ohne Farben angezeigt: Das Hilfsprogramm %1 wurde unerwartet beendet. Postwright startet es in Kürze neu.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Code blocks are shown without colours for now: the helper %1 did not answer in time. Postwright will try again shortly.</source>
        <translation>Codeblöcke werden vorerst ohne Farben angezeigt: Das Hilfsprogramm %1 hat nicht rechtzeitig geantwortet. Postwright versucht es in Kürze erneut.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Code blocks are shown without colours for now: the helper %1 gave an answer Postwright could not read. Postwright will try again shortly.</source>
        <translation>Codeblöcke werden vorerst ohne Farben angezeigt: Die Antwort des Hilfsprogramms %1 war für Postwright nicht lesbar. Postwright versucht es in Kürze erneut.</translation>
    </message>
    <message>
        <location filename="../app/core/highlight/highlighter_location.cpp" line="+53"/>
        <source>Code blocks are shown without colours: this build of Postwright has no code colouring.</source>
        <translation>Codeblöcke werden ohne Farben angezeigt: Diese Postwright-Version wurde ohne Codefärbung erstellt.</translation>
    </message>
    <message>
        <location line="+11"/>
        <location line="+12"/>
        <source>Code blocks are shown without colours: colouring is turned off by %1.</source>
        <translation>Codeblöcke werden ohne Farben angezeigt: Die Färbung ist durch %1 abgeschaltet.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Code blocks are shown without colours: the helper %1 (from %2) is not an executable file.</source>
        <translation>Codeblöcke werden ohne Farben angezeigt: Das Hilfsprogramm %1 (aus %2) ist keine ausführbare Datei.</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Code blocks are shown without colours: the helper postwright-highlighter is not installed (looked for %1).</source>
        <translation>Codeblöcke werden ohne Farben angezeigt: Das Hilfsprogramm postwright-highlighter ist nicht installiert (gesucht wurde %1).</translation>
    </message>
</context>
<context>
    <name>pw::Decoder</name>
    <message>
        <location filename="../app/core/text/decoder.cpp" line="+441"/>
        <source>The file is empty.</source>
        <translation>Die Datei ist leer.</translation>
    </message>
    <message>
        <location line="+29"/>
        <location line="+26"/>
        <source>The file holds binary data (such as an image), not text.</source>
        <translation>Die Datei enthält Binärdaten (etwa ein Bild), keinen Text.</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>The file is not UTF-8 and its character set could not be detected; it was read as %1.</source>
        <translation>Die Datei ist nicht in UTF-8 und ihr Zeichensatz konnte nicht erkannt werden; sie wurde als %1 gelesen.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The file is not UTF-8; it was read as %1.</source>
        <translation>Die Datei ist nicht in UTF-8; sie wurde als %1 gelesen.</translation>
    </message>
    <message numerus="yes">
        <location line="+10"/>
        <source>%n invalid byte sequence(s) replaced by U+FFFD; the first is at byte %1 (line %2).</source>
        <translation>
            <numerusform>%n ungültige Bytefolge durch U+FFFD ersetzt; sie steht bei Byte %1 (Zeile %2).</numerusform>
            <numerusform>%n ungültige Bytefolgen durch U+FFFD ersetzt; die erste steht bei Byte %1 (Zeile %2).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+13"/>
        <source>Repaired %n character sequence(s) of UTF-8 that had been read as %1.</source>
        <translation>
            <numerusform>%n UTF-8-Zeichenfolge repariert, die als %1 gelesen worden war.</numerusform>
            <numerusform>%n UTF-8-Zeichenfolgen repariert, die als %1 gelesen worden waren.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>pw::DictionaryFinder</name>
    <message>
        <location filename="../app/core/spelling/dictionary_finder.cpp" line="+115"/>
        <source>No spelling dictionary for %1 is installed. Install the Debian package %2 (sudo apt install %2), or put %1.aff and %1.dic into %3.</source>
        <translation>Für %1 ist kein Rechtschreibwörterbuch installiert. Installieren Sie das Debian-Paket %2 (sudo apt install %2) oder legen Sie %1.aff und %1.dic in %3 ab.</translation>
    </message>
</context>
<context>
    <name>pw::FileLoader</name>
    <message>
        <location filename="../app/core/io/file_loader.cpp" line="+23"/>
        <source>%1: no such file</source>
        <translation>%1: Datei nicht gefunden</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1: is a folder, not a file</source>
        <translation>%1: ist ein Ordner, keine Datei</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1: the file is %2, larger than the %3 a post may have</source>
        <translation>%1: Die Datei ist %2 groß, größer als die %3, die ein Beitrag haben darf</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>%1: cannot open: %2</source>
        <translation>%1: Öffnen nicht möglich: %2</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1: cannot read: %2</source>
        <translation>%1: Lesen nicht möglich: %2</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1: the file is larger than the %2 a post may have</source>
        <translation>%1: Die Datei ist größer als die %2, die ein Beitrag haben darf</translation>
    </message>
</context>
<context>
    <name>pw::FrontMatterFormat</name>
    <message>
        <location filename="../app/core/formats/front_matter_format.cpp" line="+225"/>
        <location filename="../app/core/formats/json_front_matter.cpp" line="+250"/>
        <location filename="../app/core/formats/toml_front_matter.cpp" line="+41"/>
        <source>Front matter key “%1” (line %2) must be a list or a comma-separated text.</source>
        <translation>Der Front-Matter-Schlüssel „%1“ (Zeile %2) muss eine Liste oder ein kommagetrennter Text sein.</translation>
    </message>
    <message>
        <location line="+5"/>
        <location filename="../app/core/formats/json_front_matter.cpp" line="-19"/>
        <location filename="../app/core/formats/toml_front_matter.cpp" line="-8"/>
        <source>Front matter key “%1” (line %2) must be text.</source>
        <translation>Der Front-Matter-Schlüssel „%1“ (Zeile %2) muss Text sein.</translation>
    </message>
    <message>
        <location line="+67"/>
        <source>Front matter key “%1” (line %2) is written in a form Postwright cannot keep; it will be lost on save.</source>
        <translation>Der Front-Matter-Schlüssel „%1“ (Zeile %2) ist in einer Form geschrieben, die Postwright nicht erhalten kann; er geht beim Speichern verloren.</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Invalid YAML front matter at line %1, column %2: %3</source>
        <translation>Ungültiges YAML-Front-Matter in Zeile %1, Spalte %2: %3</translation>
    </message>
</context>
<context>
    <name>pw::GeneratorFormat</name>
    <message>
        <location filename="../app/core/formats/generator_format.cpp" line="+318"/>
        <source>The post has no -EndOFText- end marker; it was read to the end of the file.</source>
        <translation>Der Beitrag hat keine Endmarke -EndOFText-; er wurde bis zum Dateiende gelesen.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>no post found: the text holds only the generator&apos;s prompt template</source>
        <translation>kein Beitrag gefunden: Der Text enthält nur die Prompt-Vorlage des Generators</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>no post found: no TITLE: line followed by META_DESCRIPTION:, TAGS: or CATEGORIES:</source>
        <translation>kein Beitrag gefunden: keine TITLE:-Zeile, auf die META_DESCRIPTION:, TAGS: oder CATEGORIES: folgt</translation>
    </message>
</context>
<context>
    <name>pw::HtmlToMarkdown</name>
    <message numerus="yes">
        <location filename="../app/core/import/html_to_markdown.cpp" line="+40"/>
        <source>%n script(s) removed</source>
        <translation>
            <numerusform>%n Skript entfernt</numerusform>
            <numerusform>%n Skripte entfernt</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>%n style sheet(s) removed</source>
        <translation>
            <numerusform>%n Stylesheet entfernt</numerusform>
            <numerusform>%n Stylesheets entfernt</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>%n event handler(s) removed</source>
        <translation>
            <numerusform>%n Event-Handler entfernt</numerusform>
            <numerusform>%n Event-Handler entfernt</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>%n script or data URL(s) removed, their text kept</source>
        <translation>
            <numerusform>%n Skript- oder Data-URL entfernt, ihr Text blieb erhalten</numerusform>
            <numerusform>%n Skript- oder Data-URLs entfernt, ihr Text blieb erhalten</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+4"/>
        <source>%n form element(s) removed</source>
        <translation>
            <numerusform>%n Formularelement entfernt</numerusform>
            <numerusform>%n Formularelemente entfernt</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>%n drawing or unsupported element(s) removed (svg, canvas, …)</source>
        <translation>
            <numerusform>%n Zeichen- oder nicht unterstütztes Element entfernt (svg, canvas, …)</numerusform>
            <numerusform>%n Zeichen- oder nicht unterstützte Elemente entfernt (svg, canvas, …)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+5"/>
        <source>%n embed(s) (video, audio, iframe) kept as a link on its own line</source>
        <translation>
            <numerusform>%n Einbettung (Video, Audio, iframe) als Link in eigener Zeile erhalten</numerusform>
            <numerusform>%n Einbettungen (Video, Audio, iframe) als Link in eigener Zeile erhalten</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+4"/>
        <source>%n embed(s) without a usable address could not be kept</source>
        <translation>
            <numerusform>%n Einbettung ohne brauchbare Adresse konnte nicht erhalten werden</numerusform>
            <numerusform>%n Einbettungen ohne brauchbare Adresse konnten nicht erhalten werden</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+4"/>
        <source>%n unrendered shortcode(s) dropped, their content kept</source>
        <translation>
            <numerusform>%n nicht gerenderter Shortcode verworfen, sein Inhalt blieb erhalten</numerusform>
            <numerusform>%n nicht gerenderte Shortcodes verworfen, ihr Inhalt blieb erhalten</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+4"/>
        <source>%n table(s) with merged or block cells kept as HTML</source>
        <translation>
            <numerusform>%n Tabelle mit verbundenen oder Block-Zellen als HTML erhalten</numerusform>
            <numerusform>%n Tabellen mit verbundenen oder Block-Zellen als HTML erhalten</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+4"/>
        <source>%n very deeply nested part(s) flattened to plain text</source>
        <translation>
            <numerusform>%n sehr tief verschachtelter Teil zu reinem Text abgeflacht</numerusform>
            <numerusform>%n sehr tief verschachtelte Teile zu reinem Text abgeflacht</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>pw::HunspellDictionary</name>
    <message>
        <location filename="../app/core/spelling/hunspell_dictionary.cpp" line="+35"/>
        <source>%1: cannot read the dictionary: %2</source>
        <translation>%1: Das Wörterbuch kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>%1: the dictionary&apos;s encoding %2 is not supported</source>
        <translation>%1: Die Kodierung %2 des Wörterbuchs wird nicht unterstützt</translation>
    </message>
</context>
<context>
    <name>pw::ImageDownloader</name>
    <message>
        <location filename="../app/core/import/image_downloader.cpp" line="+128"/>
        <location line="+15"/>
        <source>larger than %1 MB</source>
        <translation>größer als %1 MB</translation>
    </message>
    <message numerus="yes">
        <location line="-12"/>
        <source>no answer within %n second(s)</source>
        <translation>
            <numerusform>keine Antwort innerhalb von %n Sekunde</numerusform>
            <numerusform>keine Antwort innerhalb von %n Sekunden</numerusform>
        </translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the server answered HTTP %1 %2</source>
        <translation>der Server antwortete mit HTTP %1 %2</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>the server sent an empty file</source>
        <translation>der Server schickte eine leere Datei</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>not an image (its content is %1)</source>
        <translation>kein Bild (der Inhalt ist %1)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>the folder %1 cannot be created</source>
        <translation>der Ordner %1 kann nicht angelegt werden</translation>
    </message>
</context>
<context>
    <name>pw::Journal</name>
    <message>
        <location filename="../app/core/io/journal.cpp" line="+125"/>
        <source>damaged journal: “%1” is missing or has the wrong type</source>
        <translation>beschädigtes Journal: „%1“ fehlt oder hat den falschen Typ</translation>
    </message>
    <message>
        <location line="+38"/>
        <source>damaged journal: %1 at byte %2</source>
        <translation>beschädigtes Journal: %1 bei Byte %2</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>not a Postwright journal</source>
        <translation>kein Postwright-Journal</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>journal version %1 is not supported</source>
        <translation>Journal-Version %1 wird nicht unterstützt</translation>
    </message>
</context>
<context>
    <name>pw::JournalSession</name>
    <message>
        <location filename="../app/core/io/journal_session.cpp" line="+43"/>
        <source>%1: cannot create the journal folder</source>
        <translation>%1: Der Journal-Ordner kann nicht angelegt werden</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1: cannot lock the journal folder</source>
        <translation>%1: Der Journal-Ordner kann nicht gesperrt werden</translation>
    </message>
</context>
<context>
    <name>pw::MetadataChecks</name>
    <message>
        <location filename="../app/core/checks/metadata_checks.cpp" line="+95"/>
        <source>The title is %1 px wide; Google cuts titles at about 600 px.</source>
        <translation>Der Titel ist %1 px breit; Google schneidet Titel bei etwa 600 px ab.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The title is %1 px wide, close to the 600 px at which Google cuts titles.</source>
        <translation>Der Titel ist %1 px breit, nahe an den 600 px, bei denen Google Titel abschneidet.</translation>
    </message>
    <message numerus="yes">
        <location line="+13"/>
        <source>The title has %n character(s); keep it to 60 or fewer.</source>
        <translation>
            <numerusform>Der Titel hat %n Zeichen; bleiben Sie bei höchstens 60.</numerusform>
            <numerusform>Der Titel hat %n Zeichen; bleiben Sie bei höchstens 60.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+6"/>
        <source>The title has only %n character(s); aim for 16 to 60.</source>
        <translation>
            <numerusform>Der Titel hat nur %n Zeichen; streben Sie 16 bis 60 an.</numerusform>
            <numerusform>Der Titel hat nur %n Zeichen; streben Sie 16 bis 60 an.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+18"/>
        <source>The post has no title.</source>
        <translation>Der Beitrag hat keinen Titel.</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>first paragraph</source>
        <translation>den ersten Absatz</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>automatic summary (its first 70 words)</source>
        <translation>die automatische Zusammenfassung (die ersten 70 Wörter)</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>No description of its own: the site uses the post&apos;s %1 instead. A description says exactly what search results show.</source>
        <translation>Keine eigene Beschreibung: Die Website verwendet stattdessen %1 des Beitrags. Eine Beschreibung legt genau fest, was Suchergebnisse zeigen.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The post has no meta description.</source>
        <translation>Der Beitrag hat keine Meta-Beschreibung.</translation>
    </message>
    <message numerus="yes">
        <location line="+6"/>
        <source>The meta description is too short: %n character(s); aim for 121 to 156.</source>
        <translation>
            <numerusform>Die Meta-Beschreibung ist zu kurz: %n Zeichen; streben Sie 121 bis 156 an.</numerusform>
            <numerusform>Die Meta-Beschreibung ist zu kurz: %n Zeichen; streben Sie 121 bis 156 an.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+8"/>
        <source>The meta description has %n character(s) and will be truncated after 156.</source>
        <translation>
            <numerusform>Die Meta-Beschreibung hat %n Zeichen und wird nach 156 abgeschnitten.</numerusform>
            <numerusform>Die Meta-Beschreibung hat %n Zeichen und wird nach 156 abgeschnitten.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+12"/>
        <location line="+49"/>
        <source>The post has no category.</source>
        <translation>Der Beitrag hat keine Kategorie.</translation>
    </message>
    <message>
        <location line="-35"/>
        <source>The category “%1” is spelled “%2” in the list.</source>
        <translation>Die Kategorie „%1“ wird in der Liste „%2“ geschrieben.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>“%1” is not an allowed category.</source>
        <translation>„%1“ ist keine erlaubte Kategorie.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>“%1” is not an allowed category; the nearest is “%2”.</source>
        <translation>„%1“ ist keine erlaubte Kategorie; die ähnlichste ist „%2“.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>The post has no tags.</source>
        <translation>Der Beitrag hat keine Schlagwörter.</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>The site&apos;s configuration has no categories taxonomy, so the generator ignores these categories.</source>
        <translation>Die Konfiguration der Website hat keine Taxonomie „categories“, daher ignoriert der Generator diese Kategorien.</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>The category “%1” is spelled “%2” on the site&apos;s other posts.</source>
        <translation>Die Kategorie „%1“ heißt in den anderen Beiträgen der Website „%2“.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>“%1” is a new category on this site.</source>
        <translation>„%1“ ist eine neue Kategorie auf dieser Website.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>“%1” is a new category on this site; the nearest one in use is “%2”.</source>
        <translation>„%1“ ist eine neue Kategorie auf dieser Website; die nächstliegende verwendete ist „%2“.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>The post has no text.</source>
        <translation>Der Beitrag hat keinen Text.</translation>
    </message>
    <message numerus="yes">
        <location line="+6"/>
        <source>The body has %n word(s), counting every word a reader sees; 300 or more is recommended.</source>
        <translation>
            <numerusform>Der Text hat %n Wort (alle, die Leser sehen); empfohlen sind 300 oder mehr.</numerusform>
            <numerusform>Der Text hat %n Wörter (alle, die Leser sehen); empfohlen sind 300 oder mehr.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>pw::PersonalDictionary</name>
    <message>
        <location filename="../app/core/spelling/personal_dictionary.cpp" line="+37"/>
        <source>%1: cannot read the personal dictionary: %2</source>
        <translation>%1: Das persönliche Wörterbuch kann nicht gelesen werden: %2</translation>
    </message>
</context>
<context>
    <name>pw::PostJsonFormat</name>
    <message>
        <location filename="../app/core/formats/post_json_format.cpp" line="+174"/>
        <source>not a post: “%1” must be a string</source>
        <translation>kein Beitrag: „%1“ muss eine Zeichenkette sein</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>not a post: “%1” must be a list of strings</source>
        <translation>kein Beitrag: „%1“ muss eine Liste von Zeichenketten sein</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>not a post: “%1” must be an object</source>
        <translation>kein Beitrag: „%1“ muss ein Objekt sein</translation>
    </message>
    <message>
        <location line="+135"/>
        <source>Malformed JSON at line %1, column %2: %3</source>
        <translation>Fehlerhaftes JSON in Zeile %1, Spalte %2: %3</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>not a post: the JSON is not an object</source>
        <translation>kein Beitrag: Das JSON ist kein Objekt</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>no post found: the JSON object has none of the keys title, meta_description, slug, tags, categories, topic, body</source>
        <translation>kein Beitrag gefunden: Das JSON-Objekt hat keinen der Schlüssel title, meta_description, slug, tags, categories, topic, body</translation>
    </message>
</context>
<context>
    <name>pw::PostReader</name>
    <message numerus="yes">
        <location filename="../app/core/formats/post_reader.cpp" line="+186"/>
        <source>The file holds %n posts; the first one was opened.</source>
        <translation>
            <numerusform>Die Datei enthält %n Beitrag; der erste wurde geöffnet.</numerusform>
            <numerusform>Die Datei enthält %n Beiträge; der erste wurde geöffnet.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+21"/>
        <source>binary data</source>
        <translation>Binärdaten</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>a WordPress export (WXR) that cannot be read: %1</source>
        <translation>ein WordPress-Export (WXR), der nicht gelesen werden kann: %1</translation>
    </message>
    <message numerus="yes">
        <location line="+8"/>
        <source>%n post(s)</source>
        <translation>
            <numerusform>%n Beitrag</numerusform>
            <numerusform>%n Beiträgen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n page(s)</source>
        <translation>
            <numerusform>%n Seite</numerusform>
            <numerusform>%n Seiten</numerusform>
        </translation>
    </message>
    <message>
        <location line="+1"/>
        <source>a WordPress export (WXR) with %1 and %2, not a single post; import it with &quot;postwright import FILE --out DIR&quot;</source>
        <translation>ein WordPress-Export (WXR) mit %1 und %2, kein einzelner Beitrag; importieren Sie ihn mit „postwright import DATEI --out ORDNER“</translation>
    </message>
</context>
<context>
    <name>pw::PostWriter</name>
    <message>
        <location filename="../app/core/formats/post_writer.cpp" line="+74"/>
        <source>focus keyphrase</source>
        <translation>Fokus-Keyphrase</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>keyphrase synonyms</source>
        <translation>Synonyme der Keyphrase</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>spelling language</source>
        <translation>Rechtschreibsprache</translation>
    </message>
</context>
<context>
    <name>pw::PseudoHeadings</name>
    <message>
        <location filename="../app/core/markdown/pseudo_headings.cpp" line="+271"/>
        <source>“%1” looks like a heading but is bold text; make it a heading so readers and search engines see the structure.</source>
        <translation>„%1“ sieht wie eine Überschrift aus, ist aber fetter Text; machen Sie daraus eine Überschrift, damit Leser und Suchmaschinen die Gliederung erkennen.</translation>
    </message>
</context>
<context>
    <name>pw::RepairFindings</name>
    <message>
        <location filename="../app/core/formats/repair_findings.cpp" line="+98"/>
        <source>title</source>
        <translation>Titel</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>description</source>
        <translation>Beschreibung</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>slug</source>
        <translation>Slug</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>tags</source>
        <translation>Schlagwörter</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>categories</source>
        <translation>Kategorien</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>topic</source>
        <translation>Thema</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>line %1</source>
        <translation>Zeile %1</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Repaired “%1” → %2 in “%3” (%4)</source>
        <translation>Repariert: „%1“ → %2 in „%3“ (%4)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Repaired “%1” → “%2” (%3)</source>
        <translation>Repariert: „%1“ → „%2“ (%3)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Repaired “%1” → “%2” in “%3” (%4)</source>
        <translation>Repariert: „%1“ → „%2“ in „%3“ (%4)</translation>
    </message>
</context>
<context>
    <name>pw::Spelling</name>
    <message>
        <location filename="../app/core/spelling/spelling_findings.cpp" line="+22"/>
        <source>Possible misspelling: “%1”</source>
        <translation>Möglicher Rechtschreibfehler: „%1“</translation>
    </message>
</context>
<context>
    <name>pw::TomlFrontMatter</name>
    <message>
        <location filename="../app/core/formats/toml_front_matter.cpp" line="+213"/>
        <source>Invalid TOML front matter at line %1, column %2: %3</source>
        <translation>Ungültiges TOML-Front-Matter in Zeile %1, Spalte %2: %3</translation>
    </message>
</context>
<context>
    <name>pw::WordPressImport</name>
    <message numerus="yes">
        <location filename="../app/core/import/wordpress_import.cpp" line="+102"/>
        <source>%n mis-decoded character sequence(s) repaired (UTF-8 that had been read as %1).</source>
        <translation>
            <numerusform>%n falsch dekodierte Zeichenfolge repariert (UTF-8, das als %1 gelesen worden war).</numerusform>
            <numerusform>%n falsch dekodierte Zeichenfolgen repariert (UTF-8, das als %1 gelesen worden war).</numerusform>
        </translation>
    </message>
    <message>
        <location line="+45"/>
        <source>The description is the post&apos;s Yoast SEO description.</source>
        <translation>Die Beschreibung ist die Yoast-SEO-Beschreibung des Beitrags.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The description is the post&apos;s Rank Math description.</source>
        <translation>Die Beschreibung ist die Rank-Math-Beschreibung des Beitrags.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>The post has no SEO description and no excerpt to take one from.</source>
        <translation>Der Beitrag hat keine SEO-Beschreibung und keinen Textauszug, aus dem sich eine übernehmen ließe.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>No SEO description was set; the excerpt is used. Check that it reads as one.</source>
        <translation>Es war keine SEO-Beschreibung festgelegt; der Textauszug wird verwendet. Prüfen Sie, ob er sich als Beschreibung eignet.</translation>
    </message>
    <message numerus="yes">
        <location line="+79"/>
        <source>WordPress category id(s) %1 could not be turned into names (the export has no embedded terms); assign the categories by hand.</source>
        <translation>
            <numerusform>Die WordPress-Kategorie-ID %1 ließ sich nicht in einen Namen umwandeln (der Export enthält keine eingebetteten Begriffe); weisen Sie die Kategorie von Hand zu.</numerusform>
            <numerusform>Die WordPress-Kategorie-IDs %1 ließen sich nicht in Namen umwandeln (der Export enthält keine eingebetteten Begriffe); weisen Sie die Kategorien von Hand zu.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+9"/>
        <source>WordPress tag id(s) %1 could not be turned into names (the export has no embedded terms); add the tags by hand.</source>
        <translation>
            <numerusform>Die WordPress-Schlagwort-ID %1 ließ sich nicht in einen Namen umwandeln (der Export enthält keine eingebetteten Begriffe); fügen Sie das Schlagwort von Hand hinzu.</numerusform>
            <numerusform>Die WordPress-Schlagwort-IDs %1 ließen sich nicht in Namen umwandeln (der Export enthält keine eingebetteten Begriffe); fügen Sie die Schlagwörter von Hand hinzu.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+27"/>
        <source>Category and tag names come from the export&apos;s embedded terms.</source>
        <translation>Die Namen der Kategorien und Schlagwörter stammen aus den eingebetteten Begriffen des Exports.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Category and tag names were rebuilt from the post&apos;s CSS classes (class_list): capitals and punctuation may be lost.</source>
        <translation>Die Namen der Kategorien und Schlagwörter wurden aus den CSS-Klassen des Beitrags (class_list) rekonstruiert: Großschreibung und Satzzeichen können verloren gegangen sein.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>The WordPress category “%1” is the allowed category “%2”.</source>
        <translation>Die WordPress-Kategorie „%1“ ist die erlaubte Kategorie „%2“.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The WordPress category “%1” is not in the category list.</source>
        <translation>Die WordPress-Kategorie „%1“ steht nicht in der Kategorienliste.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The WordPress category “%1” is not in the category list; the nearest allowed one is “%2”.</source>
        <translation>Die WordPress-Kategorie „%1“ steht nicht in der Kategorienliste; die ähnlichste erlaubte ist „%2“.</translation>
    </message>
    <message>
        <location line="+83"/>
        <source>The post is password-protected: the export has no content.</source>
        <translation>Der Beitrag ist passwortgeschützt: Der Export enthält keinen Inhalt.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The post has no content to import.</source>
        <translation>Der Beitrag hat keinen Inhalt zum Importieren.</translation>
    </message>
    <message>
        <location line="+57"/>
        <source>The post has no title.</source>
        <translation>Der Beitrag hat keinen Titel.</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>The file is %1, larger than the %2 a WordPress export may have; export the posts in smaller pages.</source>
        <translation>Die Datei ist %1 groß, mehr als die %2, die ein WordPress-Export haben darf; exportieren Sie die Beiträge in kleineren Seiten.</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>The file is not valid JSON: %1 at line %2, column %3.</source>
        <translation>Die Datei ist kein gültiges JSON: %1 in Zeile %2, Spalte %3.</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>The file contains no WordPress posts.</source>
        <translation>Die Datei enthält keine WordPress-Beiträge.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The JSON is not a WordPress post: it has no content.rendered field.</source>
        <translation>Das JSON ist kein WordPress-Beitrag: Es hat kein Feld content.rendered.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Item %1 of the list is not a WordPress post: it has no content.rendered field.</source>
        <translation>Eintrag %1 der Liste ist kein WordPress-Beitrag: Er hat kein Feld content.rendered.</translation>
    </message>
</context>
<context>
    <name>pw::WxrImport</name>
    <message numerus="yes">
        <location filename="../app/core/import/wxr_import.cpp" line="+250"/>
        <source>%n shortcode(s) WordPress itself does not know were kept as text for review: %1. A plugin made them; rewrite or remove them.</source>
        <translation>
            <numerusform>%n Shortcode, den WordPress selbst nicht kennt, wurde zur Prüfung als Text behalten: %1. Ein Plugin hat ihn erzeugt; schreiben Sie ihn um oder entfernen Sie ihn.</numerusform>
            <numerusform>%n Shortcodes, die WordPress selbst nicht kennt, wurden zur Prüfung als Text behalten: %1. Ein Plugin hat sie erzeugt; schreiben Sie sie um oder entfernen Sie sie.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+13"/>
        <source>The export has no media item with id(s) %1, which the post&apos;s [gallery] or [caption] names; those images are missing.</source>
        <translation>
            <numerusform>Der Export enthält kein Medium mit der ID %1, die [gallery] oder [caption] des Beitrags nennt; dieses Bild fehlt.</numerusform>
            <numerusform>Der Export enthält keine Medien mit den IDs %1, die [gallery] oder [caption] des Beitrags nennen; diese Bilder fehlen.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+12"/>
        <source>WordPress shows this post as %n pages (&lt;!--nextpage--&gt;). The markers are kept; most static site generators ignore them.</source>
        <translation>
            <numerusform>WordPress zeigt diesen Beitrag auf %n Seite (&lt;!--nextpage--&gt;). Die Markierung bleibt erhalten; die meisten Generatoren statischer Websites ignorieren sie.</numerusform>
            <numerusform>WordPress zeigt diesen Beitrag auf %n Seiten (&lt;!--nextpage--&gt;). Die Markierungen bleiben erhalten; die meisten Generatoren statischer Websites ignorieren sie.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+164"/>
        <source>The featured image (media item %1) is not in the export.</source>
        <translation>Das Beitragsbild (Medium %1) ist nicht im Export.</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>The post is password-protected on WordPress; its content was imported because protected posts were asked for. The password is not kept.</source>
        <translation>Der Beitrag ist in WordPress passwortgeschützt; sein Inhalt wurde importiert, weil geschützte Beiträge angefordert wurden. Das Passwort wird nicht übernommen.</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>A page; pages were not asked for.</source>
        <translation>Eine Seite; Seiten wurden nicht angefordert.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A post; posts were not asked for.</source>
        <translation>Ein Beitrag; Beiträge wurden nicht angefordert.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Not among the posts picked for import.</source>
        <translation>Nicht unter den zum Import ausgewählten Beiträgen.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Its status is “%1”, which was not asked for.</source>
        <translation>Sein Status ist „%1“, der nicht angefordert wurde.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Password-protected: not imported unless protected posts are asked for explicitly.</source>
        <translation>Passwortgeschützt: wird nur importiert, wenn geschützte Beiträge ausdrücklich angefordert werden.</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>The export must be read from a file: it is read twice, once to find its media.</source>
        <translation>Der Export muss aus einer Datei gelesen werden: Er wird zweimal gelesen, einmal, um seine Medien zu finden.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>The export says its text is %1, but it is UTF-8; it was read as UTF-8.</source>
        <translation>Der Export gibt als Kodierung %1 an, ist aber UTF-8; er wurde als UTF-8 gelesen.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The export could not be read a second time: %1</source>
        <translation>Der Export konnte nicht ein zweites Mal gelesen werden: %1</translation>
    </message>
    <message>
        <location line="+65"/>
        <source>The export has no slug for this post (WordPress gives one on publishing); “%1” was made from the title as WordPress would make it.</source>
        <translation>Der Export enthält keinen Slug für diesen Beitrag (WordPress vergibt ihn beim Veröffentlichen); „%1“ wurde aus dem Titel gebildet, wie WordPress es tun würde.</translation>
    </message>
</context>
<context>
    <name>pw::WxrReader</name>
    <message>
        <location filename="../app/core/import/wxr_reader.cpp" line="+178"/>
        <source>The file ends before the export does (line %1, column %2): it was cut off, perhaps while it was downloaded or copied. Export the site again.</source>
        <translation>Die Datei endet vor dem Ende des Exports (Zeile %1, Spalte %2): Sie wurde abgeschnitten, vielleicht beim Herunterladen oder Kopieren. Exportieren Sie die Website erneut.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The file holds no XML element (line %1, column %2): it is empty or not a WordPress export.</source>
        <translation>Die Datei enthält kein XML-Element (Zeile %1, Spalte %2): Sie ist leer oder kein WordPress-Export.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The file is not XML, so not a WordPress export: it does not begin with “&lt;” (line 1, column 1). A compressed export (.gz, .zip) must be unpacked first.</source>
        <translation>Die Datei ist kein XML und damit kein WordPress-Export: Sie beginnt nicht mit „&lt;“ (Zeile 1, Spalte 1). Ein komprimierter Export (.gz, .zip) muss zuerst entpackt werden.</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>The file is not valid UTF-8, the encoding it declares: the bytes at line %1, column %2 are not a UTF-8 character. Convert the file to UTF-8, or export the site again.</source>
        <translation>Die Datei ist kein gültiges UTF-8, obwohl sie diese Kodierung angibt: Die Bytes in Zeile %1, Spalte %2 sind kein UTF-8-Zeichen. Wandeln Sie die Datei in UTF-8 um oder exportieren Sie die Website erneut.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>The export is not well-formed XML: %1 (line %2, column %3).</source>
        <translation>Der Export ist kein wohlgeformtes XML: %1 (Zeile %2, Spalte %3).</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The file is not XML, so not a WordPress export: %1 (line %2, column %3).</source>
        <translation>Die Datei ist kein XML und damit kein WordPress-Export: %1 (Zeile %2, Spalte %3).</translation>
    </message>
    <message>
        <location line="+97"/>
        <source>The file has a document type declaration (line %1). A WordPress export has none, and the entities one may declare are refused.</source>
        <translation>Die Datei enthält eine Dokumenttyp-Deklaration (Zeile %1). Ein WordPress-Export hat keine, und die darin möglichen Entitäten werden abgelehnt.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The export nests elements more than %1 deep (line %2, column %3); a WordPress export never does.</source>
        <translation>Der Export verschachtelt Elemente tiefer als %1 Ebenen (Zeile %2, Spalte %3); ein WordPress-Export tut das nie.</translation>
    </message>
    <message>
        <location line="+56"/>
        <source>The file is not a WordPress export: its root element is &lt;%1&gt;, where an export has &lt;rss&gt; (line %2, column %3).</source>
        <translation>Die Datei ist kein WordPress-Export: Ihr Wurzelelement ist &lt;%1&gt;, ein Export hat &lt;rss&gt; (Zeile %2, Spalte %3).</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>This is an RSS feed, not a WordPress export: it does not declare WordPress&apos;s export namespace (line %1). Export the site in wp-admin under Tools → Export.</source>
        <translation>Das ist ein RSS-Feed, kein WordPress-Export: Er deklariert den Export-Namensraum von WordPress nicht (Zeile %1). Exportieren Sie die Website in wp-admin unter Werkzeuge → Daten exportieren.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>The file is not a WordPress export: it has no &lt;channel&gt; element.</source>
        <translation>Die Datei ist kein WordPress-Export: Sie hat kein &lt;channel&gt;-Element.</translation>
    </message>
</context>
<context>
    <name>pw::cli</name>
    <message>
        <location filename="../app/cli/check_command.cpp" line="+30"/>
        <source>Print findings as JSON.</source>
        <translation>Hinweise als JSON ausgeben.</translation>
    </message>
    <message>
        <location line="+2"/>
        <location filename="../app/cli/import_command.cpp" line="+164"/>
        <source>Allowed categories, one per line.</source>
        <translation>Erlaubte Kategorien, eine pro Zeile.</translation>
    </message>
    <message>
        <location line="+0"/>
        <location filename="../app/cli/import_command.cpp" line="+1"/>
        <source>FILE</source>
        <translation>DATEI</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Also run the SEO and readability checks.</source>
        <translation>Auch die SEO- und Lesbarkeitsprüfungen ausführen.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Focus keyphrase (instead of the post&apos;s own).</source>
        <translation>Fokus-Keyphrase (statt der des Beitrags).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>PHRASE</source>
        <translation>WORTGRUPPE</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Posts to check.</source>
        <translation>Zu prüfende Beiträge.</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>FILE...</source>
        <translation>DATEI...</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>check: no file given</source>
        <translation>check: keine Datei angegeben</translation>
    </message>
    <message>
        <location filename="../app/cli/convert_command.cpp" line="+44"/>
        <source>Output format: json, markdown, generator or html.</source>
        <translation>Ausgabeformat: json, markdown, generator oder html.</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../app/cli/import_command.cpp" line="-10"/>
        <location filename="../app/cli/pull_command.cpp" line="+90"/>
        <source>FORMAT</source>
        <translation>FORMAT</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Write to OUT instead of standard output.</source>
        <translation>In AUSGABE statt in die Standardausgabe schreiben.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>OUT</source>
        <translation>AUSGABE</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>How html colours code blocks: inline (default), classes or none.</source>
        <translation>Wie html Codeblöcke färbt: inline (Standard), classes oder none.</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../app/cli/publish_command.cpp" line="+305"/>
        <source>STYLE</source>
        <translation>STIL</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The post to convert.</source>
        <translation>Der zu konvertierende Beitrag.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>convert: give exactly one input file</source>
        <translation>convert: Geben Sie genau eine Eingabedatei an</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>convert: --to json|markdown|generator|html is required</source>
        <translation>convert: --to json|markdown|generator|html ist erforderlich</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>convert: unknown format &quot;%1&quot; (use json, markdown, generator or html)</source>
        <translation>convert: unbekanntes Format „%1“ (verwenden Sie json, markdown, generator oder html)</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>convert: unknown code colours &quot;%1&quot; (use inline, classes or none)</source>
        <translation>convert: unbekannte Codefarben „%1“ (verwenden Sie inline, classes oder none)</translation>
    </message>
    <message numerus="yes">
        <location line="+9"/>
        <source>%1 holds %n posts; only the first was converted. Use &quot;postwright import %1 --out DIR&quot; to convert them all.</source>
        <translation>
            <numerusform>%1 enthält %n Beitrag; nur der erste wurde konvertiert. Verwenden Sie „postwright import %1 --out DIR“, um alle zu konvertieren.</numerusform>
            <numerusform>%1 enthält %n Beiträge; nur der erste wurde konvertiert. Verwenden Sie „postwright import %1 --out DIR“, um alle zu konvertieren.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+26"/>
        <source>convert: %1 is the input file; choose another output</source>
        <translation>convert: %1 ist die Eingabedatei; wählen Sie eine andere Ausgabe</translation>
    </message>
    <message>
        <location filename="../app/cli/findings_output.cpp" line="+22"/>
        <source>(suggestion: %1)</source>
        <translation>(Vorschlag: %1)</translation>
    </message>
    <message>
        <location filename="../app/cli/command_line.cpp" line="+46"/>
        <source>&apos;%1&apos; is not a postwright command.</source>
        <translation>&apos;%1&apos; ist kein postwright-Befehl.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Did you mean &apos;%1&apos;?</source>
        <translation>Meinten Sie &apos;%1&apos;?</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The commands are: %1. &apos;postwright --help&apos; shows how to use them.</source>
        <translation>Die Befehle sind: %1. &apos;postwright --help&apos; zeigt, wie man sie benutzt.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>To open a file of that name in the editor, give its path: postwright ./%1</source>
        <translation>Um eine Datei dieses Namens im Editor zu öffnen, geben Sie ihren Pfad an: postwright ./%1</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Usage:
  postwright [FILE...]                 open files in the editor
  postwright check FILE... [--json] [--categories FILE] [--seo [--keyphrase PHRASE]]
                                       check metadata and body (--seo: also SEO and
                                       readability checks and scores); exit 0 when no file
                                       has an error, 1 when one has, 2 when a file
                                       cannot be read
                 [--lang LANG] [--no-spelling] [--suggest]
                                       spelling in LANG (default: the post&apos;s &apos;lang&apos;);
                                       words in the personal dictionary are accepted;
                                       --suggest: corrections too (slower)
  postwright convert FILE --to json|markdown|generator|html [-o OUT]
                                       convert a post (html: the page File &gt; Export &gt;
                                       As HTML writes); stdout unless -o
  postwright import FILE_OR_DIR... --out DIR [--to markdown|generator] [--force]
                    [--progress] [--json] [--categories FILE]
                                       every post of WordPress JSON files (folders are
                                       searched for *.json) to one file per slug; never
                                       overwrites unless --force; exit 0 ok, 1 posts
                                       skipped for errors, 2 input unreadable
  postwright site add NAME URL --user USER [--json]
                                       add a WordPress site: checks the Application
                                       Password (POSTWRIGHT_APP_PASSWORD, else asked)
                                       and keeps it in the system keyring
  postwright site list | remove NAME [--json]
  postwright pull --site NAME --out DIR [--status STATUS] [--since DATE]
                  [--to markdown|generator] [--force] [--progress] [--json]
                                       every post of the site to one file per slug,
                                       as import writes them
  postwright publish FILE... --site NAME [--status draft|pending|future|publish]
                     [--date DATE] [--force] [--overwrite | --new-draft] [--json]
                                       create or update each post on the site (refused
                                       on errors unless --force; a post changed on the
                                       site is a conflict: exit 1)
  postwright --help | --version

Formats read: the generator text format, Markdown with or without YAML front matter,
Postwright post JSON. The format is recognised from the content.
</source>
        <translation>Aufruf:
  postwright [DATEI...]                Dateien im Editor öffnen
  postwright check DATEI... [--json] [--categories DATEI] [--seo [--keyphrase WORTGRUPPE]]
                                       Metadaten und Text prüfen (--seo: auch SEO- und
                                       Lesbarkeitsprüfungen und -bewertungen); Exit-Code 0,
                                       wenn keine Datei einen Fehler hat, 1, wenn eine
                                       einen hat, 2, wenn eine Datei nicht lesbar ist
                 [--lang SPRACHE] [--no-spelling] [--suggest]
                                       Rechtschreibung in SPRACHE (Vorgabe: &apos;lang&apos; des
                                       Beitrags); Wörter im persönlichen Wörterbuch gelten;
                                       --suggest: auch Korrekturen (langsamer)
  postwright convert DATEI --to json|markdown|generator|html [-o AUSGABE]
                                       einen Beitrag konvertieren (html: die Seite, die
                                       Datei &gt; Exportieren &gt; Als HTML schreibt); ohne -o
                                       auf stdout
  postwright import DATEI_ODER_ORDNER... --out ORDNER [--to markdown|generator] [--force]
                    [--progress] [--json] [--categories DATEI]
                                       alle Beiträge von WordPress-JSON-Dateien (Ordner
                                       werden nach *.json durchsucht) in je eine Datei pro
                                       Slug; überschreibt nur mit --force; Exit-Code 0 ok,
                                       1 Beiträge wegen Fehlern übersprungen, 2 Eingabe
                                       nicht lesbar
  postwright site add NAME URL --user BENUTZER [--json]
                                       eine WordPress-Website hinzufügen: prüft das
                                       Anwendungspasswort (POSTWRIGHT_APP_PASSWORD, sonst
                                       wird es abgefragt) und legt es im Schlüsselbund des
                                       Systems ab
  postwright site list | remove NAME [--json]
  postwright pull --site NAME --out ORDNER [--status STATUS] [--since DATUM]
                  [--to markdown|generator] [--force] [--progress] [--json]
                                       alle Beiträge der Website in je eine Datei pro Slug,
                                       wie import sie schreibt
  postwright publish DATEI... --site NAME [--status draft|pending|future|publish]
                     [--date DATUM] [--force] [--overwrite | --new-draft] [--json]
                                       jeden Beitrag auf der Website anlegen oder
                                       aktualisieren (bei Fehlern nur mit --force; ein
                                       auf der Website geänderter Beitrag ist ein Konflikt:
                                       Exit-Code 1)
  postwright --help | --version

Gelesene Formate: das Textformat des Generators, Markdown mit oder ohne YAML-Front-Matter,
Postwright-Beitrags-JSON. Das Format wird am Inhalt erkannt.
</translation>
    </message>
    <message>
        <location line="+44"/>
        <source>
Running import again skips each post whose file already holds the same text; a file
with other content is kept and named in the summary (--force overwrites it).
A first word that is neither a command nor an existing file is a mistyped command
(exit 2); to open a new file whose name has no dot, give its path: postwright ./NAME
</source>
        <translation>
Ein erneuter Import überspringt jeden Beitrag, dessen Datei schon denselben Text enthält;
eine Datei mit anderem Inhalt bleibt erhalten und wird in der Zusammenfassung genannt
(--force überschreibt sie).
Ein erstes Wort, das weder ein Befehl noch eine vorhandene Datei ist, gilt als vertippter
Befehl (Exit-Code 2); um eine neue Datei ohne Punkt im Namen zu öffnen, geben Sie ihren
Pfad an: postwright ./NAME
</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>
A WordPress export file (WXR: wp-admin, Tools &gt; Export) is imported the same way:
  postwright import export.xml --out DIR [--pages] [--no-posts] [--status LIST|all]
                    [--protected] [--download-images]
                                       published posts by default; --pages adds the
                                       pages, --status publish,draft,pending,private,
                                       future,trash or all; password-protected posts
                                       are listed unless --protected; --download-images
                                       copies the site&apos;s images into DIR/images
</source>
        <translation>
Eine WordPress-Exportdatei (WXR: wp-admin, Werkzeuge &gt; Daten exportieren) wird ebenso importiert:
  postwright import export.xml --out ORDNER [--pages] [--no-posts] [--status LISTE|all]
                    [--protected] [--download-images]
                                       standardmäßig die veröffentlichten Beiträge;
                                       --pages nimmt die Seiten hinzu, --status publish,
                                       draft,pending,private,future,trash oder all;
                                       passwortgeschützte Beiträge werden aufgeführt,
                                       außer mit --protected; --download-images kopiert
                                       die Bilder der Website nach ORDNER/images
</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>
convert --to html and publish colour fenced code that names a language:
  --code-colours inline|classes|none
                                       inline (default): style attributes that keep
                                       their colours anywhere; classes: class=&quot;hl-...&quot;
                                       (a page brings its stylesheet; a published post
                                       relies on the site&apos;s theme); none: plain code
</source>
        <translation>
convert --to html und publish färben eingezäunten Code, der eine Sprache nennt:
  --code-colours inline|classes|none
                                       inline (Standard): style-Attribute, die ihre
                                       Farben überall behalten; classes: class=&quot;hl-...&quot;
                                       (eine Seite bringt ihr Stylesheet mit, ein
                                       veröffentlichter Beitrag verlässt sich auf das
                                       Theme der Website); none: Code ohne Farben
</translation>
    </message>
    <message numerus="yes">
        <location filename="../app/cli/post_files_writer.cpp" line="+55"/>
        <source>%n post(s) with categories to fix</source>
        <translation>
            <numerusform>%n Beitrag mit zu korrigierenden Kategorien</numerusform>
            <numerusform>%n Beiträge mit zu korrigierenden Kategorien</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n post(s) with tags to add by hand</source>
        <translation>
            <numerusform>%n Beitrag mit von Hand hinzuzufügenden Schlagwörtern</numerusform>
            <numerusform>%n Beiträge mit von Hand hinzuzufügenden Schlagwörtern</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+5"/>
        <source>%n post(s) with scripts or unsafe HTML removed</source>
        <translation>
            <numerusform>%n Beitrag mit entfernten Skripten oder unsicherem HTML</numerusform>
            <numerusform>%n Beiträge mit entfernten Skripten oder unsicherem HTML</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>%n post(s) with embeds or structure lost</source>
        <translation>
            <numerusform>%n Beitrag mit verlorenen Einbettungen oder Strukturen</numerusform>
            <numerusform>%n Beiträge mit verlorenen Einbettungen oder Strukturen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n post(s) with repaired characters</source>
        <translation>
            <numerusform>%n Beitrag mit reparierten Zeichen</numerusform>
            <numerusform>%n Beiträge mit reparierten Zeichen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>%n post(s) without a title or description</source>
        <translation>
            <numerusform>%n Beitrag ohne Titel oder Beschreibung</numerusform>
            <numerusform>%n Beiträge ohne Titel oder Beschreibung</numerusform>
        </translation>
    </message>
    <message>
        <location line="+30"/>
        <source>%1: post %2</source>
        <translation>%1: Beitrag %2</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1: post %2 (%3)</source>
        <translation>%1: Beitrag %2 (%3)</translation>
    </message>
    <message>
        <location filename="../app/cli/import_command.cpp" line="-101"/>
        <source>%1: no such file or folder</source>
        <translation>%1: Datei oder Ordner nicht gefunden</translation>
    </message>
    <message>
        <location filename="../app/cli/post_files_writer.cpp" line="+37"/>
        <source>%1 skipped</source>
        <translation>%1 übersprungen</translation>
    </message>
    <message>
        <location line="-9"/>
        <source>%1 unchanged</source>
        <translation>%1 unverändert</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 differs, not overwritten</source>
        <translation>%1 weicht ab, nicht überschrieben</translation>
    </message>
    <message>
        <location line="+36"/>
        <source>%1: error: %2 (skipped)
</source>
        <translation>%1: Fehler: %2 (übersprungen)
</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1: exists with different content; not overwritten (skipped)
</source>
        <translation>%1: existiert mit anderem Inhalt; nicht überschrieben (übersprungen)
</translation>
    </message>
    <message numerus="yes">
        <location line="+21"/>
        <source>%n post(s) skipped for errors</source>
        <translation>
            <numerusform>%n Beitrag wegen Fehlern übersprungen</numerusform>
            <numerusform>%n Beiträge wegen Fehlern übersprungen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>%n file(s) could not be read</source>
        <translation>
            <numerusform>%n Datei konnte nicht gelesen werden</numerusform>
            <numerusform>%n Dateien konnten nicht gelesen werden</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+4"/>
        <source>Cancelled: %n post(s) written to %1 before stopping; every file written is complete.</source>
        <translation>
            <numerusform>Abgebrochen: %n Beitrag wurde vor dem Abbruch nach %1 geschrieben; jede geschriebene Datei ist vollständig.</numerusform>
            <numerusform>Abgebrochen: %n Beiträge wurden vor dem Abbruch nach %1 geschrieben; jede geschriebene Datei ist vollständig.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../app/cli/import_command.cpp" line="+237"/>
        <source>Imported %n post(s) into %1.</source>
        <translation>
            <numerusform>%n Beitrag nach %1 importiert.</numerusform>
            <numerusform>%n Beiträge nach %1 importiert.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../app/cli/post_files_writer.cpp" line="+8"/>
        <source>Skipped %n unchanged post(s) (already imported).</source>
        <translation>
            <numerusform>%n unveränderter Beitrag übersprungen (bereits importiert).</numerusform>
            <numerusform>%n unveränderte Beiträge übersprungen (bereits importiert).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+4"/>
        <source>Skipped %n post(s) whose file exists with different content (--force overwrites).</source>
        <translation>
            <numerusform>%n Beitrag übersprungen, dessen Datei mit anderem Inhalt existiert (--force überschreibt).</numerusform>
            <numerusform>%n Beiträge übersprungen, deren Datei mit anderem Inhalt existiert (--force überschreibt).</numerusform>
        </translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Needs attention: %1.</source>
        <translation>Zu prüfen: %1.</translation>
    </message>
    <message>
        <location filename="../app/cli/import_command.cpp" line="-224"/>
        <source>%1: the folder holds no .json files or WordPress exports</source>
        <translation>%1: Der Ordner enthält keine .json-Dateien und keine WordPress-Exporte</translation>
    </message>
    <message>
        <location line="+85"/>
        <location filename="../app/cli/pull_command.cpp" line="-10"/>
        <source>Folder to write the posts to.</source>
        <translation>Ordner, in den die Beiträge geschrieben werden.</translation>
    </message>
    <message>
        <location line="+0"/>
        <location filename="../app/cli/pull_command.cpp" line="+0"/>
        <source>DIR</source>
        <translation>ORDNER</translation>
    </message>
    <message>
        <location line="+2"/>
        <location filename="../app/cli/pull_command.cpp" line="+9"/>
        <source>Output format: markdown (default) or generator.</source>
        <translation>Ausgabeformat: markdown (Vorgabe) oder generator.</translation>
    </message>
    <message>
        <location line="+3"/>
        <location filename="../app/cli/pull_command.cpp" line="+3"/>
        <source>Overwrite files that already exist.</source>
        <translation>Bereits vorhandene Dateien überschreiben.</translation>
    </message>
    <message>
        <location line="+3"/>
        <location filename="../app/cli/pull_command.cpp" line="+3"/>
        <source>Show progress even when stderr is not a terminal.</source>
        <translation>Fortschritt auch anzeigen, wenn stderr kein Terminal ist.</translation>
    </message>
    <message>
        <location line="+2"/>
        <location filename="../app/cli/pull_command.cpp" line="+2"/>
        <source>Print the summary as JSON.</source>
        <translation>Die Zusammenfassung als JSON ausgeben.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>WordPress export: import its pages too.</source>
        <translation>WordPress-Export: auch seine Seiten importieren.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>WordPress export: leave its posts out (with --pages: pages only).</source>
        <translation>WordPress-Export: seine Beiträge auslassen (mit --pages: nur Seiten).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>WordPress export: the statuses to import, comma-separated: publish, draft, pending, private, future, trash, or all (default: publish).</source>
        <translation>WordPress-Export: die zu importierenden Status, durch Kommas getrennt: publish, draft, pending, private, future, trash oder all (Standard: publish).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>LIST</source>
        <translation>LISTE</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>WordPress export: import password-protected posts with their content (listed and left out otherwise).</source>
        <translation>WordPress-Export: passwortgeschützte Beiträge mit ihrem Inhalt importieren (sonst aufgeführt und ausgelassen).</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>WordPress export: download the images the posts use from the export&apos;s site into DIR/images and link them there; failed ones keep the site&apos;s address.</source>
        <translation>WordPress-Export: die Bilder der Beiträge von der Website des Exports nach ORDNER/images herunterladen und dorthin verlinken; fehlgeschlagene behalten die Adresse der Website.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>WordPress JSON files or WordPress export (WXR) files, or folders of them.</source>
        <translation>WordPress-JSON-Dateien oder WordPress-Exportdateien (WXR) oder Ordner mit solchen.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>FILE_OR_DIR...</source>
        <translation>DATEI_ODER_ORDNER...</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>import: no file or folder given</source>
        <translation>import: keine Datei und kein Ordner angegeben</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>import: --out DIR is required</source>
        <translation>import: --out ORDNER ist erforderlich</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>import: unknown format &quot;%1&quot; (use markdown or generator)</source>
        <translation>import: unbekanntes Format „%1“ (verwenden Sie markdown oder generator)</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>import: --no-posts without --pages leaves nothing to import</source>
        <translation>import: --no-posts ohne --pages lässt nichts zu importieren übrig</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>import: unknown status &quot;%1&quot; (use %2 or all)</source>
        <translation>import: unbekannter Status „%1“ (verwenden Sie %2 oder all)</translation>
    </message>
    <message>
        <location line="+11"/>
        <location filename="../app/cli/pull_command.cpp" line="+46"/>
        <source>%1: cannot create the output folder</source>
        <translation>%1: Der Ausgabeordner kann nicht angelegt werden</translation>
    </message>
    <message>
        <location filename="../app/cli/seo_output.cpp" line="+28"/>
        <source> [lines %1]</source>
        <translation> [Zeilen %1]</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>%1: seo %2/100 (%3), readability %4/100 (%5)</source>
        <translation>%1: SEO %2/100 (%3), Lesbarkeit %4/100 (%5)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>, Flesch %1</source>
        <translation>, Flesch %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>, keyphrase &quot;%1&quot;</source>
        <translation>, Keyphrase „%1“</translation>
    </message>
    <message>
        <location filename="../app/cli/spelling_check.cpp" line="+34"/>
        <source>Spelling language (en_US, de_DE, ...) instead of the post&apos;s &apos;lang&apos; or the default.</source>
        <translation>Sprache der Rechtschreibprüfung (en_US, de_DE, ...) statt &apos;lang&apos; des Beitrags oder der Vorgabe.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>LANG</source>
        <translation>SPRACHE</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Do not check spelling.</source>
        <translation>Rechtschreibung nicht prüfen.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Suggest corrections for misspelled words (slower).</source>
        <translation>Korrekturen für falsch geschriebene Wörter vorschlagen (langsamer).</translation>
    </message>
    <message>
        <location filename="../app/cli/password_prompt.cpp" line="+51"/>
        <source>No terminal to ask for the Application Password on: set POSTWRIGHT_APP_PASSWORD.</source>
        <translation>Kein Terminal, um nach dem Anwendungspasswort zu fragen: Setzen Sie POSTWRIGHT_APP_PASSWORD.</translation>
    </message>
    <message>
        <location filename="../app/cli/publish_command.cpp" line="-253"/>
        <source>  title: theirs “%1”, ours “%2”</source>
        <translation>  Titel: Website „%1“, Ihre Fassung „%2“</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>  body: differs from line %1: theirs “%2”, ours “%3”</source>
        <translation>  Text: weicht ab Zeile %1 ab: Website „%2“, Ihre Fassung „%3“</translation>
    </message>
    <message>
        <location line="+103"/>
        <source>%1: published, but the file could not record it: %2</source>
        <translation>%1: veröffentlicht, aber in der Datei ließ sich das nicht vermerken: %2</translation>
    </message>
    <message>
        <location line="+49"/>
        <source>%1: not published: fix the errors above, or publish anyway with --force.</source>
        <translation>%1: nicht veröffentlicht: Beheben Sie die obigen Fehler, oder veröffentlichen Sie trotzdem mit --force.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>%1: %2 as post %3: %4</source>
        <translation>%1: %2 als Beitrag %3: %4</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>  new on the site: %1</source>
        <translation>  neu auf der Website: %1</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>  images: %1 uploaded, %2 already there</source>
        <translation>  Bilder: %1 hochgeladen, %2 bereits vorhanden</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>  the description went to %1</source>
        <translation>  Beschreibung gespeichert in: %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the excerpt (the site has no SEO plugin field for it)</source>
        <translation>Textauszug (die Website hat dafür kein Feld eines SEO-Plugins)</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>  --overwrite writes yours over theirs; --new-draft publishes yours as a new draft; postwright pull fetches theirs.</source>
        <translation>  --overwrite schreibt Ihre Fassung über die der Website; --new-draft veröffentlicht Ihre Fassung als neuen Entwurf; postwright pull holt die der Website.</translation>
    </message>
    <message>
        <location line="+38"/>
        <location filename="../app/cli/pull_command.cpp" line="-66"/>
        <source>The site&apos;s name.</source>
        <translation>Der Name der Website.</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../app/cli/pull_command.cpp" line="+1"/>
        <source>NAME</source>
        <translation>NAME</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>draft (default), pending, future or publish.</source>
        <translation>draft (Vorgabe), pending, future oder publish.</translation>
    </message>
    <message>
        <location line="+0"/>
        <location filename="../app/cli/pull_command.cpp" line="+6"/>
        <source>STATUS</source>
        <translation>STATUS</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Publication date (ISO 8601); a future one schedules.</source>
        <translation>Veröffentlichungsdatum (ISO 8601); ein künftiges plant den Beitrag ein.</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../app/cli/pull_command.cpp" line="+3"/>
        <source>DATE</source>
        <translation>DATUM</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Publish despite errors in the checks.</source>
        <translation>Trotz Fehlern in den Prüfungen veröffentlichen.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>On a conflict, write this over the site&apos;s post.</source>
        <translation>Bei einem Konflikt diesen Beitrag über den der Website schreiben.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>On a conflict, publish this as a new draft.</source>
        <translation>Bei einem Konflikt diesen Beitrag als neuen Entwurf veröffentlichen.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Print the results as JSON.</source>
        <translation>Die Ergebnisse als JSON ausgeben.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>How code blocks are coloured: inline (default), classes or none.</source>
        <translation>Wie Codeblöcke gefärbt werden: inline (Standard), classes oder none.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>publish: FILE... and --site NAME are required</source>
        <translation>publish: DATEI... und --site NAME sind erforderlich</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>publish: unknown status &quot;%1&quot; (use %2)</source>
        <translation>publish: unbekannter Status „%1“ (verwenden Sie %2)</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>publish: &quot;%1&quot; is not a date (use 2026-01-31T09:00:00Z)</source>
        <translation>publish: „%1“ ist kein Datum (verwenden Sie 2026-01-31T09:00:00Z)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>publish: --overwrite and --new-draft exclude each other</source>
        <translation>publish: --overwrite und --new-draft schließen einander aus</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>publish: unknown code colours &quot;%1&quot; (use inline, classes or none)</source>
        <translation>publish: unbekannte Codefarben „%1“ (verwenden Sie inline, classes oder none)</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>As %1 (%2) on %3 you may not publish or schedule posts; the site will refuse. Use --status pending to submit them for review.</source>
        <translation>Als %1 (%2) auf %3 dürfen Sie keine Beiträge veröffentlichen oder planen; die Website wird ablehnen. Mit --status pending reichen Sie sie zur Prüfung ein.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>As %1 (%2) on %3 your HTML is filtered by the site: scripts, iframes and some attributes are removed from what you send.</source>
        <translation>Als %1 (%2) auf %3 wird Ihr HTML von der Website gefiltert: Skripte, iframes und manche Attribute werden aus dem Gesendeten entfernt.</translation>
    </message>
    <message>
        <location filename="../app/cli/pull_command.cpp" line="-24"/>
        <source>%1: page %2 of the posts: %3</source>
        <translation>%1: Seite %2 der Beiträge: %3</translation>
    </message>
    <message>
        <location line="-21"/>
        <source>%1 page %2</source>
        <translation>%1 Seite %2</translation>
    </message>
    <message>
        <location line="+40"/>
        <source>Which posts: any (default), publish, draft, pending, future or private.</source>
        <translation>Welche Beiträge: any (Vorgabe), publish, draft, pending, future oder private.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Only posts modified after this date (ISO 8601).</source>
        <translation>Nur Beiträge, die nach diesem Datum geändert wurden (ISO 8601).</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>pull: --site NAME and --out DIR are required</source>
        <translation>pull: --site NAME und --out ORDNER sind erforderlich</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>pull: unknown status &quot;%1&quot; (use %2)</source>
        <translation>pull: unbekannter Status „%1“ (verwenden Sie %2)</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>pull: &quot;%1&quot; is not a date (use 2026-01-31 or 2026-01-31T12:00:00Z)</source>
        <translation>pull: „%1“ ist kein Datum (verwenden Sie 2026-01-31 oder 2026-01-31T12:00:00Z)</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>pull: unknown format &quot;%1&quot; (use markdown or generator)</source>
        <translation>pull: unbekanntes Format „%1“ (verwenden Sie markdown oder generator)</translation>
    </message>
    <message numerus="yes">
        <location line="+25"/>
        <source>Pulled %n post(s) from %1 into %2.</source>
        <translation>
            <numerusform>%n Beitrag von %1 nach %2 geholt.</numerusform>
            <numerusform>%n Beiträge von %1 nach %2 geholt.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/cli/site_command.cpp" line="+49"/>
        <source>you can publish</source>
        <translation>Sie können veröffentlichen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>you can only submit posts for review (no publish_posts)</source>
        <translation>Sie können Beiträge nur zur Prüfung einreichen (kein publish_posts)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the site filters the HTML you send (no unfiltered_html)</source>
        <translation>die Website filtert das HTML, das Sie senden (kein unfiltered_html)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>you cannot upload images (no upload_files)</source>
        <translation>Sie können keine Bilder hochladen (kein upload_files)</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Usage: postwright site add NAME URL --user USER</source>
        <translation>Aufruf: postwright site add NAME URL --user BENUTZER</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>“%1” is not a web address.</source>
        <translation>„%1“ ist keine Webadresse.</translation>
    </message>
    <message>
        <location line="+3"/>
        <location filename="../app/cli/site_connection.cpp" line="+33"/>
        <source>Application Password for %1 at %2: </source>
        <translation>Anwendungspasswort für %1 auf %2: </translation>
    </message>
    <message>
        <location line="+32"/>
        <source>Added “%1”: %2 (%3).</source>
        <translation>„%1“ hinzugefügt: %2 (%3).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>You are %1 (%2) there: %3.</source>
        <translation>Sie sind dort %1 (%2): %3.</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>No sites. Add one with: postwright site add NAME URL --user USER</source>
        <translation>Keine Websites. Fügen Sie eine hinzu mit: postwright site add NAME URL --user BENUTZER</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Usage: postwright site remove NAME</source>
        <translation>Aufruf: postwright site remove NAME</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>There is no site named “%1”.</source>
        <translation>Es gibt keine Website namens „%1“.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Removed “%1” and its password.</source>
        <translation>„%1“ und das zugehörige Passwort entfernt.</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>Usage: postwright site add|list|remove ...</source>
        <translation>Aufruf: postwright site add|list|remove ...</translation>
    </message>
    <message>
        <location filename="../app/cli/site_connection.cpp" line="-13"/>
        <source>There is no site named “%1” (postwright site list shows them; postwright site add adds one).</source>
        <translation>Es gibt keine Website namens „%1“ (postwright site list zeigt sie an; postwright site add fügt eine hinzu).</translation>
    </message>
    <message>
        <location filename="../app/cli/wxr_source_import.cpp" line="+74"/>
        <source>%1: reading the export: %2%</source>
        <translation>%1: Export wird gelesen: %2 %</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1: converting: %2%</source>
        <translation>%1: wird umgewandelt: %2 %</translation>
    </message>
    <message>
        <location line="+45"/>
        <source>The image %1 could not be downloaded: %2. The post keeps linking to the site.</source>
        <translation>Das Bild %1 konnte nicht heruntergeladen werden: %2. Der Beitrag verlinkt weiter auf die Website.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>not attempted</source>
        <translation>nicht versucht</translation>
    </message>
    <message numerus="yes">
        <location line="+99"/>
        <source>%1: a WordPress export of “%2”: %3 of %n post(s) and page(s) imported.</source>
        <translation>
            <numerusform>%1: WordPress-Export von „%2“: %3 von %n Beitrag oder Seite importiert.</numerusform>
            <numerusform>%1: WordPress-Export von „%2“: %3 von %n Beiträgen und Seiten importiert.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+10"/>
        <source>%n for their status (%1; --status chooses)</source>
        <translation>
            <numerusform>%n wegen seines Status (%1; Auswahl mit --status)</numerusform>
            <numerusform>%n wegen ihres Status (%1; Auswahl mit --status)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+4"/>
        <source>%n page(s) (--pages imports them)</source>
        <translation>
            <numerusform>%n Seite (--pages importiert sie)</numerusform>
            <numerusform>%n Seiten (--pages importiert sie)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n post(s) (--no-posts was given)</source>
        <translation>
            <numerusform>%n Beitrag (--no-posts wurde angegeben)</numerusform>
            <numerusform>%n Beiträge (--no-posts wurde angegeben)</numerusform>
        </translation>
    </message>
    <message>
        <location line="+4"/>
        <source>“%1”</source>
        <translation>„%1“</translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n password-protected (--protected imports them): %1</source>
        <translation>
            <numerusform>%n passwortgeschützter (--protected importiert ihn): %1</numerusform>
            <numerusform>%n passwortgeschützte (--protected importiert sie): %1</numerusform>
        </translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Not imported: %1.</source>
        <translation>Nicht importiert: %1.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Other items of the export, not imported: %1.</source>
        <translation>Weitere Einträge des Exports, nicht importiert: %1.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Images: %1 downloaded, %2 already present, %3 failed (their links keep the site&apos;s address).</source>
        <translation>Bilder: %1 heruntergeladen, %2 schon vorhanden, %3 fehlgeschlagen (ihre Links behalten die Adresse der Website).</translation>
    </message>
</context>
<context>
    <name>pw::gui::AddSiteDialog</name>
    <message>
        <location filename="../app/gui/dialogs/add_site_dialog.cpp" line="+20"/>
        <source>Add Site</source>
        <translation>Website hinzufügen</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Edit Site “%1”</source>
        <translation>Website „%1“ bearbeiten</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Leave empty to keep the stored password</source>
        <translation>Leer lassen, um das gespeicherte Passwort zu behalten</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Check and Save</source>
        <translation>Prüfen und speichern</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Short name, e.g. blog (default: the host name)</source>
        <translation>Kurzname, z. B. blog (Vorgabe: der Hostname)</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>&amp;Address:</source>
        <translation>&amp;Adresse:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;User name:</source>
        <translation>&amp;Benutzername:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Application &amp;Password:</source>
        <translation>Anwendungs&amp;passwort:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Name:</source>
        <translation>&amp;Name:</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Stop</source>
        <translation>Anhalten</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Checking the site…</source>
        <translation>Die Website wird geprüft…</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Check and &amp;Add</source>
        <translation>Prüfen und &amp;hinzufügen</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>Create an Application Password for Postwright on your profile page on the site; the link appears here once the address is entered.</source>
        <translation>Legen Sie auf Ihrer Profilseite auf der Website ein Anwendungspasswort für Postwright an; der Link erscheint hier, sobald die Adresse eingegeben ist.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Create an Application Password for Postwright on your profile page: %1</source>
        <translation>Legen Sie auf Ihrer Profilseite ein Anwendungspasswort für Postwright an: %1</translation>
    </message>
    <message>
        <location line="+78"/>
        <source>Close</source>
        <translation>Schließen</translation>
    </message>
</context>
<context>
    <name>pw::gui::BoldHeadingsAction</name>
    <message>
        <location filename="../app/gui/window/bold_headings_action.cpp" line="+20"/>
        <source>Make Bold Lines &amp;Headings</source>
        <translation>Fette Zeilen zu &amp;Überschriften machen</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Turn paragraphs that are only bold text into headings, so the outline and search engines see the structure</source>
        <translation>Absätze, die nur aus fettem Text bestehen, in Überschriften umwandeln, damit Gliederung und Suchmaschinen die Struktur erkennen</translation>
    </message>
    <message numerus="yes">
        <location line="+22"/>
        <source>Headings made from bold lines: %n.</source>
        <translation>
            <numerusform>Aus fetten Zeilen gemachte Überschriften: %n.</numerusform>
            <numerusform>Aus fetten Zeilen gemachte Überschriften: %n.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No bold lines that look like headings.</source>
        <translation>Keine fetten Zeilen, die wie Überschriften aussehen.</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Make “%1” a Heading</source>
        <translation>„%1“ zur Überschrift machen</translation>
    </message>
</context>
<context>
    <name>pw::gui::CategoryPicker</name>
    <message>
        <location filename="../app/gui/panels/category_picker.cpp" line="+30"/>
        <source>Search categories…</source>
        <translation>Kategorien durchsuchen…</translation>
    </message>
    <message>
        <location line="+110"/>
        <source>No category chosen yet.</source>
        <translation>Noch keine Kategorie gewählt.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Chosen: %1</source>
        <translation>Gewählt: %1</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>“%1” is new on this site</source>
        <translation>„%1“ ist neu auf dieser Website</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Use “%1”</source>
        <translation>„%1“ verwenden</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The site&apos;s other posts use “%2”. Replace “%1” with it.</source>
        <translation>Die anderen Beiträge der Website verwenden „%2“. „%1“ dadurch ersetzen.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>“%1” is not an allowed category. Replace it with “%2”.</source>
        <translation>„%1“ ist keine erlaubte Kategorie. Ersetzen Sie sie durch „%2“.</translation>
    </message>
    <message>
        <location line="-17"/>
        <source>Remove “%1”</source>
        <translation>„%1“ entfernen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>“%1” is not allowed</source>
        <translation>„%1“ ist nicht erlaubt</translation>
    </message>
</context>
<context>
    <name>pw::gui::ConflictDialog</name>
    <message>
        <location filename="../app/gui/dialogs/conflict_dialog.cpp" line="+78"/>
        <source>Overwrite Theirs</source>
        <translation>Fassung der Website überschreiben</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Open Theirs in a New Tab</source>
        <translation>Fassung der Website in neuem Tab öffnen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Publish Mine as a New Draft</source>
        <translation>Ihre Fassung als neuen Entwurf veröffentlichen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Changed on %1</source>
        <translation>Auf %1 geändert</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Someone changed this post on %1 since you opened it. Compare the two versions and choose what to do. Overwrite Theirs replaces their version with yours: their changes are lost on the site.</source>
        <translation>Jemand hat diesen Beitrag auf %1 geändert, seit Sie ihn geöffnet haben. Vergleichen Sie die beiden Fassungen, und wählen Sie, was geschehen soll. „Fassung der Website überschreiben“ ersetzt die Fassung der Website durch Ihre: Die dort vorgenommenen Änderungen gehen auf der Website verloren.</translation>
    </message>
    <message>
        <location line="+5"/>
        <location line="+23"/>
        <source>Your version</source>
        <translation>Ihre Fassung</translation>
    </message>
    <message>
        <location line="-20"/>
        <source>Based on the version of %1 on the site.</source>
        <translation>Beruht auf dem Stand der Website vom %1.</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+19"/>
        <source>On %1</source>
        <translation>Auf %1</translation>
    </message>
    <message>
        <location line="-15"/>
        <source>changed %1 by %2</source>
        <translation>geändert am %1 von %2</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>changed %1</source>
        <translation>geändert am %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>by %1</source>
        <translation>von %1</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Field</source>
        <translation>Feld</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Title, meta description, slug, tags, categories and status are the same on both sides.</source>
        <translation>Titel, Meta-Beschreibung, Slug, Schlagwörter, Kategorien und Status sind auf beiden Seiten gleich.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Replace the version on %1 with yours. Their changes are lost on the site.</source>
        <translation>Die Fassung auf %1 durch Ihre ersetzen. Die dort vorgenommenen Änderungen gehen auf der Website verloren.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Open their version in a new tab to compare or merge by hand. Yours stays as it is; nothing is published.</source>
        <translation>Die Fassung der Website in einem neuen Tab öffnen, um von Hand zu vergleichen oder zusammenzuführen. Ihre Fassung bleibt, wie sie ist; nichts wird veröffentlicht.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Leave their version on %1 as it is and publish yours as a separate new draft.</source>
        <translation>Die Fassung auf %1 lassen, wie sie ist, und Ihre als eigenen neuen Entwurf veröffentlichen.</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>The texts differ in too many lines to compare them line by line; the differing part is shown as one block.</source>
        <translation>Die Texte weichen in zu vielen Zeilen ab, um sie Zeile für Zeile zu vergleichen; der abweichende Teil wird als ein Block gezeigt.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>The text is the same on both sides.</source>
        <translation>Der Text ist auf beiden Seiten gleich.</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Title</source>
        <translation>Titel</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Meta description</source>
        <translation>Meta-Beschreibung</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Slug</source>
        <translation>Slug</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Tags</source>
        <translation>Schlagwörter</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Categories</source>
        <translation>Kategorien</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
</context>
<context>
    <name>pw::gui::CopyHtmlAction</name>
    <message>
        <location filename="../app/gui/window/copy_html_action.cpp" line="+25"/>
        <source>Copy as &amp;HTML</source>
        <translation>Als &amp;HTML kopieren</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Ctrl+Shift+C</source>
        <translation>Ctrl+Shift+C</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Copy the selection, or the whole post without its title, as HTML for a CMS</source>
        <translation>Die Auswahl oder den ganzen Beitrag ohne Titel als HTML für ein CMS kopieren</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>Nothing to copy: the selection is blank</source>
        <translation>Nichts zu kopieren: Die Auswahl ist leer</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Nothing to copy: the post has no text</source>
        <translation>Nichts zu kopieren: Der Beitrag hat keinen Text</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Copied the selection as HTML</source>
        <translation>Auswahl als HTML kopiert</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Copied the whole post as HTML (without the title)</source>
        <translation>Ganzen Beitrag als HTML kopiert (ohne Titel)</translation>
    </message>
</context>
<context>
    <name>pw::gui::Document</name>
    <message>
        <location filename="../app/gui/document/document.cpp" line="+108"/>
        <source>%1 (imported)</source>
        <translation>%1 (importiert)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Untitled</source>
        <translation>Unbenannt</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>untitled</source>
        <translation>unbenannt</translation>
    </message>
</context>
<context>
    <name>pw::gui::DocumentManager</name>
    <message>
        <location filename="../app/gui/document/document_manager.cpp" line="+83"/>
        <source>Post %1 of %2: %3</source>
        <translation>Beitrag %1 von %2: %3</translation>
    </message>
</context>
<context>
    <name>pw::gui::DocumentTabs</name>
    <message>
        <location filename="../app/gui/window/document_tabs.cpp" line="+40"/>
        <source>Ne&amp;xt Tab</source>
        <translation>Nächs&amp;ter Tab</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Previous Tab</source>
        <translation>&amp;Vorheriger Tab</translation>
    </message>
</context>
<context>
    <name>pw::gui::EditorSpelling</name>
    <message>
        <location filename="../app/gui/spelling/editor_spelling.cpp" line="+109"/>
        <source>(No suggestions)</source>
        <translation>(Keine Vorschläge)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Add “%1” to Dictionary</source>
        <translation>„%1“ zum Wörterbuch hinzufügen</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Ignore All in This Document</source>
        <translation>In diesem Dokument überall ignorieren</translation>
    </message>
</context>
<context>
    <name>pw::gui::EditorZoom</name>
    <message>
        <location filename="../app/gui/window/editor_zoom.cpp" line="+30"/>
        <source>Zoom &amp;In</source>
        <translation>Ver&amp;größern</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Zoom &amp;Out</source>
        <translation>Ver&amp;kleinern</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Reset &amp;Zoom</source>
        <translation>&amp;Originalgröße</translation>
    </message>
</context>
<context>
    <name>pw::gui::FileCommands</name>
    <message>
        <location filename="../app/gui/window/file_commands.cpp" line="+93"/>
        <source>Cannot open file</source>
        <translation>Datei kann nicht geöffnet werden</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Opened %1</source>
        <translation>%1 geöffnet</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Some posts were not imported</source>
        <translation>Einige Beiträge wurden nicht importiert</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Cannot import file</source>
        <translation>Datei kann nicht importiert werden</translation>
    </message>
    <message numerus="yes">
        <location line="+8"/>
        <source>Imported %n post(s) from %1</source>
        <translation>
            <numerusform>%n Beitrag aus %1 importiert</numerusform>
            <numerusform>%n Beiträge aus %1 importiert</numerusform>
        </translation>
    </message>
    <message>
        <location line="+36"/>
        <source>“%1” is open already</source>
        <translation>„%1“ ist bereits geöffnet</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Opened “%1” from %2</source>
        <translation>„%1“ von %2 geöffnet</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Untitled</source>
        <translation>Unbenannt</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Open Posts</source>
        <translation>Beiträge öffnen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Posts (*.md *.markdown *.txt *.json);;All files (*)</source>
        <translation>Beiträge (*.md *.markdown *.txt *.json);;Alle Dateien (*)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Import WordPress Posts</source>
        <translation>WordPress-Beiträge importieren</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>WordPress exports (*.xml *.json);;WordPress export file (WXR) (*.xml);;WordPress REST API export (*.json);;All files (*)</source>
        <translation>WordPress-Exporte (*.xml *.json);;WordPress-Exportdatei (WXR) (*.xml);;WordPress-REST-API-Export (*.json);;Alle Dateien (*)</translation>
    </message>
    <message>
        <location line="+60"/>
        <location line="+48"/>
        <source>Cannot save</source>
        <translation>Speichern nicht möglich</translation>
    </message>
    <message>
        <location line="-47"/>
        <source>%1

Your text is still here and nothing was overwritten. Save it somewhere else?</source>
        <translation>%1

Ihr Text ist noch da, und nichts wurde überschrieben. An einem anderen Ort speichern?</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Saved %1</source>
        <translation>%1 gespeichert</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>untitled</source>
        <translation>unbenannt</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Save Post As</source>
        <translation>Beitrag speichern unter</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>%1

Your text is still here.</source>
        <translation>%1

Ihr Text ist noch da.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Unsaved changes</source>
        <translation>Ungespeicherte Änderungen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>“%1” has changes that are not saved. Save them?</source>
        <translation>„%1“ hat ungespeicherte Änderungen. Speichern?</translation>
    </message>
</context>
<context>
    <name>pw::gui::FileWatch</name>
    <message>
        <location filename="../app/gui/document/file_watch.cpp" line="+83"/>
        <source>File deleted</source>
        <translation>Datei gelöscht</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>“%1” was deleted or moved by another program.

Your text is still here. Save it to keep it.</source>
        <translation>„%1“ wurde von einem anderen Programm gelöscht oder verschoben.

Ihr Text ist noch da. Speichern Sie ihn, um ihn zu behalten.</translation>
    </message>
    <message>
        <location line="+13"/>
        <location line="+43"/>
        <source>File changed on disk</source>
        <translation>Datei auf dem Datenträger geändert</translation>
    </message>
    <message>
        <location line="-42"/>
        <source>“%1” was changed by another program, and you have changes that are not saved.</source>
        <translation>„%1“ wurde von einem anderen Programm geändert, und Sie haben ungespeicherte Änderungen.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Reload the file from disk, or keep your version? If you keep yours, saving replaces the other version.</source>
        <translation>Die Datei neu vom Datenträger laden oder Ihre Fassung behalten? Wenn Sie Ihre behalten, ersetzt das Speichern die andere Fassung.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Reload and Lose My Changes</source>
        <translation>Neu laden und Änderungen verwerfen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Keep Mine</source>
        <translation>Meine behalten</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Cannot reload</source>
        <translation>Neu laden nicht möglich</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1

The document stays as it was.</source>
        <translation>%1

Das Dokument bleibt, wie es war.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>“%1” was changed by another program since you opened it.</source>
        <translation>„%1“ wurde seit dem Öffnen von einem anderen Programm geändert.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Saving replaces that version with yours.</source>
        <translation>Das Speichern ersetzt diese Fassung durch Ihre.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Replace It</source>
        <translation>Ersetzen</translation>
    </message>
</context>
<context>
    <name>pw::gui::FindReplaceBar</name>
    <message>
        <location filename="../app/gui/editor/find_replace_bar.cpp" line="+40"/>
        <source>Match &amp;case</source>
        <translation>&amp;Groß-/Kleinschreibung beachten</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Whole words</source>
        <translation>Nur ganze &amp;Wörter</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Regular e&amp;xpression</source>
        <translation>Regulärer Aus&amp;druck</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Find</source>
        <translation>Suchen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Replace with</source>
        <translation>Ersetzen durch</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Perl-style regular expression; \1, \2… in the replacement insert the captured groups.</source>
        <translation>Regulärer Ausdruck im Perl-Stil; \1, \2… in der Ersetzung fügen die erfassten Gruppen ein.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Previous match (Shift+Enter)</source>
        <translation>Vorherige Fundstelle (Umschalt+Eingabe)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Next match (Enter)</source>
        <translation>Nächste Fundstelle (Eingabe)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Close (Esc)</source>
        <translation>Schließen (Esc)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Replace</source>
        <translation>&amp;Ersetzen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Replace &amp;All</source>
        <translation>&amp;Alle ersetzen</translation>
    </message>
    <message>
        <location line="+42"/>
        <source>&amp;Find…</source>
        <translation>&amp;Suchen…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>R&amp;eplace…</source>
        <translation>&amp;Ersetzen…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Find &amp;Next</source>
        <translation>&amp;Weitersuchen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Find Pre&amp;vious</source>
        <translation>&amp;Rückwärts suchen</translation>
    </message>
    <message>
        <location line="+250"/>
        <source>Invalid pattern</source>
        <translation>Ungültiges Muster</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>No matches</source>
        <translation>Keine Fundstellen</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1 of %2</source>
        <translation>%1 von %2</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>1 match</source>
        <translation>1 Fundstelle</translation>
    </message>
    <message numerus="yes">
        <location line="+0"/>
        <source>%n matches</source>
        <translation>
            <numerusform>%n Fundstelle</numerusform>
            <numerusform>%n Fundstellen</numerusform>
        </translation>
    </message>
    <message>
        <location line="+104"/>
        <source>Replaced 1 match</source>
        <translation>1 Fundstelle ersetzt</translation>
    </message>
    <message numerus="yes">
        <location line="+0"/>
        <source>Replaced %n matches</source>
        <translation>
            <numerusform>%n Fundstelle ersetzt</numerusform>
            <numerusform>%n Fundstellen ersetzt</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>pw::gui::FindingFixes</name>
    <message>
        <location filename="../app/gui/panels/finding_fixes.cpp" line="+74"/>
        <source>Apply: %1</source>
        <translation>Anwenden: %1</translation>
    </message>
</context>
<context>
    <name>pw::gui::FindingsView</name>
    <message>
        <location filename="../app/gui/panels/findings_view.cpp" line="+60"/>
        <source>%1
Suggestion: %2</source>
        <translation>%1
Vorschlag: %2</translation>
    </message>
</context>
<context>
    <name>pw::gui::FocusMode</name>
    <message>
        <location filename="../app/gui/window/focus_mode.cpp" line="+19"/>
        <source>&amp;Focus Mode</source>
        <translation>&amp;Fokusmodus</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Ctrl+Shift+F</source>
        <translation>Ctrl+Shift+F</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Only the editor, full screen (Esc leaves)</source>
        <translation>Nur der Editor, im Vollbild (Esc beendet)</translation>
    </message>
</context>
<context>
    <name>pw::gui::HelpActions</name>
    <message>
        <location filename="../app/gui/window/help_actions.cpp" line="+20"/>
        <source>&amp;Help</source>
        <translation>&amp;Hilfe</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;User Guide</source>
        <translation>&amp;Benutzerhandbuch</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Keyboard Shortcuts</source>
        <translation>&amp;Tastenkürzel</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&amp;About Postwright</source>
        <translation>Ü&amp;ber Postwright</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>User Guide</source>
        <translation>Benutzerhandbuch</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The user guide is not installed here. It is docs/user-guide.md in Postwright&apos;s sources.</source>
        <translation>Das Benutzerhandbuch ist hier nicht installiert. Es liegt in den Quellen von Postwright unter docs/user-guide.md.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>About Postwright</source>
        <translation>Über Postwright</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&lt;h3&gt;Postwright %1&lt;/h3&gt;&lt;p&gt;A desktop editor for SEO blog posts: Markdown with a live preview, metadata checks and SEO analysis.&lt;/p&gt;&lt;p&gt;Copyright © 2026 The Postwright authors. Postwright is free software under the GNU General Public License, version 3 or (at your option) any later version, and comes with no warranty.&lt;/p&gt;&lt;p&gt;Built with Qt %2.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;Postwright %1&lt;/h3&gt;&lt;p&gt;Ein Desktop-Editor für SEO-Blogbeiträge: Markdown mit Live-Vorschau, Prüfung der Metadaten und SEO-Analyse.&lt;/p&gt;&lt;p&gt;Copyright © 2026 Die Autoren von Postwright. Postwright ist freie Software unter der GNU General Public License, Version 3 oder (nach Ihrer Wahl) jeder späteren Version, und wird ohne jede Gewährleistung bereitgestellt.&lt;/p&gt;&lt;p&gt;Erstellt mit Qt %2.&lt;/p&gt;</translation>
    </message>
</context>
<context>
    <name>pw::gui::ImageAltDialog</name>
    <message>
        <location filename="../app/gui/dialogs/image_alt_dialog.cpp" line="+52"/>
        <source>Insert Image</source>
        <translation>Bild einfügen</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Pasted image</source>
        <translation>Eingefügtes Bild</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>What the image shows</source>
        <translation>Was das Bild zeigt</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Alt text:</source>
        <translation>&amp;Alternativtext:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Read to people who cannot see the image, and checked by the SEO analysis.</source>
        <translation>Wird Menschen vorgelesen, die das Bild nicht sehen können, und von der SEO-Analyse geprüft.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>&amp;Copy the image next to the post</source>
        <translation>Bild neben den Beitrag &amp;kopieren</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Into %1, so the post and its image move and publish together. An existing file is never overwritten.</source>
        <translation>Nach %1, damit Beitrag und Bild zusammen verschoben und veröffentlicht werden. Eine vorhandene Datei wird nie überschrieben.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The post has no folder yet: you choose where the image is saved as a PNG file next.</source>
        <translation>Der Beitrag hat noch keinen Ordner: Als Nächstes wählen Sie, wo das Bild als PNG-Datei gespeichert wird.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The image is saved as a PNG file next to the post, named after the alt text.</source>
        <translation>Das Bild wird als PNG-Datei neben dem Beitrag gespeichert, benannt nach dem Alternativtext.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>&amp;Insert</source>
        <translation>&amp;Einfügen</translation>
    </message>
</context>
<context>
    <name>pw::gui::ImageInserter</name>
    <message>
        <location filename="../app/gui/editor/image_inserter.cpp" line="+55"/>
        <source>Save Pasted Image</source>
        <translation>Eingefügtes Bild speichern</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>PNG images (*.png)</source>
        <translation>PNG-Bilder (*.png)</translation>
    </message>
    <message>
        <location line="+7"/>
        <location line="+140"/>
        <source>Insert Image</source>
        <translation>Bild einfügen</translation>
    </message>
    <message>
        <location line="-139"/>
        <source>Images (*.png *.jpg *.jpeg *.gif *.webp *.svg *.avif);;All files (*)</source>
        <translation>Bilder (*.png *.jpg *.jpeg *.gif *.webp *.svg *.avif);;Alle Dateien (*)</translation>
    </message>
    <message>
        <location line="+63"/>
        <source>Could not copy %1 next to the post: %2</source>
        <translation>%1 konnte nicht neben den Beitrag kopiert werden: %2</translation>
    </message>
    <message>
        <location line="+37"/>
        <source>Could not save the pasted image: %1</source>
        <translation>Das eingefügte Bild konnte nicht gespeichert werden: %1</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Not an image a web page can show (PNG, JPEG, GIF, WebP, SVG or AVIF): %1</source>
        <translation>Kein Bild, das eine Webseite anzeigen kann (PNG, JPEG, GIF, WebP, SVG oder AVIF): %1</translation>
    </message>
    <message>
        <location filename="../app/gui/editor/image_insertion.cpp" line="+102"/>
        <source>The image could not be encoded as PNG.</source>
        <translation>Das Bild konnte nicht als PNG kodiert werden.</translation>
    </message>
</context>
<context>
    <name>pw::gui::ImportReviewPanel</name>
    <message>
        <location filename="../app/gui/panels/import_review_panel.cpp" line="+56"/>
        <source>Title</source>
        <translation>Titel</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Description</source>
        <translation>Beschreibung</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Slug</source>
        <translation>Slug</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Tags</source>
        <translation>Schlagwörter</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Categories</source>
        <translation>Kategorien</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Topic</source>
        <translation>Thema</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Body</source>
        <translation>Text</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>File</source>
        <translation>Datei</translation>
    </message>
    <message>
        <location line="+119"/>
        <source>The current document was not imported. File → Import… opens a WordPress export (JSON), one tab a post, and reviews it here.</source>
        <translation>Das aktuelle Dokument wurde nicht importiert. Datei → Importieren… öffnet einen WordPress-Export (JSON), einen Reiter pro Beitrag, und prüft ihn hier.</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>&lt;b&gt;Imported from %1&lt;/b&gt;&lt;br&gt;A new document: nothing is saved yet, and the export is never written to. Save it to keep it as Markdown.</source>
        <translation>&lt;b&gt;Importiert aus %1&lt;/b&gt;&lt;br&gt;Ein neues Dokument: Noch ist nichts gespeichert, und in den Export wird nie geschrieben. Speichern Sie es, um es als Markdown zu behalten.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&lt;b&gt;Imported from %1&lt;/b&gt;&lt;br&gt;Saved as %2. The export was never written to; this review stays here while you work through it.</source>
        <translation>&lt;b&gt;Importiert aus %1&lt;/b&gt;&lt;br&gt;Gespeichert als %2. In den Export wurde nie geschrieben; diese Prüfliste bleibt hier, während Sie sie abarbeiten.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>What was mapped</source>
        <translation>Was übernommen wurde</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&lt;i&gt;none&lt;/i&gt;</source>
        <translation>&lt;i&gt;keine&lt;/i&gt;</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Title:</source>
        <translation>Titel:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Slug:</source>
        <translation>Slug:</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>from Yoast SEO</source>
        <translation>aus Yoast SEO</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>from Rank Math</source>
        <translation>aus Rank Math</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>from the excerpt (no SEO description was set)</source>
        <translation>aus dem Textauszug (keine SEO-Beschreibung festgelegt)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>none in the export</source>
        <translation>keine im Export</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Description:</source>
        <translation>Beschreibung:</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>names from the export&apos;s embedded terms</source>
        <translation>Namen aus den eingebetteten Begriffen des Exports</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>names rebuilt from the post&apos;s CSS classes</source>
        <translation>Namen aus den CSS-Klassen des Beitrags rekonstruiert</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>no names in the export</source>
        <translation>keine Namen im Export</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1 (not in the list)</source>
        <translation>%1 (nicht in der Liste)</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Categories:</source>
        <translation>Kategorien:</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Tags:</source>
        <translation>Schlagwörter:</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Link:</source>
        <translation>Link:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Date:</source>
        <translation>Datum:</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Needs attention</source>
        <translation>Zu prüfen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Nothing: the post came through as it was.</source>
        <translation>Nichts: Der Beitrag kam unverändert an.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Also changed on the way in</source>
        <translation>Beim Import außerdem geändert</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>Fixed: the suggested category is in place.</source>
        <translation>Behoben: Die vorgeschlagene Kategorie ist eingesetzt.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Use “%1”</source>
        <translation>„%1“ verwenden</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Replace the category “%1” with “%2”.</source>
        <translation>Die Kategorie „%1“ durch „%2“ ersetzen.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Show</source>
        <translation>Zeigen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Go to the %1 field</source>
        <translation>Zum Feld „%1“ gehen</translation>
    </message>
</context>
<context>
    <name>pw::gui::MainWindow</name>
    <message>
        <location filename="../app/gui/dialogs/save_format_dialog.cpp" line="+17"/>
        <source>Markdown with front matter (*.md)</source>
        <translation>Markdown mit Front Matter (*.md)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Generator text (*.txt)</source>
        <translation>Generator-Text (*.txt)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Post JSON (*.json)</source>
        <translation>Beitrags-JSON (*.json)</translation>
    </message>
    <message>
        <location filename="../app/gui/window/main_window.cpp" line="+126"/>
        <source>&amp;File</source>
        <translation>&amp;Datei</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;New</source>
        <translation>&amp;Neu</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Open…</source>
        <translation>Ö&amp;ffnen…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Import…</source>
        <translation>&amp;Importieren…</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Ctrl+Shift+I</source>
        <translation>Ctrl+Shift+I</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Open &amp;Recent</source>
        <translation>&amp;Zuletzt geöffnet</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Save</source>
        <translation>&amp;Speichern</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Save &amp;As…</source>
        <translation>Speichern &amp;unter…</translation>
    </message>
    <message>
        <location filename="../app/gui/window/export_actions.cpp" line="+30"/>
        <source>E&amp;xport…</source>
        <translation>E&amp;xportieren…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ctrl+E</source>
        <translation>Ctrl+E</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Export</source>
        <translation>&amp;Exportieren</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>As &amp;Markdown…</source>
        <translation>Als &amp;Markdown…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>As &amp;Generator Text…</source>
        <translation>Als &amp;Generator-Text…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>As &amp;HTML…</source>
        <translation>Als &amp;HTML…</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>Exported %1</source>
        <translation>%1 exportiert</translation>
    </message>
    <message>
        <location filename="../app/gui/window/main_window.cpp" line="+5"/>
        <source>&amp;Close</source>
        <translation>S&amp;chließen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Quit</source>
        <translation>&amp;Beenden</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Edit</source>
        <translation>&amp;Bearbeiten</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&amp;Undo</source>
        <translation>&amp;Rückgängig</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Redo</source>
        <translation>&amp;Wiederherstellen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Cu&amp;t</source>
        <translation>Ausschnei&amp;den</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Copy</source>
        <translation>&amp;Kopieren</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Paste</source>
        <translation>&amp;Einfügen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Paste as Plain &amp;Text</source>
        <translation>Als reinen &amp;Text einfügen</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Ctrl+Shift+V</source>
        <translation>Ctrl+Shift+V</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Select &amp;All</source>
        <translation>&amp;Alles auswählen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Find and Replace</source>
        <translation>&amp;Suchen und Ersetzen</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Pre&amp;ferences…</source>
        <translation>Einstellu&amp;ngen…</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>F&amp;ormat</source>
        <translation>F&amp;ormat</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;View</source>
        <translation>&amp;Ansicht</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Load &amp;Remote Images</source>
        <translation>&amp;Externe Bilder laden</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Let the preview of this document load images from the web</source>
        <translation>Die Vorschau dieses Dokuments Bilder aus dem Internet laden lassen</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>New &amp;View of This Post</source>
        <translation>&amp;Neue Ansicht dieses Beitrags</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>&amp;Theme</source>
        <translation>&amp;Design</translation>
    </message>
    <message>
        <location filename="../app/gui/settings/theme_menu.cpp" line="+20"/>
        <source>&amp;System</source>
        <translation>&amp;System</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Light</source>
        <translation>&amp;Hell</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Dark</source>
        <translation>&amp;Dunkel</translation>
    </message>
    <message>
        <location filename="../app/gui/window/export_actions.cpp" line="-23"/>
        <source>Cannot export</source>
        <translation>Exportieren nicht möglich</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Exported to %1</source>
        <translation>Nach %1 exportiert</translation>
    </message>
    <message>
        <location line="+43"/>
        <source>Export Post</source>
        <translation>Beitrag exportieren</translation>
    </message>
</context>
<context>
    <name>pw::gui::MarkdownEditor</name>
    <message>
        <location filename="../app/gui/editor/markdown_editor.cpp" line="+70"/>
        <source>&amp;Bold</source>
        <translation>&amp;Fett</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Italic</source>
        <translation>&amp;Kursiv</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Strikethrough</source>
        <translation>&amp;Durchgestrichen</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Inline &amp;Code</source>
        <translation>Inline-&amp;Code</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Link</source>
        <translation>&amp;Link</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Insert I&amp;mage…</source>
        <translation>&amp;Bild einfügen…</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Heading &amp;%1</source>
        <translation>Überschrift &amp;%1</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Paragraph</source>
        <translation>&amp;Absatz</translation>
    </message>
    <message>
        <location line="+179"/>
        <source>link text</source>
        <translation>Linktext</translation>
    </message>
</context>
<context>
    <name>pw::gui::MetadataPanel</name>
    <message>
        <location filename="../app/gui/panels/metadata_panel.cpp" line="+47"/>
        <source>From the first heading</source>
        <translation>Aus der ersten Überschrift</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>From the opening paragraph</source>
        <translation>Aus dem ersten Absatz</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>The front matter&apos;s description, or, in a file without one, its summary, excerpt, spoiler or subtitle: edited where it is.</source>
        <translation>Die Beschreibung im Front Matter; hat die Datei keine, ihr summary, excerpt, spoiler oder subtitle. Bearbeitet wird sie dort, wo sie steht.</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+82"/>
        <source>Follow title</source>
        <translation>Titel folgen</translation>
    </message>
    <message>
        <location line="-81"/>
        <location line="+83"/>
        <source>Derive the slug from the title again</source>
        <translation>Den Slug wieder aus dem Titel ableiten</translation>
    </message>
    <message>
        <location line="-82"/>
        <source>Comma-separated</source>
        <translation>Kommagetrennt</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>&amp;Title:</source>
        <translation>&amp;Titel:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Description:</source>
        <translation>&amp;Beschreibung:</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>S&amp;lug:</source>
        <translation>S&amp;lug:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Search result:</source>
        <translation>Suchergebnis:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>T&amp;ags:</source>
        <translation>&amp;Schlagwörter:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>T&amp;opic:</source>
        <translation>Th&amp;ema:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Categories:</source>
        <translation>&amp;Kategorien:</translation>
    </message>
    <message>
        <location line="+56"/>
        <source>Follow file name</source>
        <translation>Dateinamen folgen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Use the slug the site gives the file again</source>
        <translation>Wieder den Slug verwenden, den die Website der Datei gibt</translation>
    </message>
    <message numerus="yes">
        <location line="+81"/>
        <source>%1 px · %n character(s)</source>
        <translation>
            <numerusform>%1 px · %n Zeichen</numerusform>
            <numerusform>%1 px · %n Zeichen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <location line="+4"/>
        <source>%n character(s)</source>
        <translation>
            <numerusform>%n Zeichen</numerusform>
            <numerusform>%n Zeichen</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>pw::gui::OpenFromSiteDialog</name>
    <message>
        <location filename="../app/gui/dialogs/open_from_site_dialog.cpp" line="+45"/>
        <source>Open from Site</source>
        <translation>Von Website öffnen</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Search titles and text</source>
        <translation>Titel und Text durchsuchen</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Any status</source>
        <translation>Jeder Status</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>No WordPress site has been added yet. Add one under Edit → Sites…, then choose it here.</source>
        <translation>Es wurde noch keine WordPress-Website hinzugefügt. Fügen Sie unter Bearbeiten → Websites… eine hinzu, und wählen Sie sie dann hier.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&amp;Search:</source>
        <translation>&amp;Suchen:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>S&amp;tatus:</source>
        <translation>S&amp;tatus:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Category:</source>
        <translation>&amp;Kategorie:</translation>
    </message>
    <message>
        <location line="+36"/>
        <source>&amp;Reload</source>
        <translation>&amp;Neu laden</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Open</source>
        <translation>Ö&amp;ffnen</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Close</source>
        <translation>Schließen</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>S&amp;ite:</source>
        <translation>&amp;Website:</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>The posts could not be loaded: %1</source>
        <translation>Die Beiträge konnten nicht geladen werden: %1</translation>
    </message>
    <message>
        <location line="+105"/>
        <source>All categories</source>
        <translation>Alle Kategorien</translation>
    </message>
    <message numerus="yes">
        <location line="+32"/>
        <source>%1 of %n post(s) listed; scroll for more</source>
        <translation>
            <numerusform>%1 von %n Beitrag aufgelistet; für weitere scrollen</numerusform>
            <numerusform>%1 von %n Beiträgen aufgelistet; für weitere scrollen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>%n post(s)</source>
        <translation>
            <numerusform>%n Beitrag</numerusform>
            <numerusform>%n Beiträge</numerusform>
        </translation>
    </message>
    <message>
        <location line="+39"/>
        <source>%1 #%2</source>
        <translation>%1 #%2</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>“%1” could not be opened: %2</source>
        <translation>„%1“ konnte nicht geöffnet werden: %2</translation>
    </message>
</context>
<context>
    <name>pw::gui::OutlineView</name>
    <message>
        <location filename="../app/gui/panels/outline_view.cpp" line="+48"/>
        <source>(empty heading)</source>
        <translation>(leere Überschrift)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Heading %1, line %2</source>
        <translation>Überschrift %1, Zeile %2</translation>
    </message>
</context>
<context>
    <name>pw::gui::PanelDocks</name>
    <message>
        <location filename="../app/gui/window/panel_docks.cpp" line="+34"/>
        <source>Metadata</source>
        <translation>Metadaten</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Findings</source>
        <translation>Hinweise</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Import Review</source>
        <translation>Importprüfung</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>SEO</source>
        <translation>SEO</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Outline</source>
        <translation>Gliederung</translation>
    </message>
</context>
<context>
    <name>pw::gui::PreviewView</name>
    <message numerus="yes">
        <location filename="../app/gui/preview/preview_view.cpp" line="+140"/>
        <source>The preview stops here: the post is too long to show live, and %n more block(s) follow. The editor, the outline and the checks cover all of it.</source>
        <translation>
            <numerusform>Die Vorschau endet hier: Der Beitrag ist zu lang für die Live-Vorschau, es folgt noch %n Block. Editor, Gliederung und Prüfungen erfassen den ganzen Beitrag.</numerusform>
            <numerusform>Die Vorschau endet hier: Der Beitrag ist zu lang für die Live-Vorschau, es folgen noch %n Blöcke. Editor, Gliederung und Prüfungen erfassen den ganzen Beitrag.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+107"/>
        <source>Embedded content is not shown in the preview</source>
        <translation>Eingebettete Inhalte werden in der Vorschau nicht angezeigt</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Remote image (not loaded)</source>
        <translation>Externes Bild (nicht geladen)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Local image not found, or not an image file</source>
        <translation>Lokales Bild nicht gefunden oder keine Bilddatei</translation>
    </message>
    <message>
        <location line="+167"/>
        <source>Save the post to show images given by a path relative to it</source>
        <translation>Speichern Sie den Beitrag, um Bilder anzuzeigen, deren Pfad relativ zu ihm angegeben ist</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Image not found in the post&apos;s folder</source>
        <translation>Bild im Ordner des Beitrags nicht gefunden</translation>
    </message>
</context>
<context>
    <name>pw::gui::PublishController</name>
    <message>
        <location filename="../app/gui/sites/publish_controller.cpp" line="+84"/>
        <source>There is no site “%1” any more. Add it again under Edit → Sites.</source>
        <translation>Die Website „%1“ gibt es nicht mehr. Fügen Sie sie unter Bearbeiten → Websites erneut hinzu.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Connecting to %1</source>
        <translation>Verbindung zu %1 wird hergestellt</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>The document was closed. Nothing was sent.</source>
        <translation>Das Dokument wurde geschlossen. Es wurde nichts gesendet.</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>The publish could not be prepared: %1 Nothing was sent.</source>
        <translation>Das Veröffentlichen konnte nicht vorbereitet werden: %1 Es wurde nichts gesendet.</translation>
    </message>
    <message>
        <location line="+16"/>
        <location line="+34"/>
        <source>Cancelled. Nothing was sent.</source>
        <translation>Abgebrochen. Es wurde nichts gesendet.</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>Cancelling: checking that the site did not store the post</source>
        <translation>Wird abgebrochen: Es wird geprüft, ob die Website den Beitrag nicht doch gespeichert hat</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Cancelled. The site may have stored part of the update; publishing again is safe: it compares first.</source>
        <translation>Abgebrochen. Die Website hat womöglich einen Teil der Aktualisierung gespeichert; erneutes Veröffentlichen ist sicher: Es vergleicht zuerst.</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Cancelled. Whether the site had already stored the post could not be checked (%1). Publishing again is safe: it finds the post by its id instead of making a second one.</source>
        <translation>Abgebrochen. Ob die Website den Beitrag bereits gespeichert hatte, ließ sich nicht prüfen (%1). Erneutes Veröffentlichen ist sicher: Es findet den Beitrag anhand seiner ID, statt einen zweiten anzulegen.</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>The cancel came too late: the site had already stored the post.</source>
        <translation>Der Abbruch kam zu spät: Die Website hatte den Beitrag bereits gespeichert.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Cancelled. Nothing was published.</source>
        <translation>Abgebrochen. Es wurde nichts veröffentlicht.</translation>
    </message>
    <message>
        <location line="+59"/>
        <source>%1 #%2</source>
        <translation>%1 #%2</translation>
    </message>
</context>
<context>
    <name>pw::gui::PublishDialog</name>
    <message>
        <location filename="../app/gui/dialogs/publish_dialog.cpp" line="+53"/>
        <source>Publish &amp;anyway, with categories outside the list</source>
        <translation>&amp;Trotzdem veröffentlichen, mit Kategorien außerhalb der Liste</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Open in Browser</source>
        <translation>Im Browser öffnen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Copy Link</source>
        <translation>Link kopieren</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Publish “%1”</source>
        <translation>„%1“ veröffentlichen</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Draft</source>
        <translation>Entwurf</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Pending Review</source>
        <translation>Ausstehende Prüfung</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Scheduled</source>
        <translation>Geplant</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+42"/>
        <location line="+168"/>
        <source>Publish</source>
        <translation>Veröffentlichen</translation>
    </message>
    <message>
        <location line="-183"/>
        <source>Site:</source>
        <translation>Website:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Status:</source>
        <translation>Status:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Categories and tags:</source>
        <translation>Kategorien und Schlagwörter:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Featured image:</source>
        <translation>Beitragsbild:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Images:</source>
        <translation>Bilder:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Meta description:</source>
        <translation>Meta-Beschreibung:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Open findings:</source>
        <translation>Offene Hinweise:</translation>
    </message>
    <message>
        <location line="+78"/>
        <source>No WordPress site has been added yet. Add one under Edit → Sites…, then publish from here.</source>
        <translation>Noch keine WordPress-Website hinzugefügt. Fügen Sie eine unter Bearbeiten → Websites… hinzu und veröffentlichen Sie dann von hier.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>As %1 (%2) you may not publish or schedule posts there: submit them for review.</source>
        <translation>Als %1 (%2) dürfen Sie dort keine Beiträge veröffentlichen oder planen: Reichen Sie sie zur Prüfung ein.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Your HTML is filtered by the site: scripts, iframes and some attributes are removed.</source>
        <translation>Ihr HTML wird von der Website gefiltert: Skripte, iframes und manche Attribute werden entfernt.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Looking up the site&apos;s categories and tags…</source>
        <translation>Kategorien und Schlagwörter der Website werden nachgeschlagen…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Category: %1 (new)</source>
        <translation>Kategorie: %1 (neu)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Category: %1</source>
        <translation>Kategorie: %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Tag: %1 (new)</source>
        <translation>Schlagwort: %1 (neu)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Tag: %1</source>
        <translation>Schlagwort: %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+18"/>
        <location line="+28"/>
        <source>None</source>
        <translation>Keine</translation>
    </message>
    <message>
        <location line="-41"/>
        <source>Reading the images…</source>
        <translation>Die Bilder werden gelesen…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1: cannot be read</source>
        <translation>%1: nicht lesbar</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1: already on the site</source>
        <translation>%1: bereits auf der Website</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1: will be uploaded</source>
        <translation>%1: wird hochgeladen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No local images</source>
        <translation>Keine lokalen Bilder</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Finding out where it goes…</source>
        <translation>Es wird ermittelt, wo sie gespeichert wird…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Yoast SEO&apos;s meta description</source>
        <translation>Meta-Beschreibung von Yoast SEO</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Rank Math&apos;s description</source>
        <translation>Beschreibung von Rank Math</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The excerpt (the site has no SEO plugin field for it)</source>
        <translation>Der Textauszug (die Website hat dafür kein Feld eines SEO-Plugins)</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Error</source>
        <translation>Fehler</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Warning</source>
        <translation>Warnung</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Note</source>
        <translation>Hinweis</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Not checked yet</source>
        <translation>Noch nicht geprüft</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Update</source>
        <translation>Aktualisieren</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Close</source>
        <translation>Schließen</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Pick a time in the future to schedule the post.</source>
        <translation>Wählen Sie einen Zeitpunkt in der Zukunft, um den Beitrag zu planen.</translation>
    </message>
    <message>
        <location line="+47"/>
        <source>Published as “%1” (post %2): &lt;a href=&quot;%3&quot;&gt;%3&lt;/a&gt;</source>
        <translation>Veröffentlicht als „%1“ (Beitrag %2): &lt;a href=&quot;%3&quot;&gt;%3&lt;/a&gt;</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Slug: %1</source>
        <translation>Slug: %1</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>New on the site: %1</source>
        <translation>Neu auf der Website: %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Images: %1 uploaded, %2 already there</source>
        <translation>Bilder: %1 hochgeladen, %2 bereits vorhanden</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The document could not record where its post is: %1</source>
        <translation>Das Dokument konnte nicht vermerken, wo sein Beitrag liegt: %1</translation>
    </message>
</context>
<context>
    <name>pw::gui::PublishPreview</name>
    <message>
        <location filename="../app/gui/sites/publish_preview.cpp" line="+122"/>
        <source>There is no site “%1”.</source>
        <translation>Es gibt keine Website „%1“.</translation>
    </message>
</context>
<context>
    <name>pw::gui::PullSiteDialog</name>
    <message>
        <location filename="../app/gui/dialogs/pull_site_dialog.cpp" line="+43"/>
        <source>Choose…</source>
        <translation>Auswählen…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Pull</source>
        <translation>Holen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Open Folder</source>
        <translation>Ordner öffnen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Close</source>
        <translation>Schließen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Pull Site</source>
        <translation>Website holen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>All posts</source>
        <translation>Alle Beiträge</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Published</source>
        <translation>Veröffentlicht</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Drafts</source>
        <translation>Entwürfe</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Pending Review</source>
        <translation>Ausstehende Prüfung</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Scheduled</source>
        <translation>Geplant</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Private</source>
        <translation>Privat</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>&amp;Site:</source>
        <translation>&amp;Website:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Posts:</source>
        <translation>&amp;Beiträge:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Folder:</source>
        <translation>&amp;Ordner:</translation>
    </message>
    <message>
        <location line="+76"/>
        <location line="+76"/>
        <source>No site has been added yet: add one under Edit → Sites.</source>
        <translation>Es wurde noch keine Website hinzugefügt: Fügen Sie unter Bearbeiten → Websites eine hinzu.</translation>
    </message>
    <message>
        <location line="-54"/>
        <source>Pull into Folder</source>
        <translation>In Ordner holen</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>This is a file, not a folder: choose a folder.</source>
        <translation>Das ist eine Datei, kein Ordner: Wählen Sie einen Ordner.</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>The folder holds other files too (%1). The posts will be written among them; nothing else is changed. An empty folder keeps the site&apos;s posts apart.</source>
        <translation>Der Ordner enthält auch andere Dateien (%1). Die Beiträge werden dazwischen geschrieben; sonst wird nichts geändert. In einem leeren Ordner bleiben die Beiträge der Website für sich.</translation>
    </message>
    <message numerus="yes">
        <location line="+5"/>
        <source>The folder holds %n post file(s): files that are already up to date are left alone, and files edited since are kept.</source>
        <translation>
            <numerusform>Der Ordner enthält %n Beitragsdatei: Dateien, die schon aktuell sind, bleiben unberührt, und seither bearbeitete Dateien werden behalten.</numerusform>
            <numerusform>Der Ordner enthält %n Beitragsdateien: Dateien, die schon aktuell sind, bleiben unberührt, und seither bearbeitete Dateien werden behalten.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Choose the folder to pull the posts into.</source>
        <translation>Wählen Sie den Ordner, in den die Beiträge geholt werden.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The folder %1 cannot be created. Choose another one.</source>
        <translation>Der Ordner %1 kann nicht angelegt werden. Wählen Sie einen anderen.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Connecting to %1…</source>
        <translation>Verbindung zu %1 wird hergestellt…</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>The site is gone: add it again under Edit → Sites.</source>
        <translation>Die Website ist nicht mehr vorhanden: Fügen Sie sie unter Bearbeiten → Websites erneut hinzu.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Asking %1 for its posts…</source>
        <translation>Die Beiträge werden bei %1 abgefragt…</translation>
    </message>
    <message numerus="yes">
        <location line="+11"/>
        <source>%1 of %n post(s)</source>
        <translation>
            <numerusform>%1 von %n Beitrag</numerusform>
            <numerusform>%1 von %n Beiträgen</numerusform>
        </translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Cancelled before any post was pulled.</source>
        <translation>Abgebrochen, bevor ein Beitrag geholt wurde.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Cancelling after the current post…</source>
        <translation>Wird nach dem aktuellen Beitrag abgebrochen…</translation>
    </message>
    <message numerus="yes">
        <location line="+10"/>
        <source>Cancelled: %n post(s) written before stopping. Every file written is complete; pull again to go on from there.</source>
        <translation>
            <numerusform>Abgebrochen: %n Beitrag wurde vor dem Abbruch geschrieben. Jede geschriebene Datei ist vollständig; holen Sie erneut, um dort weiterzumachen.</numerusform>
            <numerusform>Abgebrochen: %n Beiträge wurden vor dem Abbruch geschrieben. Jede geschriebene Datei ist vollständig; holen Sie erneut, um dort weiterzumachen.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+4"/>
        <source>The pull stopped early: %n post(s) written. Pull again to go on from there.</source>
        <translation>
            <numerusform>Das Holen endete vorzeitig: %n Beitrag geschrieben. Holen Sie erneut, um dort weiterzumachen.</numerusform>
            <numerusform>Das Holen endete vorzeitig: %n Beiträge geschrieben. Holen Sie erneut, um dort weiterzumachen.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+4"/>
        <source>Pulled %n post(s) into %1.</source>
        <translation>
            <numerusform>%n Beitrag nach %1 geholt.</numerusform>
            <numerusform>%n Beiträge nach %1 geholt.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+4"/>
        <source>%n post(s) unchanged since the last pull: left alone.</source>
        <translation>
            <numerusform>%n Beitrag seit dem letzten Holen unverändert: unberührt gelassen.</numerusform>
            <numerusform>%n Beiträge seit dem letzten Holen unverändert: unberührt gelassen.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>%n post(s) edited here since the last pull: kept, not overwritten.</source>
        <translation>
            <numerusform>%n Beitrag seit dem letzten Holen hier bearbeitet: behalten, nicht überschrieben.</numerusform>
            <numerusform>%n Beiträge seit dem letzten Holen hier bearbeitet: behalten, nicht überschrieben.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>%n post(s) skipped for errors:</source>
        <translation>
            <numerusform>%n Beitrag wegen Fehlern übersprungen:</numerusform>
            <numerusform>%n Beiträge wegen Fehlern übersprungen:</numerusform>
        </translation>
    </message>
    <message>
        <location line="+3"/>
        <source>  “%1”: %2</source>
        <translation>  „%1“: %2</translation>
    </message>
</context>
<context>
    <name>pw::gui::RecentFiles</name>
    <message>
        <location filename="../app/gui/session/recent_files.cpp" line="+50"/>
        <source>Clear List</source>
        <translation>Liste leeren</translation>
    </message>
</context>
<context>
    <name>pw::gui::RecoveryDialog</name>
    <message>
        <location filename="../app/gui/dialogs/recovery_dialog.cpp" line="+31"/>
        <source>Untitled</source>
        <translation>Unbenannt</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>untitled, imported from %1</source>
        <translation>unbenannt, importiert aus %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>untitled, never saved</source>
        <translation>unbenannt, nie gespeichert</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>(no text)</source>
        <translation>(kein Text)</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>The file on disk changed since. Saving the recovered text will ask before it replaces that version.</source>
        <translation>Die Datei auf dem Datenträger hat sich seitdem geändert. Beim Speichern des wiederhergestellten Texts wird nachgefragt, bevor er diese Fassung ersetzt.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The file is no longer on disk.</source>
        <translation>Die Datei ist nicht mehr auf dem Datenträger.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The file on disk cannot be read now.</source>
        <translation>Die Datei auf dem Datenträger kann derzeit nicht gelesen werden.</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Recover Unsaved Documents</source>
        <translation>Ungespeicherte Dokumente wiederherstellen</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Postwright did not close properly last time. These documents had changes that were not saved:</source>
        <translation>Postwright wurde beim letzten Mal nicht ordnungsgemäß beendet. Diese Dokumente hatten ungespeicherte Änderungen:</translation>
    </message>
    <message numerus="yes">
        <location line="+23"/>
        <source>Skipped %n journal(s) that could not be read:</source>
        <translation>
            <numerusform>%n nicht lesbares Journal übersprungen:</numerusform>
            <numerusform>%n nicht lesbare Journale übersprungen:</numerusform>
        </translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Decide Later</source>
        <translation>Später entscheiden</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Keep the remaining documents for the next start</source>
        <translation>Die übrigen Dokumente für den nächsten Start aufbewahren</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Recover All</source>
        <translation>Alle wiederherstellen</translation>
    </message>
    <message numerus="yes">
        <location line="+32"/>
        <source>Last change %1 · %n word(s)</source>
        <translation>
            <numerusform>Letzte Änderung %1 · %n Wort</numerusform>
            <numerusform>Letzte Änderung %1 · %n Wörter</numerusform>
        </translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Recover</source>
        <translation>Wiederherstellen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Open it with the recovered text, unsaved</source>
        <translation>Mit dem wiederhergestellten Text öffnen, ungespeichert</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Discard</source>
        <translation>Verwerfen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Throw the unsaved changes away for good</source>
        <translation>Die ungespeicherten Änderungen endgültig verwerfen</translation>
    </message>
</context>
<context>
    <name>pw::gui::RemoteMark</name>
    <message>
        <location filename="../app/gui/sites/remote_mark.cpp" line="+21"/>
        <source>Draft</source>
        <translation>Entwurf</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Pending Review</source>
        <translation>Ausstehende Prüfung</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Scheduled</source>
        <translation>Geplant</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Published</source>
        <translation>Veröffentlicht</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Private</source>
        <translation>Privat</translation>
    </message>
    <message>
        <location line="+38"/>
        <source>On %1 · post %2</source>
        <translation>Auf %1 · Beitrag %2</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>On %1 · %2 · post %3</source>
        <translation>Auf %1 · %2 · Beitrag %3</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Post</source>
        <translation>Beitrag</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 on %2</source>
        <translation>%1 auf %2</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Publish updates it</source>
        <translation>„Veröffentlichen“ aktualisiert ihn</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Publish updates it (%1)</source>
        <translation>„Veröffentlichen“ aktualisiert ihn (%1)</translation>
    </message>
</context>
<context>
    <name>pw::gui::RemotePostFetch</name>
    <message>
        <location filename="../app/gui/sites/remote_post_fetch.cpp" line="+25"/>
        <source>The connection to the site is gone. Choose the site again.</source>
        <translation>Die Verbindung zur Website besteht nicht mehr. Wählen Sie die Website erneut.</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>The post is no longer on the site (it may have been deleted).</source>
        <translation>Der Beitrag ist nicht mehr auf der Website (er wurde womöglich gelöscht).</translation>
    </message>
</context>
<context>
    <name>pw::gui::RemotePostList</name>
    <message>
        <location filename="../app/gui/sites/remote_post_list.cpp" line="+156"/>
        <source>user %1</source>
        <translation>Benutzer %1</translation>
    </message>
    <message>
        <location line="+190"/>
        <source>(no title)</source>
        <translation>(kein Titel)</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>When the post was last opened here: its SEO score (0–100) and the errors and warnings of its metadata</source>
        <translation>Beim letzten Öffnen des Beitrags hier: seine SEO-Bewertung (0–100) und die Fehler und Warnungen seiner Metadaten</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Click to sort (the site sorts)</source>
        <translation>Zum Sortieren klicken (die Website sortiert)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The site cannot sort by this column</source>
        <translation>Die Website kann nicht nach dieser Spalte sortieren</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Title</source>
        <translation>Titel</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Date</source>
        <translation>Datum</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Author</source>
        <translation>Autor</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Modified</source>
        <translation>Geändert</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>SEO</source>
        <translation>SEO</translation>
    </message>
</context>
<context>
    <name>pw::gui::SaveQuestions</name>
    <message>
        <location filename="../app/gui/dialogs/save_questions.cpp" line="+15"/>
        <location line="+30"/>
        <source>Save Post</source>
        <translation>Beitrag speichern</translation>
    </message>
    <message>
        <location line="-29"/>
        <source>“%1” holds more than the post: the generator&apos;s prompt, the category list or text after the end marker.</source>
        <translation>„%1“ enthält mehr als den Beitrag: den Prompt des Generators, die Kategorienliste oder Text nach der Endmarke.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Save the post to a file of its own, and leave this one as it is? Replacing the file keeps only the post.</source>
        <translation>Den Beitrag in eine eigene Datei speichern und diese unverändert lassen? Wenn Sie die Datei ersetzen, bleibt nur der Beitrag erhalten.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Save Post As…</source>
        <translation>Beitrag speichern unter …</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Replace File</source>
        <translation>Datei ersetzen</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>“%1” is saved as %2, which has no place for: %3.</source>
        <translation>„%1“ wird als %2 gespeichert, das keinen Platz hat für: %3.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Markdown with front matter keeps everything. Saving as %1 drops what it cannot hold.</source>
        <translation>Markdown mit Front Matter behält alles. Beim Speichern als %1 geht verloren, was es nicht aufnehmen kann.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Saving as %1 drops what it cannot hold.</source>
        <translation>Beim Speichern als %1 geht verloren, was es nicht aufnehmen kann.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Save as Markdown…</source>
        <translation>Als Markdown speichern …</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Save Without Them</source>
        <translation>Ohne sie speichern</translation>
    </message>
</context>
<context>
    <name>pw::gui::SearchSnippetView</name>
    <message>
        <location filename="../app/gui/panels/search_snippet_view.cpp" line="+67"/>
        <source>Not the real address: set your site&apos;s address in Edit → Preferences, or give the post a permalink</source>
        <translation>Nicht die echte Adresse: Geben Sie die Adresse Ihrer Website unter Bearbeiten → Einstellungen an, oder geben Sie dem Beitrag einen Permalink</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>(no title)</source>
        <translation>(kein Titel)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>(no meta description: Google will pick text from the page)</source>
        <translation>(keine Meta-Beschreibung: Google wählt Text aus der Seite)</translation>
    </message>
</context>
<context>
    <name>pw::gui::SeoMemory</name>
    <message numerus="yes">
        <location filename="../app/gui/sites/seo_memory.cpp" line="+59"/>
        <source>%n error(s)</source>
        <translation>
            <numerusform>%n Fehler</numerusform>
            <numerusform>%n Fehler</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n warning(s)</source>
        <translation>
            <numerusform>%n Warnung</numerusform>
            <numerusform>%n Warnungen</numerusform>
        </translation>
    </message>
    <message>
        <location line="+2"/>
        <source>no findings</source>
        <translation>keine Hinweise</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
</context>
<context>
    <name>pw::gui::SeoView</name>
    <message>
        <location filename="../app/gui/panels/seo_view.cpp" line="+34"/>
        <source>Show in text</source>
        <translation>Im Text zeigen</translation>
    </message>
    <message>
        <location line="+37"/>
        <source>The phrase readers search for</source>
        <translation>Die Wortgruppe, nach der Leser suchen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Other phrasings, comma separated</source>
        <translation>Andere Formulierungen, kommagetrennt</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Keyphrase:</source>
        <translation>&amp;Keyphrase:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>S&amp;ynonyms:</source>
        <translation>S&amp;ynonyme:</translation>
    </message>
    <message>
        <location line="+56"/>
        <source>%1/100</source>
        <translation>%1/100</translation>
    </message>
    <message>
        <location line="+44"/>
        <location line="+11"/>
        <source>SEO</source>
        <translation>SEO</translation>
    </message>
    <message>
        <location line="-10"/>
        <location line="+10"/>
        <source>Readability</source>
        <translation>Lesbarkeit</translation>
    </message>
    <message>
        <location line="-8"/>
        <source> · Flesch %1</source>
        <translation> · Flesch %1</translation>
    </message>
</context>
<context>
    <name>pw::gui::SessionRestore</name>
    <message numerus="yes">
        <location filename="../app/gui/window/session_restore.cpp" line="+62"/>
        <source>%n file(s) of the last session no longer exist: %1</source>
        <translation>
            <numerusform>%n Datei der letzten Sitzung gibt es nicht mehr: %1</numerusform>
            <numerusform>%n Dateien der letzten Sitzung gibt es nicht mehr: %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+4"/>
        <source>%n file(s) of the last session could not be read: %1</source>
        <translation>
            <numerusform>%n Datei der letzten Sitzung konnte nicht gelesen werden: %1</numerusform>
            <numerusform>%n Dateien der letzten Sitzung konnten nicht gelesen werden: %1</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>pw::gui::SettingsDialog</name>
    <message>
        <location filename="../app/gui/settings/settings_dialog.cpp" line="+39"/>
        <source>Ctrl+,</source>
        <translation>Ctrl+,</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Load remote images in the preview of new documents</source>
        <translation>Externe Bilder in der Vorschau neuer Dokumente laden</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reopen documents from last session</source>
        <translation>Dokumente der letzten Sitzung wieder öffnen</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Preferences</source>
        <translation>Einstellungen</translation>
    </message>
    <message>
        <location line="+4"/>
        <source> pt</source>
        <translation> pt</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Whole width</source>
        <translation>Ganze Breite</translation>
    </message>
    <message>
        <location line="+1"/>
        <source> characters</source>
        <translation> Zeichen</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>System</source>
        <translation>System</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Light</source>
        <translation>Hell</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Dark</source>
        <translation>Dunkel</translation>
    </message>
    <message>
        <location line="+4"/>
        <source> s</source>
        <translation> s</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>How long after you stop typing the crash journal is written</source>
        <translation>Wie lange nach dem Ende der Eingabe das Absturz-Journal geschrieben wird</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Markdown with front matter</source>
        <translation>Markdown mit Front Matter</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Generator text</source>
        <translation>Generator-Text</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Post JSON</source>
        <translation>Beitrags-JSON</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>HTML page</source>
        <translation>HTML-Seite</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Inline styles</source>
        <translation>Inline-Stile</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Classes and a stylesheet</source>
        <translation>Klassen und ein Stylesheet</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>None (plain code)</source>
        <translation>Keine (Code ohne Farben)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>How code blocks are coloured in the HTML you export, copy or publish. Inline styles look the same wherever the HTML goes. Classes (hl-keyword and the like) leave the colours to a stylesheet: an exported page brings its own, a post sent to a site or pasted into one uses the site&apos;s theme.</source>
        <translation>Wie Codeblöcke im HTML gefärbt werden, das Sie exportieren, kopieren oder veröffentlichen. Inline-Stile sehen überall gleich aus, wohin das HTML auch geht. Klassen (hl-keyword und ähnliche) überlassen die Farben einem Stylesheet: Eine exportierte Seite bringt ihr eigenes mit, ein Beitrag, den Sie an eine Website senden oder in eine einfügen, nutzt das Theme der Website.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Load from File…</source>
        <translation>Aus Datei laden…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reset to Default</source>
        <translation>Auf Standard zurücksetzen</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>When Postwright starts without files to open, reopen the files that were open when it quit, where you left them</source>
        <translation>Wenn Postwright ohne zu öffnende Dateien startet, die beim Beenden geöffneten Dateien wieder öffnen, an der Stelle, an der Sie aufgehört haben</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>https://example.com</source>
        <translation>https://example.com</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Where your posts are published. The search result preview shows this address, and the SEO checks count links to it as internal links. A post&apos;s own permalink or link, when it has one, comes first.</source>
        <translation>Wo Ihre Beiträge erscheinen. Die Vorschau des Suchergebnisses zeigt diese Adresse, und die SEO-Prüfungen zählen Links dorthin als interne Links. Der eigene Permalink oder Link eines Beitrags hat, wenn vorhanden, Vorrang.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Editor &amp;font:</source>
        <translation>Editor-&amp;Schriftart:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Font &amp;size:</source>
        <translation>Schrift&amp;größe:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Text &amp;width:</source>
        <translation>Text&amp;breite:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Theme:</source>
        <translation>&amp;Design:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Autosave journal after:</source>
        <translation>&amp;Journal automatisch sichern nach:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Default &amp;export format:</source>
        <translation>Standard-&amp;Exportformat:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Code &amp;colours in HTML:</source>
        <translation>&amp;Codefarben in HTML:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Category whitelist:</source>
        <translation>Kategorienliste:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Spelling &amp;language:</source>
        <translation>&amp;Rechtschreibsprache:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Site a&amp;ddress:</source>
        <translation>&amp;Adresse der Website:</translation>
    </message>
    <message>
        <location line="+41"/>
        <source>Not a site address</source>
        <translation>Keine Website-Adresse</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>“%1” is not a web address. Type the address of your site, such as https://example.com or example.com/blog, or leave the field empty.</source>
        <translation>„%1“ ist keine Webadresse. Geben Sie die Adresse Ihrer Website ein, etwa https://example.com oder example.com/blog, oder lassen Sie das Feld leer.</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Cannot use this whitelist</source>
        <translation>Diese Kategorienliste kann nicht verwendet werden</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 lists no categories.</source>
        <translation>%1 enthält keine Kategorien.</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Category Whitelist</source>
        <translation>Kategorienliste</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Text files, one category per line (*.txt);;All files (*)</source>
        <translation>Textdateien, eine Kategorie pro Zeile (*.txt);;Alle Dateien (*)</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>The built-in list</source>
        <translation>Die eingebaute Liste</translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%1 (%n categories)</source>
        <translation>
            <numerusform>%1 (%n Kategorie)</numerusform>
            <numerusform>%1 (%n Kategorien)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>pw::gui::ShortcutsDialog</name>
    <message>
        <location filename="../app/gui/dialogs/shortcuts_dialog.cpp" line="+33"/>
        <source>Keyboard Shortcuts</source>
        <translation>Tastenkürzel</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Search actions or keys</source>
        <translation>Aktionen oder Tasten suchen</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Action</source>
        <translation>Aktion</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Shortcut</source>
        <translation>Tastenkürzel</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Menu</source>
        <translation>Menü</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>, </source>
        <comment>between shortcuts of one action</comment>
        <translation>, </translation>
    </message>
</context>
<context>
    <name>pw::gui::SiteAccounts</name>
    <message>
        <location filename="../app/gui/sites/site_accounts.cpp" line="+83"/>
        <source>There is no site named “%1” (Edit → Sites adds one).</source>
        <translation>Es gibt keine Website namens „%1“ (Bearbeiten → Websites fügt eine hinzu).</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>%1: %2 Add the site again under Edit → Sites to give its Application Password.</source>
        <translation>%1: %2 Fügen Sie die Website unter Bearbeiten → Websites erneut hinzu, um ihr Anwendungspasswort anzugeben.</translation>
    </message>
</context>
<context>
    <name>pw::gui::SiteActions</name>
    <message>
        <location filename="../app/gui/window/site_actions.cpp" line="+33"/>
        <source>Open from Si&amp;te…</source>
        <translation>Von &amp;Website öffnen…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ctrl+Shift+O</source>
        <translation>Ctrl+Shift+O</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>P&amp;ull Site…</source>
        <translation>Website &amp;holen…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Copy every post of a WordPress site into a folder</source>
        <translation>Alle Beiträge einer WordPress-Website in einen Ordner kopieren</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Publish…</source>
        <translation>&amp;Veröffentlichen…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ctrl+Shift+P</source>
        <translation>Ctrl+Shift+P</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&amp;Sites…</source>
        <translation>Webs&amp;ites…</translation>
    </message>
    <message>
        <location line="+59"/>
        <source>Site Folder</source>
        <translation>Website-Ordner</translation>
    </message>
</context>
<context>
    <name>pw::gui::SiteFolderView</name>
    <message>
        <location filename="../app/gui/panels/site_folder_view.cpp" line="+70"/>
        <source>Title</source>
        <translation>Titel</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Modified</source>
        <translation>Geändert</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Filter posts</source>
        <translation>Beiträge filtern</translation>
    </message>
    <message numerus="yes">
        <location line="+43"/>
        <source>%n post file(s)</source>
        <translation>
            <numerusform>%n Beitragsdatei</numerusform>
            <numerusform>%n Beitragsdateien</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>pw::gui::SiteSetup</name>
    <message>
        <location filename="../app/gui/sites/site_setup.cpp" line="+60"/>
        <source>Enter the site&apos;s address, as you open it in the browser.</source>
        <translation>Geben Sie die Adresse der Website ein, so wie Sie sie im Browser öffnen.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>“%1” is not a web address. Enter it as you open the site in the browser, e.g. https://example.org.</source>
        <translation>„%1“ ist keine Webadresse. Geben Sie sie so ein, wie Sie die Website im Browser öffnen, z. B. https://example.org.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Enter your user name on the site.</source>
        <translation>Geben Sie Ihren Benutzernamen auf der Website ein.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>There is already a site named “%1”. Choose another name, or edit that site instead.</source>
        <translation>Es gibt bereits eine Website namens „%1“. Wählen Sie einen anderen Namen, oder bearbeiten Sie stattdessen diese Website.</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Enter the Application Password you created for Postwright on the site (not your login password).</source>
        <translation>Geben Sie das Anwendungspasswort ein, das Sie auf der Website für Postwright angelegt haben (nicht Ihr Anmeldepasswort).</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>There is no site named “%1”.</source>
        <translation>Es gibt keine Website namens „%1“.</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>No Application Password is stored for this site. Enter it (edit the site) to check it again.</source>
        <translation>Für diese Website ist kein Anwendungspasswort gespeichert. Geben Sie es ein (Website bearbeiten), um die Website erneut zu prüfen.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 Enter the Application Password again (edit the site).</source>
        <translation>%1 Geben Sie das Anwendungspasswort erneut ein (Website bearbeiten).</translation>
    </message>
    <message>
        <location line="+117"/>
        <source>You are %1 on “%2”.</source>
        <translation>Sie sind %1 auf „%2“.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>You are %1 (%2) on “%3”.</source>
        <translation>Sie sind %1 (%2) auf „%3“.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>You can publish posts yourself.</source>
        <translation>Sie können Beiträge selbst veröffentlichen.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>You can only submit posts for review: an editor publishes them.</source>
        <translation>Sie können Beiträge nur zur Prüfung einreichen: Ein Redakteur veröffentlicht sie.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The site keeps the HTML you send as it is.</source>
        <translation>Die Website übernimmt das HTML, das Sie senden, unverändert.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The site filters the HTML you send: scripts, forms and some embeds are removed.</source>
        <translation>Die Website filtert das HTML, das Sie senden: Skripte, Formulare und manche Einbettungen werden entfernt.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>You can upload images.</source>
        <translation>Sie können Bilder hochladen.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>You cannot upload images: use images already on the site.</source>
        <translation>Sie können keine Bilder hochladen: Verwenden Sie Bilder, die schon auf der Website sind.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>publishes</source>
        <translation>veröffentlicht</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>submits for review</source>
        <translation>reicht zur Prüfung ein</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>HTML filtered</source>
        <translation>HTML gefiltert</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Check the user name (the one you log in with) and paste the Application Password again. Your login password does not work here: create an Application Password on your profile page on the site, under “Application Passwords”.</source>
        <translation>Prüfen Sie den Benutzernamen (den, mit dem Sie sich anmelden), und fügen Sie das Anwendungspasswort erneut ein. Ihr Anmeldepasswort funktioniert hier nicht: Legen Sie auf Ihrer Profilseite auf der Website unter „Anwendungspasswörter“ ein Anwendungspasswort an.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Postwright signs in only with an Application Password (WordPress 5.6 or later). Once the site offers them, create one on your profile page and check again.</source>
        <translation>Postwright meldet sich nur mit einem Anwendungspasswort an (WordPress 5.6 oder neuer). Sobald die Website sie anbietet, legen Sie eines auf Ihrer Profilseite an, und prüfen Sie erneut.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Check the address: use the address of the blog&apos;s front page, e.g. https://example.org or https://example.org/blog. If the site does run WordPress, a plugin may hide its REST API: ask the site&apos;s administrator.</source>
        <translation>Prüfen Sie die Adresse: Verwenden Sie die Adresse der Startseite des Blogs, z. B. https://example.org oder https://example.org/blog. Läuft die Website tatsächlich mit WordPress, verbirgt womöglich ein Plugin ihre REST-API: Fragen Sie den Administrator der Website.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Check that the address is spelled right, that you are online and that the site opens in your browser, then check again.</source>
        <translation>Prüfen Sie, ob die Adresse richtig geschrieben ist, ob Sie online sind und ob sich die Website in Ihrem Browser öffnet, und prüfen Sie dann erneut.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The site may be slow or busy right now: check again in a moment.</source>
        <translation>Die Website ist womöglich gerade langsam oder ausgelastet: Prüfen Sie gleich noch einmal.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Postwright never sends your password over a connection it cannot trust. Once the certificate is fixed, check again.</source>
        <translation>Postwright sendet Ihr Passwort nie über eine Verbindung, der es nicht vertrauen kann. Sobald das Zertifikat korrigiert ist, prüfen Sie erneut.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Open the site in your browser and use the address it ends up at.</source>
        <translation>Öffnen Sie die Website in Ihrem Browser, und verwenden Sie die Adresse, bei der Sie landen.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Ask the site&apos;s administrator to let your account sign in with an Application Password.</source>
        <translation>Bitten Sie den Administrator der Website, Ihrem Konto die Anmeldung mit einem Anwendungspasswort zu erlauben.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>A plugin or the host may be changing the site&apos;s answers. Check again later, or ask the site&apos;s administrator.</source>
        <translation>Womöglich verändert ein Plugin oder der Hoster die Antworten der Website. Prüfen Sie später erneut, oder fragen Sie den Administrator der Website.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Check again later; if it keeps failing, tell the site&apos;s administrator.</source>
        <translation>Prüfen Sie später erneut; schlägt es weiterhin fehl, informieren Sie den Administrator der Website.</translation>
    </message>
</context>
<context>
    <name>pw::gui::SitesDialog</name>
    <message>
        <location filename="../app/gui/dialogs/sites_dialog.cpp" line="+31"/>
        <source>Sites</source>
        <translation>Websites</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Address</source>
        <translation>Adresse</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>User</source>
        <translation>Benutzer</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Role</source>
        <translation>Rolle</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Add…</source>
        <translation>&amp;Hinzufügen…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Check</source>
        <translation>&amp;Prüfen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Edit…</source>
        <translation>&amp;Bearbeiten…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Remove</source>
        <translation>&amp;Entfernen</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Stop</source>
        <translation>Anhalten</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Checking the site…</source>
        <translation>Die Website wird geprüft…</translation>
    </message>
    <message>
        <location line="+65"/>
        <source>No sites yet. Add… connects Postwright to a WordPress site with an Application Password.</source>
        <translation>Noch keine Websites. „Hinzufügen…“ verbindet Postwright über ein Anwendungspasswort mit einer WordPress-Website.</translation>
    </message>
    <message>
        <location line="+58"/>
        <source>Checking “%1”…</source>
        <translation>„%1“ wird geprüft…</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>“%1”: %2</source>
        <translation>„%1“: %2</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>“%1” answers. %2</source>
        <translation>„%1“ antwortet. %2</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Remove Site</source>
        <translation>Website entfernen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Remove the site “%1”?</source>
        <translation>Die Website „%1“ entfernen?</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Postwright forgets the site and removes its Application Password from the keyring. Nothing on the site changes.</source>
        <translation>Postwright vergisst die Website und entfernt ihr Anwendungspasswort aus dem Schlüsselbund. Auf der Website ändert sich nichts.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Remove</source>
        <translation>Entfernen</translation>
    </message>
</context>
<context>
    <name>pw::gui::SpellingBar</name>
    <message>
        <location filename="../app/gui/spelling/spelling_bar.cpp" line="+32"/>
        <source>Spelling:</source>
        <translation>Rechtschreibung:</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The language this post is checked in (stored in its front matter as &apos;lang&apos;)</source>
        <translation>Die Sprache, in der dieser Beitrag geprüft wird (im Front Matter als &apos;lang&apos; gespeichert)</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>Off</source>
        <translation>Aus</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>%1 (not installed)</source>
        <translation>%1 (nicht installiert)</translation>
    </message>
    <message numerus="yes">
        <location line="+17"/>
        <source>%n possible misspelling(s)</source>
        <translation>
            <numerusform>%n möglicher Rechtschreibfehler</numerusform>
            <numerusform>%n mögliche Rechtschreibfehler</numerusform>
        </translation>
    </message>
    <message>
        <location line="+4"/>
        <source> · in title, description or tags: %1</source>
        <translation> · in Titel, Beschreibung oder Schlagwörtern: %1</translation>
    </message>
</context>
<context>
    <name>pw::gui::StatusStats</name>
    <message>
        <location filename="../app/gui/panels/status_stats.cpp" line="+22"/>
        <source>Every word a reader sees in the body, quotations and code spans included. The SEO tab&apos;s text length leaves out quotations, code and image descriptions, as Yoast SEO does, so it can be lower.</source>
        <translation>Jedes Wort, das Leser im Text sehen, Zitate und Code im Text eingeschlossen. Die Textlänge im SEO-Tab lässt wie Yoast SEO Zitate, Code und Bildbeschreibungen weg und kann darum niedriger sein.</translation>
    </message>
    <message numerus="yes">
        <location line="+10"/>
        <source>%n word(s)</source>
        <translation>
            <numerusform>%n Wort</numerusform>
            <numerusform>%n Wörter</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n character(s)</source>
        <translation>
            <numerusform>%n Zeichen</numerusform>
            <numerusform>%n Zeichen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n min read</source>
        <translation>
            <numerusform>%n Min. Lesezeit</numerusform>
            <numerusform>%n Min. Lesezeit</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+8"/>
        <source>%n error(s)</source>
        <translation>
            <numerusform>%n Fehler</numerusform>
            <numerusform>%n Fehler</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n warning(s)</source>
        <translation>
            <numerusform>%n Warnung</numerusform>
            <numerusform>%n Warnungen</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>pw::gui::SuggestionOffer</name>
    <message>
        <location filename="../app/gui/panels/suggestion_offer.cpp" line="+19"/>
        <source>Use</source>
        <translation>Übernehmen</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>%1: “%2”</source>
        <translation>%1: „%2“</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>“%1”</source>
        <translation>„%1“</translation>
    </message>
</context>
<context>
    <name>pw::gui::WxrImportDialog</name>
    <message>
        <location filename="../app/gui/dialogs/wxr_import_dialog.cpp" line="+55"/>
        <source>Select &amp;All</source>
        <translation>&amp;Alle auswählen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Select &amp;None</source>
        <translation>&amp;Keine auswählen</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Open Folder</source>
        <translation>Ordner öffnen</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+382"/>
        <source>&amp;Import</source>
        <translation>&amp;Importieren</translation>
    </message>
    <message>
        <location line="-382"/>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Close</source>
        <translation>Schließen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Import WordPress Export</source>
        <translation>WordPress-Export importieren</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reading %1…</source>
        <translation>%1 wird gelesen…</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>Filter by title or author</source>
        <translation>Nach Titel oder Autor filtern</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Posts and pages</source>
        <translation>Beiträge und Seiten</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Posts</source>
        <translation>Beiträge</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Pages</source>
        <translation>Seiten</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Any status</source>
        <translation>Jeder Status</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>&amp;Filter:</source>
        <translation>&amp;Filter:</translation>
    </message>
    <message>
        <location line="+78"/>
        <source>Reading the export…</source>
        <translation>Der Export wird gelesen…</translation>
    </message>
    <message>
        <location line="+12"/>
        <location line="+111"/>
        <source>The file cannot be read: %1</source>
        <translation>Die Datei kann nicht gelesen werden: %1</translation>
    </message>
    <message>
        <location line="-86"/>
        <source>%1 cannot be imported.</source>
        <translation>%1 kann nicht importiert werden.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>“%1” (%2)</source>
        <translation>„%1“ (%2)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The export holds no posts or pages.</source>
        <translation>Der Export enthält keine Beiträge oder Seiten.</translation>
    </message>
    <message numerus="yes">
        <location line="+25"/>
        <source>Write %n Imported Post(s) into Folder</source>
        <translation>
            <numerusform>%n importierten Beitrag in einen Ordner schreiben</numerusform>
            <numerusform>%n importierte Beiträge in einen Ordner schreiben</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+20"/>
        <source>Importing %n post(s)…</source>
        <translation>
            <numerusform>%n Beitrag wird importiert…</numerusform>
            <numerusform>%n Beiträge werden importiert…</numerusform>
        </translation>
    </message>
    <message>
        <location line="+65"/>
        <source>Cancelled: nothing was opened.</source>
        <translation>Abgebrochen: Es wurde nichts geöffnet.</translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>Cancelled: %n post(s) written before stopping; every file written is complete.</source>
        <translation>
            <numerusform>Abgebrochen: %n Beitrag wurde vorher geschrieben; jede geschriebene Datei ist vollständig.</numerusform>
            <numerusform>Abgebrochen: %n Beiträge wurden vorher geschrieben; jede geschriebene Datei ist vollständig.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+20"/>
        <source>Imported %n post(s) into %1.</source>
        <translation>
            <numerusform>%n Beitrag in %1 importiert.</numerusform>
            <numerusform>%n Beiträge in %1 importiert.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>%n post(s) unchanged since the last import: left alone.</source>
        <translation>
            <numerusform>%n Beitrag seit dem letzten Import unverändert: nicht angetastet.</numerusform>
            <numerusform>%n Beiträge seit dem letzten Import unverändert: nicht angetastet.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>%n post(s) edited since the last import: kept, not overwritten.</source>
        <translation>
            <numerusform>%n Beitrag seit dem letzten Import bearbeitet: behalten, nicht überschrieben.</numerusform>
            <numerusform>%n Beiträge seit dem letzten Import bearbeitet: behalten, nicht überschrieben.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>%n post(s) not written:</source>
        <translation>
            <numerusform>%n Beitrag nicht geschrieben:</numerusform>
            <numerusform>%n Beiträge nicht geschrieben:</numerusform>
        </translation>
    </message>
    <message>
        <location line="+7"/>
        <source>  “%1”: %2</source>
        <translation>  „%1“: %2</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>Cancelling…</source>
        <translation>Wird abgebrochen…</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>&amp;Import into Folder…</source>
        <translation>In Ordner &amp;importieren…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>More than %1 posts: they are written into a folder you choose, one file each, instead of opening as tabs.</source>
        <translation>Mehr als %1 Beiträge: Sie werden in einen Ordner Ihrer Wahl geschrieben, eine Datei je Beitrag, statt als Tabs geöffnet zu werden.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Opens the picked posts as tabs, each with its review.</source>
        <translation>Öffnet die gewählten Beiträge als Tabs, jeden mit seiner Importprüfung.</translation>
    </message>
</context>
<context>
    <name>pw::gui::WxrPostList</name>
    <message>
        <location filename="../app/gui/import/wxr_post_list.cpp" line="+61"/>
        <source>Password-protected: not picked, so that what the password kept private is not imported by accident. Tick it to import it with its content.</source>
        <translation>Passwortgeschützt: nicht gewählt, damit nicht versehentlich importiert wird, was das Passwort privat hielt. Haken Sie ihn an, um ihn mit seinem Inhalt zu importieren.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>In the trash on the site: not picked. Tick it to import it anyway.</source>
        <translation>Auf der Website im Papierkorb: nicht gewählt. Haken Sie ihn an, um ihn trotzdem zu importieren.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Page</source>
        <translation>Seite</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Post</source>
        <translation>Beitrag</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Trash</source>
        <translation>Papierkorb</translation>
    </message>
    <message>
        <location line="+56"/>
        <source>Posts: %1 · Pages: %2 · Attachments: %3</source>
        <translation>Beiträge: %1 · Seiten: %2 · Anhänge: %3</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Picked: %1 of %2</source>
        <translation>Gewählt: %1 von %2</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>(password-protected and trashed ones start unticked: tick them to import them)</source>
        <translation>(passwortgeschützte und im Papierkorb liegende sind zunächst nicht angehakt: Haken Sie sie an, um sie zu importieren)</translation>
    </message>
    <message>
        <location line="+47"/>
        <source>(no title)</source>
        <translation>(kein Titel)</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Password</source>
        <translation>Passwort</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>Title</source>
        <translation>Titel</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Type</source>
        <translation>Typ</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Date</source>
        <translation>Datum</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Author</source>
        <translation>Autor</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Protected</source>
        <translation>Geschützt</translation>
    </message>
</context>
<context>
    <name>pw::wp::MediaUploader</name>
    <message>
        <location filename="../app/core/wordpress/wp_media.cpp" line="+170"/>
        <source>The image “%1” cannot be read: %2</source>
        <translation>Das Bild „%1“ kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>The image “%1” is an empty file.</source>
        <translation>Das Bild „%1“ ist eine leere Datei.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>“%1” is not an image: its content is %2.</source>
        <translation>„%1“ ist kein Bild: Der Inhalt ist %2.</translation>
    </message>
    <message>
        <location line="+57"/>
        <source>The site&apos;s media library could not be checked: %1</source>
        <translation>Die Mediathek der Website konnte nicht geprüft werden: %1</translation>
    </message>
    <message>
        <location line="+69"/>
        <source>The image “%1” could not be uploaded: %2</source>
        <translation>Das Bild „%1“ konnte nicht hochgeladen werden: %2</translation>
    </message>
    <message>
        <location line="+36"/>
        <source>The alt text of the image “%1” could not be set: %2</source>
        <translation>Der Alternativtext des Bildes „%1“ konnte nicht gesetzt werden: %2</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>The list of uploaded images could not be saved, so the next publish uploads them again: %1</source>
        <translation>Die Liste der hochgeladenen Bilder konnte nicht gespeichert werden; beim nächsten Veröffentlichen werden sie erneut hochgeladen: %1</translation>
    </message>
</context>
<context>
    <name>pw::wp::PublishJob</name>
    <message>
        <location filename="../app/core/wordpress/wp_publish_job.cpp" line="+181"/>
        <source>Finding the categories and tags on the site</source>
        <translation>Kategorien und Schlagwörter auf der Website werden gesucht</translation>
    </message>
    <message numerus="yes">
        <location line="+37"/>
        <source>Uploading %n image(s)</source>
        <translation>
            <numerusform>%n Bild wird hochgeladen</numerusform>
            <numerusform>%n Bilder werden hochgeladen</numerusform>
        </translation>
    </message>
    <message>
        <location line="+83"/>
        <source>Nothing was published.</source>
        <translation>Es wurde nichts veröffentlicht.</translation>
    </message>
</context>
<context>
    <name>pw::wp::Publisher</name>
    <message>
        <location filename="../app/core/wordpress/wp_publisher.cpp" line="+106"/>
        <source>Checking the post on the site</source>
        <translation>Der Beitrag auf der Website wird geprüft</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>The post (id %1) is no longer on the site: it was deleted there. Publish it as a new post instead.</source>
        <translation>Der Beitrag (ID %1) ist nicht mehr auf der Website: Er wurde dort gelöscht. Veröffentlichen Sie ihn stattdessen als neuen Beitrag.</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>The post was changed on the site (at %1 UTC) since this document was based on it (%2 UTC). Nothing was sent.</source>
        <translation>Der Beitrag wurde auf der Website geändert (um %1 UTC), nach dem Stand, auf dem dieses Dokument beruht (%2 UTC). Es wurde nichts gesendet.</translation>
    </message>
    <message>
        <location line="+42"/>
        <source>%1 Whether the site stored the post cannot be told now; publishing again is safe: it finds the post first.</source>
        <translation>%1 Ob die Website den Beitrag gespeichert hat, lässt sich jetzt nicht feststellen; erneutes Veröffentlichen ist sicher: Es sucht zuerst den Beitrag.</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>%1 Nothing was published; publish again.</source>
        <translation>%1 Es wurde nichts veröffentlicht; veröffentlichen Sie erneut.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The site&apos;s answer was lost, but the post is there: found by its marker.</source>
        <translation>Die Antwort der Website ging verloren, aber der Beitrag ist dort: anhand seiner Markierung gefunden.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>An earlier attempt had created the post (id %1); it was updated, not created again.</source>
        <translation>Ein früherer Versuch hatte den Beitrag angelegt (ID %1); er wurde aktualisiert, nicht erneut angelegt.</translation>
    </message>
    <message>
        <location line="+44"/>
        <source>Creating the post</source>
        <translation>Der Beitrag wird angelegt</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Updating the post</source>
        <translation>Der Beitrag wird aktualisiert</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>The site may have stored the change; publishing again is safe: it compares first.</source>
        <translation>Die Website hat die Änderung womöglich gespeichert; erneutes Veröffentlichen ist sicher: Es vergleicht zuerst.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>The site changed the slug to “%1” (“%2” is taken).</source>
        <translation>Die Website hat den Slug in „%1“ geändert („%2“ ist vergeben).</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The site made the post “%1”, not “%2”.</source>
        <translation>Die Website hat den Beitrag auf „%1“ gesetzt, nicht auf „%2“.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The site changed the HTML it stored (%1 characters sent, %2 kept): the account may lack unfiltered_html, so WordPress filtered it.</source>
        <translation>Die Website hat das gespeicherte HTML verändert (%1 Zeichen gesendet, %2 behalten): Dem Konto fehlt womöglich unfiltered_html, daher hat WordPress es gefiltert.</translation>
    </message>
</context>
<context>
    <name>pw::wp::Response</name>
    <message>
        <location filename="../app/core/wordpress/wp_response.cpp" line="+80"/>
        <source>The site cannot be reached. Check the address and your connection.</source>
        <translation>Die Website ist nicht erreichbar. Prüfen Sie die Adresse und Ihre Verbindung.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The site did not answer in time.</source>
        <translation>Die Website hat nicht rechtzeitig geantwortet.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The site&apos;s certificate is not trusted, so nothing was sent. Ask the site&apos;s host to fix the certificate.</source>
        <translation>Dem Zertifikat der Website wird nicht vertraut, daher wurde nichts gesendet. Bitten Sie den Hoster der Website, das Zertifikat zu korrigieren.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The site answered with a redirect to another address; nothing was sent there. Use the address the site redirects to.</source>
        <translation>Die Website hat mit einer Weiterleitung an eine andere Adresse geantwortet; dorthin wurde nichts gesendet. Verwenden Sie die Adresse, an die die Website weiterleitet.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The address does not answer as a WordPress site (no REST API found).</source>
        <translation>Unter dieser Adresse antwortet keine WordPress-Website (keine REST-API gefunden).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The site did not accept the user name or the Application Password.</source>
        <translation>Die Website hat den Benutzernamen oder das Anwendungspasswort nicht akzeptiert.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The site does not accept Application Passwords (turned off, or a plugin blocks them).</source>
        <translation>Die Website akzeptiert keine Anwendungspasswörter (abgeschaltet, oder ein Plugin blockiert sie).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Your account on the site may not do this.</source>
        <translation>Ihr Konto auf der Website darf das nicht.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The site has no such post or address.</source>
        <translation>Die Website hat keinen solchen Beitrag und keine solche Adresse.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The site had an internal error.</source>
        <translation>Auf der Website ist ein interner Fehler aufgetreten.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The site refused the request.</source>
        <translation>Die Website hat die Anfrage abgelehnt.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The site&apos;s answer was cut off or is not valid JSON.</source>
        <translation>Die Antwort der Website wurde abgeschnitten oder ist kein gültiges JSON.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Cancelled.</source>
        <translation>Abgebrochen.</translation>
    </message>
    <message>
        <location line="+40"/>
        <source>The site said: “%1”</source>
        <translation>Die Website meldete: „%1“</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>(HTTP %1)</source>
        <translation>(HTTP %1)</translation>
    </message>
</context>
<context>
    <name>pw::wp::SecretStore</name>
    <message>
        <location filename="../app/core/wordpress/secret_store.cpp" line="+26"/>
        <source>No password is stored in the keyring for this site.</source>
        <translation>Für diese Website ist kein Passwort im Schlüsselbund gespeichert.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>No system keyring answers (%1), so the password is not kept: it will be asked for again.</source>
        <translation>Kein Schlüsselbund des Systems antwortet (%1), daher wird das Passwort nicht gespeichert: Es wird erneut abgefragt.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The system keyring refused: %1</source>
        <translation>Der Schlüsselbund des Systems hat abgelehnt: %1</translation>
    </message>
</context>
<context>
    <name>pw::wp::SiteCheck</name>
    <message>
        <location filename="../app/core/wordpress/wp_site_check.cpp" line="+143"/>
        <source>The site does not offer Application Passwords over plain HTTP. Use its https:// address.</source>
        <translation>Die Website bietet über unverschlüsseltes HTTP keine Anwendungspasswörter an. Verwenden Sie ihre https://-Adresse.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The site does not offer Application Passwords: they are turned off, or a security plugin blocks them. Ask the site&apos;s administrator to allow them.</source>
        <translation>Die Website bietet keine Anwendungspasswörter an: Sie sind abgeschaltet, oder ein Sicherheits-Plugin blockiert sie. Bitten Sie den Administrator der Website, sie zuzulassen.</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>The site did not accept the user name “%1” with this Application Password.</source>
        <translation>Die Website hat den Benutzernamen „%1“ mit diesem Anwendungspasswort nicht akzeptiert.</translation>
    </message>
</context>
<context>
    <name>pw::wp::SitePull</name>
    <message>
        <location filename="../app/core/wordpress/site_pull.cpp" line="+21"/>
        <source>page %1</source>
        <translation>Seite %1</translation>
    </message>
    <message>
        <location line="+39"/>
        <source>the connection to the site is gone</source>
        <translation>die Verbindung zur Website besteht nicht mehr</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>the site did not say why</source>
        <translation>die Website hat keinen Grund genannt</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Page %1 of the posts could not be loaded: %2</source>
        <translation>Seite %1 der Beiträge konnte nicht geladen werden: %2</translation>
    </message>
</context>
<context>
    <name>pw::wp::TermResolver</name>
    <message>
        <location filename="../app/core/wordpress/wp_terms.cpp" line="+243"/>
        <source>Your account may not create the category “%1” on this site. Ask an editor to create it, or choose an existing category.</source>
        <translation>Ihr Konto darf auf dieser Website die Kategorie „%1“ nicht anlegen. Bitten Sie einen Redakteur, sie anzulegen, oder wählen Sie eine vorhandene Kategorie.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Your account may not create the tag “%1” on this site. Ask an editor to create it, or remove the tag.</source>
        <translation>Ihr Konto darf auf dieser Website das Schlagwort „%1“ nicht anlegen. Bitten Sie einen Redakteur, es anzulegen, oder entfernen Sie das Schlagwort.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The category “%1” could not be created: %2</source>
        <translation>Die Kategorie „%1“ konnte nicht angelegt werden: %2</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The tag “%1” could not be created: %2</source>
        <translation>Das Schlagwort „%1“ konnte nicht angelegt werden: %2</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>The site&apos;s categories could not be read (looking for “%1”): %2</source>
        <translation>Die Kategorien der Website konnten nicht gelesen werden (gesucht: „%1“): %2</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The site&apos;s tags could not be read (looking for “%1”): %2</source>
        <translation>Die Schlagwörter der Website konnten nicht gelesen werden (gesucht: „%1“): %2</translation>
    </message>
</context>
</TS>
