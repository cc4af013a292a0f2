<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="en_US">
<context>
    <name>SeoText</name>
    <message numerus="yes">
        <location filename="../app/core/seo/keyphrase_checks.cpp" line="+28" />
        <source>%n content word(s): good.</source>
        <translation>
            <numerusform>%n content word: good.</numerusform><numerusform>%n content words: good.</numerusform></translation>
    </message>
    <message numerus="yes">
        <location line="+3" />
        <source>%n content word(s), more than the recommended 4. Shorten the keyphrase to the words a reader would search for.</source>
        <translation>
            <numerusform>%n content word, more than the recommended 4. Shorten the keyphrase to the words a reader would search for.</numerusform><numerusform>%n content words, more than the recommended 4. Shorten the keyphrase to the words a reader would search for.</numerusform></translation>
    </message>
    <message numerus="yes">
        <location line="+4" />
        <source>%n content word(s), far more than the recommended 4. Pick a shorter keyphrase and move the rest to synonyms.</source>
        <translation>
            <numerusform>%n content word, far more than the recommended 4. Pick a shorter keyphrase and move the rest to synonyms.</numerusform><numerusform>%n content words, far more than the recommended 4. Pick a shorter keyphrase and move the rest to synonyms.</numerusform></translation>
    </message>
    <message numerus="yes">
        <location line="+112" />
        <source>Found %n time(s)</source>
        <translation>
            <numerusform>Found %n time</numerusform><numerusform>Found %n times</numerusform></translation>
    </message>
    <message numerus="yes">
        <location line="+1" />
        <source> in %n word(s) (%1 %).</source>
        <translation>
            <numerusform> in %n word (%1 %).</numerusform><numerusform> in %n words (%1 %).</numerusform></translation>
    </message>
    <message numerus="yes">
        <location line="+44" />
        <source>Use the keyphrase at least %n time(s) for a text of this length, in sentences where it fits naturally.</source>
        <translation>
            <numerusform>Use the keyphrase at least %n time for a text of this length, in sentences where it fits naturally.</numerusform><numerusform>Use the keyphrase at least %n times for a text of this length, in sentences where it fits naturally.</numerusform></translation>
    </message>
    <message numerus="yes">
        <location line="+6" />
        <source>That is more than the recommended %n time(s): replace some with synonyms or pronouns so it does not read as stuffing.</source>
        <translation>
            <numerusform>That is more than the recommended %n time: replace some with synonyms or pronouns so it does not read as stuffing.</numerusform><numerusform>That is more than the recommended %n times: replace some with synonyms or pronouns so it does not read as stuffing.</numerusform></translation>
    </message>
    <message numerus="yes">
        <location line="+25" />
        <source>The meta description uses the keyphrase %n time(s). Once or twice reads better in a search result.</source>
        <translation>
            <numerusform>The meta description uses the keyphrase %n time. Once or twice reads better in a search result.</numerusform><numerusform>The meta description uses the keyphrase %n times. Once or twice reads better in a search result.</numerusform></translation>
    </message>
    <message numerus="yes">
        <location line="+61" />
        <source>%1 of %n H2/H3 subheading(s) reflect the topic.</source>
        <translation>
            <numerusform>%1 of %n H2/H3 subheading reflect the topic.</numerusform><numerusform>%1 of %n H2/H3 subheadings reflect the topic.</numerusform></translation>
    </message>
    <message numerus="yes">
        <location line="+4" />
        <location line="+14" />
        <source>Use the keyphrase or a synonym in at least %n of them.</source>
        <translation>
            <numerusform>Use the keyphrase or a synonym in at least %n of them.</numerusform><numerusform>Use the keyphrase or a synonym in at least %n of them.</numerusform></translation>
    </message>
    <message numerus="yes">
        <location line="-8" />
        <source>That is more than %n: vary some headings so they do not read as keyword stuffing.</source>
        <translation>
            <numerusform>That is more than %n: vary some headings so they do not read as keyword stuffing.</numerusform><numerusform>That is more than %n: vary some headings so they do not read as keyword stuffing.</numerusform></translation>
    </message>
    <message numerus="yes">
        <location line="+63" />
        <source>%n link(s) use the keyphrase as their text, telling search engines another page is about this topic. Reword the link text.</source>
        <translation>
            <numerusform>%n link use the keyphrase as their text, telling search engines another page is about this topic. Reword the link text.</numerusform><numerusform>%n links use the keyphrase as their text, telling search engines another page is about this topic. Reword the link text.</numerusform></translation>
    </message>
    <message numerus="yes">
        <location line="+37" />
        <source>%1 of %n image(s) have the keyphrase in their alt text. Add it to a few more where it describes the image.</source>
        <translation>
            <numerusform>%1 of %n image have the keyphrase in their alt text. Add it to a few more where it describes the image.</numerusform><numerusform>%1 of %n images have the keyphrase in their alt text. Add it to a few more where it describes the image.</numerusform></translation>
    </message>
    <message numerus="yes">
        <location line="+10" />
        <source>%1 of %n image(s) have the keyphrase in their alt text: good.</source>
        <translation>
            <numerusform>%1 of %n image have the keyphrase in their alt text: good.</numerusform><numerusform>%1 of %n images have the keyphrase in their alt text: good.</numerusform></translation>
    </message>
    <message numerus="yes">
        <location line="+5" />
        <source>%1 of %n image(s) have the keyphrase in their alt text: too many. Describe what each image shows instead.</source>
        <translation>
            <numerusform>%1 of %n image have the keyphrase in their alt text: too many. Describe what each image shows instead.</numerusform><numerusform>%1 of %n images have the keyphrase in their alt text: too many. Describe what each image shows instead.</numerusform></translation>
    </message>
    <message numerus="yes">
        <location filename="../app/core/seo/readability_checks.cpp" line="+127" />
        <source>%n paragraph(s) have more than 150 words (the longest: %1). Break them up.</source>
        <translation>
            <numerusform>%n paragraph have more than 150 words (the longest: %1). Break them up.</numerusform><numerusform>%n paragraphs have more than 150 words (the longest: %1). Break them up.</numerusform></translation>
    </message>
    <message numerus="yes">
        <location line="+40" />
        <source>%n words without a single subheading. Add subheadings that say what each part is about.</source>
        <translation>
            <numerusform>%n words without a single subheading. Add subheadings that say what each part is about.</numerusform><numerusform>%n words without a single subheading. Add subheadings that say what each part is about.</numerusform></translation>
    </message>
    <message numerus="yes">
        <location line="+14" />
        <source>The introduction runs %n words before the first subheading. Add one within 300 words.</source>
        <translation>
            <numerusform>The introduction runs %n words before the first subheading. Add one within 300 words.</numerusform><numerusform>The introduction runs %n words before the first subheading. Add one within 300 words.</numerusform></translation>
    </message>
    <message numerus="yes">
        <location line="+9" />
        <source>%n section(s) run over 300 words without a subheading (the longest: %1). Add a subheading to break them up.</source>
        <translation>
            <numerusform>%n section run over 300 words without a subheading (the longest: %1). Add a subheading to break them up.</numerusform><numerusform>%n sections run over 300 words without a subheading (the longest: %1). Add a subheading to break them up.</numerusform></translation>
    </message>
    <message numerus="yes">
        <location line="+80" />
        <source>%n time(s) three or more sentences in a row start with the same word (up to %1). Vary how the marked sentences begin.</source>
        <translation>
            <numerusform>%n time three or more sentences in a row start with the same word (up to %1). Vary how the marked sentences begin.</numerusform><numerusform>%n times three or more sentences in a row start with the same word (up to %1). Vary how the marked sentences begin.</numerusform></translation>
    </message>
    <message numerus="yes">
        <location filename="../app/core/seo/structure_checks.cpp" line="+22" />
        <source>%n image(s): good.</source>
        <translation>
            <numerusform>%n image: good.</numerusform><numerusform>%n images: good.</numerusform></translation>
    </message>
    <message numerus="yes">
        <location line="+9" />
        <source>%n word(s), not counting quotations, code and image descriptions: good.</source>
        <translation>
            <numerusform>%n word, not counting quotations, code and image descriptions: good.</numerusform><numerusform>%n words, not counting quotations, code and image descriptions: good.</numerusform></translation>
    </message>
    <message numerus="yes">
        <location line="+4" />
        <source>%n word(s), not counting quotations, code and image descriptions.</source>
        <translation>
            <numerusform>%n word, not counting quotations, code and image descriptions.</numerusform><numerusform>%n words, not counting quotations, code and image descriptions.</numerusform></translation>
    </message>
    <message numerus="yes">
        <location line="+54" />
        <source>%n outbound link(s), some nofollow: fine.</source>
        <translation>
            <numerusform>%n outbound link, some nofollow: fine.</numerusform><numerusform>%n outbound links, some nofollow: fine.</numerusform></translation>
    </message>
    <message numerus="yes">
        <location line="+2" />
        <source>%n outbound link(s): good.</source>
        <translation>
            <numerusform>%n outbound link: good.</numerusform><numerusform>%n outbound links: good.</numerusform></translation>
    </message>
    <message numerus="yes">
        <location line="+16" />
        <source>%n internal link(s), some nofollow: fine.</source>
        <translation>
            <numerusform>%n internal link, some nofollow: fine.</numerusform><numerusform>%n internal links, some nofollow: fine.</numerusform></translation>
    </message>
    <message numerus="yes">
        <location line="+2" />
        <source>%n internal link(s): good.</source>
        <translation>
            <numerusform>%n internal link: good.</numerusform><numerusform>%n internal links: good.</numerusform></translation>
    </message>
    <message numerus="yes">
        <location line="+23" />
        <source>The body has %n H1 headings. Keep the title as the only H1 and make these H2 (## in Markdown).</source>
        <translation>
            <numerusform>The body has %n H1 headings. Keep the title as the only H1 and make these H2 (## in Markdown).</numerusform><numerusform>The body has %n H1 headings. Keep the title as the only H1 and make these H2 (## in Markdown).</numerusform></translation>
    </message>
    <message numerus="yes">
        <location line="+46" />
        <source>%n character(s): too short. Use up to 156 to say what the reader gets.</source>
        <translation>
            <numerusform>%n character: too short. Use up to 156 to say what the reader gets.</numerusform><numerusform>%n characters: too short. Use up to 156 to say what the reader gets.</numerusform></translation>
    </message>
    <message numerus="yes">
        <location line="+6" />
        <source>%n character(s): search results cut it after 156. Shorten it.</source>
        <translation>
            <numerusform>%n character: search results cut it after 156. Shorten it.</numerusform><numerusform>%n characters: search results cut it after 156. Shorten it.</numerusform></translation>
    </message>
    <message numerus="yes">
        <location line="+3" />
        <source>%n character(s): good.</source>
        <translation>
            <numerusform>%n character: good.</numerusform><numerusform>%n characters: good.</numerusform></translation>
    </message>
</context>
<context>
    <name>pw::Decoder</name>
    <message numerus="yes">
        <location filename="../app/core/text/decoder.cpp" line="+541" />
        <source>%n invalid byte sequence(s) replaced by U+FFFD; the first is at byte %1 (line %2).</source>
        <translation>
            <numerusform>%n invalid byte sequence replaced by U+FFFD; the first is at byte %1 (line %2).</numerusform><numerusform>%n invalid byte sequences replaced by U+FFFD; the first is at byte %1 (line %2).</numerusform></translation>
    </message>
    <message numerus="yes">
        <location line="+13" />
        <source>Repaired %n character sequence(s) of UTF-8 that had been read as %1.</source>
        <translation>
            <numerusform>Repaired %n character sequence of UTF-8 that had been read as %1.</numerusform><numerusform>Repaired %n character sequences of UTF-8 that had been read as %1.</numerusform></translation>
    </message>
</context>
<context>
    <name>pw::HtmlToMarkdown</name>
    <message numerus="yes">
        <location filename="../app/core/import/html_to_markdown.cpp" line="+40" />
        <source>%n script(s) removed</source>
        <translation>
            <numerusform>%n script removed</numerusform><numerusform>%n scripts removed</numerusform></translation>
    </message>
    <message numerus="yes">
        <location line="+3" />
        <source>%n style sheet(s) removed</source>
        <translation>
            <numerusform>%n style sheet removed</numerusform><numerusform>%n style sheets removed</numerusform></translation>
    </message>
    <message numerus="yes">
        <location line="+3" />
        <source>%n event handler(s) removed</source>
        <translation>
            <numerusform>%n event handler removed</numerusform><numerusform>%n event handlers removed</numerusform></translation>
    </message>
    <message numerus="yes">
        <location line="+3" />
        <source>%n script or data URL(s) removed, their text kept</source>
        <translation>
            <numerusform>%n script or data URL removed, their text kept</numerusform><numerusform>%n script or data URLs removed, their text kept</numerusform></translation>
    </message>
    <message numerus="yes">
        <location line="+4" />
        <source>%n form element(s) removed</source>
        <translation>
            <numerusform>%n form element removed</numerusform><numerusform>%n form elements removed</numerusform></translation>
    </message>
    <message numerus="yes">
        <location line="+3" />
        <source>%n drawing or unsupported element(s) removed (svg, canvas, …)</source>
        <translation>
            <numerusform>%n drawing or unsupported element removed (svg, canvas, …)</numerusform><numerusform>%n drawing or unsupported elements removed (svg, canvas, …)</numerusform></translation>
    </message>
    <message numerus="yes">
        <location line="+5" />
        <source>%n embed(s) (video, audio, iframe) kept as a link on its own line</source>
        <translation>
            <numerusform>%n embed (video, audio, iframe) kept as a link on its own line</numerusform><numerusform>%n embeds (video, audio, iframe) kept as a link on its own line</numerusform></translation>
    </message>
    <message numerus="yes">
        <location line="+4" />
        <source>%n embed(s) without a usable address could not be kept</source>
        <translation>
            <numerusform>%n embed without a usable address could not be kept</numerusform><numerusform>%n embeds without a usable address could not be kept</numerusform></translation>
    </message>
    <message numerus="yes">
        <location line="+4" />
        <source>%n unrendered shortcode(s) dropped, their content kept</source>
        <translation>
            <numerusform>%n unrendered shortcode dropped, their content kept</numerusform><numerusform>%n unrendered shortcodes dropped, their content kept</numerusform></translation>
    </message>
    <message numerus="yes">
        <location line="+4" />
        <source>%n table(s) with merged or block cells kept as HTML</source>
        <translation>
            <numerusform>%n table with merged or block cells kept as HTML</numerusform><numerusform>%n tables with merged or block cells kept as HTML</numerusform></translation>
    </message>
    <message numerus="yes">
        <location line="+4" />
        <source>%n very deeply nested part(s) flattened to plain text</source>
        <translation>
            <numerusform>%n very deeply nested part flattened to plain text</numerusform><numerusform>%n very deeply nested parts flattened to plain text</numerusform></translation>
    </message>
</context>
<context>
    <name>pw::ImageDownloader</name>
    <message numerus="yes">
        <location filename="../app/core/import/image_downloader.cpp" line="+131" />
        <source>no answer within %n second(s)</source>
        <translation>
            <numerusform>no answer within %n second</numerusform><numerusform>no answer within %n seconds</numerusform></translation>
    </message>
</context>
<context>
    <name>pw::MetadataChecks</name>
    <message numerus="yes">
        <location filename="../app/core/checks/metadata_checks.cpp" line="+114" />
        <source>The title has %n character(s); keep it to 60 or fewer.</source>
        <translation>
            <numerusform>The title has %n character; keep it to 60 or fewer.</numerusform><numerusform>The title has %n characters; keep it to 60 or fewer.</numerusform></translation>
    </message>
    <message numerus="yes">
        <location line="+6" />
        <source>The title has only %n character(s); aim for 16 to 60.</source>
        <translation>
            <numerusform>The title has only %n character; aim for 16 to 60.</numerusform><numerusform>The title has only %n characters; aim for 16 to 60.</numerusform></translation>
    </message>
    <message numerus="yes">
        <location line="+76" />
        <source>The meta description is too short: %n character(s); aim for 121 to 156.</source>
        <translation>
            <numerusform>The meta description is too short: %n character; aim for 121 to 156.</numerusform><numerusform>The meta description is too short: %n characters; aim for 121 to 156.</numerusform></translation>
    </message>
    <message numerus="yes">
        <location line="+8" />
        <source>The meta description has %n character(s) and will be truncated after 156.</source>
        <translation>
            <numerusform>The meta description has %n character and will be truncated after 156.</numerusform><numerusform>The meta description has %n characters and will be truncated after 156.</numerusform></translation>
    </message>
    <message numerus="yes">
        <location line="+118" />
        <source>The body has %n word(s), counting every word a reader sees; 300 or more is recommended.</source>
        <translation>
            <numerusform>The body has %n word, counting every word a reader sees; 300 or more is recommended.</numerusform><numerusform>The body has %n words, counting every word a reader sees; 300 or more is recommended.</numerusform></translation>
    </message>
</context>
<context>
    <name>pw::PostReader</name>
    <message numerus="yes">
        <location filename="../app/core/formats/post_reader.cpp" line="+186" />
        <source>The file holds %n posts; the first one was opened.</source>
        <translation>
            <numerusform>The file holds %n post; the first one was opened.</numerusform><numerusform>The file holds %n posts; the first one was opened.</numerusform></translation>
    </message>
    <message numerus="yes">
        <location line="+60" />
        <source>%n post(s)</source>
        <translation>
            <numerusform>%n post</numerusform><numerusform>%n posts</numerusform></translation>
    </message>
    <message numerus="yes">
        <location line="+2" />
        <source>%n page(s)</source>
        <translation>
            <numerusform>%n page</numerusform><numerusform>%n pages</numerusform></translation>
    </message>
</context>
<context>
    <name>pw::WordPressImport</name>
    <message numerus="yes">
        <location filename="../app/core/import/wordpress_import.cpp" line="+102" />
        <source>%n mis-decoded character sequence(s) repaired (UTF-8 that had been read as %1).</source>
        <translation>
            <numerusform>%n mis-decoded character sequence repaired (UTF-8 that had been read as %1).</numerusform><numerusform>%n mis-decoded character sequences repaired (UTF-8 that had been read as %1).</numerusform></translation>
    </message>
    <message numerus="yes">
        <location line="+147" />
        <source>WordPress category id(s) %1 could not be turned into names (the export has no embedded terms); assign the categories by hand.</source>
        <translation>
            <numerusform>WordPress category id %1 could not be turned into names (the export has no embedded terms); assign the categories by hand.</numerusform><numerusform>WordPress category ids %1 could not be turned into names (the export has no embedded terms); assign the categories by hand.</numerusform></translation>
    </message>
    <message numerus="yes">
        <location line="+9" />
        <source>WordPress tag id(s) %1 could not be turned into names (the export has no embedded terms); add the tags by hand.</source>
        <translation>
            <numerusform>WordPress tag id %1 could not be turned into names (the export has no embedded terms); add the tags by hand.</numerusform><numerusform>WordPress tag ids %1 could not be turned into names (the export has no embedded terms); add the tags by hand.</numerusform></translation>
    </message>
</context>
<context>
    <name>pw::WxrImport</name>
    <message numerus="yes">
        <location filename="../app/core/import/wxr_import.cpp" line="+250" />
        <source>%n shortcode(s) WordPress itself does not know were kept as text for review: %1. A plugin made them; rewrite or remove them.</source>
        <translation>
            <numerusform>%n shortcode WordPress itself does not know were kept as text for review: %1. A plugin made them; rewrite or remove them.</numerusform><numerusform>%n shortcodes WordPress itself does not know were kept as text for review: %1. A plugin made them; rewrite or remove them.</numerusform></translation>
    </message>
    <message numerus="yes">
        <location line="+13" />
        <source>The export has no media item with id(s) %1, which the post's [gallery] or [caption] names; those images are missing.</source>
        <translation>
            <numerusform>The export has no media item with id %1, which the post's [gallery] or [caption] names; those images are missing.</numerusform><numerusform>The export has no media item with ids %1, which the post's [gallery] or [caption] names; those images are missing.</numerusform></translation>
    </message>
    <message numerus="yes">
        <location line="+12" />
        <source>WordPress shows this post as %n pages (&lt;!--nextpage--&gt;). The markers are kept; most static site generators ignore them.</source>
        <translation>
            <numerusform>WordPress shows this post as %n pages (&lt;!--nextpage--&gt;). The markers are kept; most static site generators ignore them.</numerusform><numerusform>WordPress shows this post as %n pages (&lt;!--nextpage--&gt;). The markers are kept; most static site generators ignore them.</numerusform></translation>
    </message>
</context>
<context>
    <name>pw::cli</name>
    <message numerus="yes">
        <location filename="../app/cli/convert_command.cpp" line="+96" />
        <source>%1 holds %n posts; only the first was converted. Use "postwright import %1 --out DIR" to convert them all.</source>
        <translation>
            <numerusform>%1 holds %n post; only the first was converted. Use "postwright import %1 --out DIR" to convert them all.</numerusform><numerusform>%1 holds %n posts; only the first was converted. Use "postwright import %1 --out DIR" to convert them all.</numerusform></translation>
    </message>
    <message numerus="yes">
        <location filename="../app/cli/post_files_writer.cpp" line="+55" />
        <source>%n post(s) with categories to fix</source>
        <translation>
            <numerusform>%n post with categories to fix</numerusform><numerusform>%n posts with categories to fix</numerusform></translation>
    </message>
    <message numerus="yes">
        <location line="+2" />
        <source>%n post(s) with tags to add by hand</source>
        <translation>
            <numerusform>%n post with tags to add by hand</numerusform><numerusform>%n posts with tags to add by hand</numerusform></translation>
    </message>
    <message numerus="yes">
        <location line="+5" />
        <source>%n post(s) with scripts or unsafe HTML removed</source>
        <translation>
            <numerusform>%n post with scripts or unsafe HTML removed</numerusform><numerusform>%n posts with scripts or unsafe HTML removed</numerusform></translation>
    </message>
    <message numerus="yes">
        <location line="+3" />
        <source>%n post(s) with embeds or structure lost</source>
        <translation>
            <numerusform>%n post with embeds or structure lost</numerusform><numerusform>%n posts with embeds or structure lost</numerusform></translation>
    </message>
    <message numerus="yes">
        <location line="+2" />
        <source>%n post(s) with repaired characters</source>
        <translation>
            <numerusform>%n post with repaired characters</numerusform><numerusform>%n posts with repaired characters</numerusform></translation>
    </message>
    <message numerus="yes">
        <location line="+3" />
        <source>%n post(s) without a title or description</source>
        <translation>
            <numerusform>%n post without a title or description</numerusform><numerusform>%n posts without a title or description</numerusform></translation>
    </message>
    <message numerus="yes">
        <location line="+122" />
        <source>%n post(s) skipped for errors</source>
        <translation>
            <numerusform>%n post skipped for errors</numerusform><numerusform>%n posts skipped for errors</numerusform></translation>
    </message>
    <message numerus="yes">
        <location line="+3" />
        <source>%n file(s) could not be read</source>
        <translation>
            <numerusform>%n file could not be read</numerusform><numerusform>%n files could not be read</numerusform></translation>
    </message>
    <message numerus="yes">
        <location line="+4" />
        <source>Cancelled: %n post(s) written to %1 before stopping; every file written is complete.</source>
        <translation>
            <numerusform>Cancelled: %n post written to %1 before stopping; every file written is complete.</numerusform><numerusform>Cancelled: %n posts written to %1 before stopping; every file written is complete.</numerusform></translation>
    </message>
    <message numerus="yes">
        <location filename="../app/cli/import_command.cpp" line="+291" />
        <source>Imported %n post(s) into %1.</source>
        <translation>
            <numerusform>Imported %n post into %1.</numerusform><numerusform>Imported %n posts into %1.</numerusform></translation>
    </message>
    <message numerus="yes">
        <location filename="../app/cli/post_files_writer.cpp" line="+8" />
        <source>Skipped %n unchanged post(s) (already imported).</source>
        <translation>
            <numerusform>Skipped %n unchanged post (already imported).</numerusform><numerusform>Skipped %n unchanged posts (already imported).</numerusform></translation>
    </message>
    <message numerus="yes">
        <location line="+4" />
        <source>Skipped %n post(s) whose file exists with different content (--force overwrites).</source>
        <translation>
            <numerusform>Skipped %n post whose file exists with different content (--force overwrites).</numerusform><numerusform>Skipped %n posts whose file exists with different content (--force overwrites).</numerusform></translation>
    </message>
    <message numerus="yes">
        <location filename="../app/cli/pull_command.cpp" line="+158" />
        <source>Pulled %n post(s) from %1 into %2.</source>
        <translation>
            <numerusform>Pulled %n post from %1 into %2.</numerusform><numerusform>Pulled %n posts from %1 into %2.</numerusform></translation>
    </message>
    <message numerus="yes">
        <location filename="../app/cli/wxr_source_import.cpp" line="+221" />
        <source>%1: a WordPress export of “%2”: %3 of %n post(s) and page(s) imported.</source>
        <translation>
            <numerusform>%1: a WordPress export of “%2”: %3 of %n post and page imported.</numerusform><numerusform>%1: a WordPress export of “%2”: %3 of %n posts and pages imported.</numerusform></translation>
    </message>
    <message numerus="yes">
        <location line="+10" />
        <source>%n for their status (%1; --status chooses)</source>
        <translation>
            <numerusform>%n for their status (%1; --status chooses)</numerusform><numerusform>%n for their status (%1; --status chooses)</numerusform></translation>
    </message>
    <message numerus="yes">
        <location line="+4" />
        <source>%n page(s) (--pages imports them)</source>
        <translation>
            <numerusform>%n page (--pages imports them)</numerusform><numerusform>%n pages (--pages imports them)</numerusform></translation>
    </message>
    <message numerus="yes">
        <location line="+2" />
        <source>%n post(s) (--no-posts was given)</source>
        <translation>
            <numerusform>%n post (--no-posts was given)</numerusform><numerusform>%n posts (--no-posts was given)</numerusform></translation>
    </message>
    <message numerus="yes">
        <location line="+5" />
        <source>%n password-protected (--protected imports them): %1</source>
        <translation>
            <numerusform>%n password-protected (--protected imports them): %1</numerusform><numerusform>%n password-protected (--protected imports them): %1</numerusform></translation>
    </message>
</context>
<context>
    <name>pw::gui::BoldHeadingsAction</name>
    <message numerus="yes">
        <location filename="../app/gui/window/bold_headings_action.cpp" line="+45" />
        <source>Headings made from bold lines: %n.</source>
        <translation>
            <numerusform>Headings made from bold lines: %n.</numerusform><numerusform>Headings made from bold lines: %n.</numerusform></translation>
    </message>
</context>
<context>
    <name>pw::gui::FileCommands</name>
    <message numerus="yes">
        <location filename="../app/gui/window/file_commands.cpp" line="+117" />
        <source>Imported %n post(s) from %1</source>
        <translation>
            <numerusform>Imported %n post from %1</numerusform><numerusform>Imported %n posts from %1</numerusform></translation>
    </message>
</context>
<context>
    <name>pw::gui::FindReplaceBar</name>
    <message numerus="yes">
        <location filename="../app/gui/editor/find_replace_bar.cpp" line="+379" />
        <source>%n matches</source>
        <translation>
            <numerusform>%n match</numerusform><numerusform>%n matches</numerusform></translation>
    </message>
    <message numerus="yes">
        <location line="+104" />
        <source>Replaced %n matches</source>
        <translation>
            <numerusform>Replaced %n match</numerusform><numerusform>Replaced %n matches</numerusform></translation>
    </message>
</context>
<context>
    <name>pw::gui::MetadataPanel</name>
    <message numerus="yes">
        <location filename="../app/gui/panels/metadata_panel.cpp" line="+237" />
        <source>%1 px · %n character(s)</source>
        <translation>
            <numerusform>%1 px · %n character</numerusform><numerusform>%1 px · %n characters</numerusform></translation>
    </message>
    <message numerus="yes">
        <location line="+2" />
        <location line="+4" />
        <source>%n character(s)</source>
        <translation>
            <numerusform>%n character</numerusform><numerusform>%n characters</numerusform></translation>
    </message>
</context>
<context>
    <name>pw::gui::OpenFromSiteDialog</name>
    <message numerus="yes">
        <location filename="../app/gui/dialogs/open_from_site_dialog.cpp" line="+295" />
        <source>%1 of %n post(s) listed; scroll for more</source>
        <translation>
            <numerusform>%1 of %n post listed; scroll for more</numerusform><numerusform>%1 of %n posts listed; scroll for more</numerusform></translation>
    </message>
    <message numerus="yes">
        <location line="+3" />
        <source>%n post(s)</source>
        <translation>
            <numerusform>%n post</numerusform><numerusform>%n posts</numerusform></translation>
    </message>
</context>
<context>
    <name>pw::gui::PreviewView</name>
    <message numerus="yes">
        <location filename="../app/gui/preview/preview_view.cpp" line="+140" />
        <source>The preview stops here: the post is too long to show live, and %n more block(s) follow. The editor, the outline and the checks cover all of it.</source>
        <translation>
            <numerusform>The preview stops here: the post is too long to show live, and %n more block follow. The editor, the outline and the checks cover all of it.</numerusform><numerusform>The preview stops here: the post is too long to show live, and %n more blocks follow. The editor, the outline and the checks cover all of it.</numerusform></translation>
    </message>
</context>
<context>
    <name>pw::gui::PullSiteDialog</name>
    <message numerus="yes">
        <location filename="../app/gui/dialogs/pull_site_dialog.cpp" line="+203" />
        <source>The folder holds %n post file(s): files that are already up to date are left alone, and files edited since are kept.</source>
        <translation>
            <numerusform>The folder holds %n post file: files that are already up to date are left alone, and files edited since are kept.</numerusform><numerusform>The folder holds %n post files: files that are already up to date are left alone, and files edited since are kept.</numerusform></translation>
    </message>
    <message numerus="yes">
        <location line="+80" />
        <source>%1 of %n post(s)</source>
        <translation>
            <numerusform>%1 of %n post</numerusform><numerusform>%1 of %n posts</numerusform></translation>
    </message>
    <message numerus="yes">
        <location line="+27" />
        <source>Cancelled: %n post(s) written before stopping. Every file written is complete; pull again to go on from there.</source>
        <translation>
            <numerusform>Cancelled: %n post written before stopping. Every file written is complete; pull again to go on from there.</numerusform><numerusform>Cancelled: %n posts written before stopping. Every file written is complete; pull again to go on from there.</numerusform></translation>
    </message>
    <message numerus="yes">
        <location line="+4" />
        <source>The pull stopped early: %n post(s) written. Pull again to go on from there.</source>
        <translation>
            <numerusform>The pull stopped early: %n post written. Pull again to go on from there.</numerusform><numerusform>The pull stopped early: %n posts written. Pull again to go on from there.</numerusform></translation>
    </message>
    <message numerus="yes">
        <location line="+4" />
        <source>Pulled %n post(s) into %1.</source>
        <translation>
            <numerusform>Pulled %n post into %1.</numerusform><numerusform>Pulled %n posts into %1.</numerusform></translation>
    </message>
    <message numerus="yes">
        <location line="+4" />
        <source>%n post(s) unchanged since the last pull: left alone.</source>
        <translation>
            <numerusform>%n post unchanged since the last pull: left alone.</numerusform><numerusform>%n posts unchanged since the last pull: left alone.</numerusform></translation>
    </message>
    <message numerus="yes">
        <location line="+3" />
        <source>%n post(s) edited here since the last pull: kept, not overwritten.</source>
        <translation>
            <numerusform>%n post edited here since the last pull: kept, not overwritten.</numerusform><numerusform>%n posts edited here since the last pull: kept, not overwritten.</numerusform></translation>
    </message>
    <message numerus="yes">
        <location line="+3" />
        <source>%n post(s) skipped for errors:</source>
        <translation>
            <numerusform>%n post skipped for errors:</numerusform><numerusform>%n posts skipped for errors:</numerusform></translation>
    </message>
</context>
<context>
    <name>pw::gui::RecoveryDialog</name>
    <message numerus="yes">
        <location filename="../app/gui/dialogs/recovery_dialog.cpp" line="+113" />
        <source>Skipped %n journal(s) that could not be read:</source>
        <translation>
            <numerusform>Skipped %n journal that could not be read:</numerusform><numerusform>Skipped %n journals that could not be read:</numerusform></translation>
    </message>
    <message numerus="yes">
        <location line="+43" />
        <source>Last change %1 · %n word(s)</source>
        <translation>
            <numerusform>Last change %1 · %n word</numerusform><numerusform>Last change %1 · %n words</numerusform></translation>
    </message>
</context>
<context>
    <name>pw::gui::SeoMemory</name>
    <message numerus="yes">
        <location filename="../app/gui/sites/seo_memory.cpp" line="+59" />
        <source>%n error(s)</source>
        <translation>
            <numerusform>%n error</numerusform><numerusform>%n errors</numerusform></translation>
    </message>
    <message numerus="yes">
        <location line="+2" />
        <source>%n warning(s)</source>
        <translation>
            <numerusform>%n warning</numerusform><numerusform>%n warnings</numerusform></translation>
    </message>
</context>
<context>
    <name>pw::gui::SessionRestore</name>
    <message numerus="yes">
        <location filename="../app/gui/window/session_restore.cpp" line="+62" />
        <source>%n file(s) of the last session no longer exist: %1</source>
        <translation>
            <numerusform>%n file of the last session no longer exist: %1</numerusform><numerusform>%n files of the last session no longer exist: %1</numerusform></translation>
    </message>
    <message numerus="yes">
        <location line="+4" />
        <source>%n file(s) of the last session could not be read: %1</source>
        <translation>
            <numerusform>%n file of the last session could not be read: %1</numerusform><numerusform>%n files of the last session could not be read: %1</numerusform></translation>
    </message>
</context>
<context>
    <name>pw::gui::SettingsDialog</name>
    <message numerus="yes">
        <location filename="../app/gui/settings/settings_dialog.cpp" line="+237" />
        <source>%1 (%n categories)</source>
        <translation>
            <numerusform>%1 (%n category)</numerusform><numerusform>%1 (%n categories)</numerusform></translation>
    </message>
</context>
<context>
    <name>pw::gui::SiteFolderView</name>
    <message numerus="yes">
        <location filename="../app/gui/panels/site_folder_view.cpp" line="+118" />
        <source>%n post file(s)</source>
        <translation>
            <numerusform>%n post file</numerusform><numerusform>%n post files</numerusform></translation>
    </message>
</context>
<context>
    <name>pw::gui::SpellingBar</name>
    <message numerus="yes">
        <location filename="../app/gui/spelling/spelling_bar.cpp" line="+87" />
        <source>%n possible misspelling(s)</source>
        <translation>
            <numerusform>%n possible misspelling</numerusform><numerusform>%n possible misspellings</numerusform></translation>
    </message>
</context>
<context>
    <name>pw::gui::StatusStats</name>
    <message numerus="yes">
        <location filename="../app/gui/panels/status_stats.cpp" line="+32" />
        <source>%n word(s)</source>
        <translation>
            <numerusform>%n word</numerusform><numerusform>%n words</numerusform></translation>
    </message>
    <message numerus="yes">
        <location line="+1" />
        <source>%n character(s)</source>
        <translation>
            <numerusform>%n character</numerusform><numerusform>%n characters</numerusform></translation>
    </message>
    <message numerus="yes">
        <location line="+1" />
        <source>%n min read</source>
        <translation>
            <numerusform>%n min read</numerusform><numerusform>%n min read</numerusform></translation>
    </message>
    <message numerus="yes">
        <location line="+8" />
        <source>%n error(s)</source>
        <translation>
            <numerusform>%n error</numerusform><numerusform>%n errors</numerusform></translation>
    </message>
    <message numerus="yes">
        <location line="+1" />
        <source>%n warning(s)</source>
        <translation>
            <numerusform>%n warning</numerusform><numerusform>%n warnings</numerusform></translation>
    </message>
</context>
<context>
    <name>pw::gui::WxrImportDialog</name>
    <message numerus="yes">
        <location filename="../app/gui/dialogs/wxr_import_dialog.cpp" line="+265" />
        <source>Write %n Imported Post(s) into Folder</source>
        <translation>
            <numerusform>Write %n Imported Post into Folder</numerusform><numerusform>Write %n Imported Posts into Folder</numerusform></translation>
    </message>
    <message numerus="yes">
        <location line="+20" />
        <source>Importing %n post(s)…</source>
        <translation>
            <numerusform>Importing %n post…</numerusform><numerusform>Importing %n posts…</numerusform></translation>
    </message>
    <message numerus="yes">
        <location line="+66" />
        <source>Cancelled: %n post(s) written before stopping; every file written is complete.</source>
        <translation>
            <numerusform>Cancelled: %n post written before stopping; every file written is complete.</numerusform><numerusform>Cancelled: %n posts written before stopping; every file written is complete.</numerusform></translation>
    </message>
    <message numerus="yes">
        <location line="+20" />
        <source>Imported %n post(s) into %1.</source>
        <translation>
            <numerusform>Imported %n post into %1.</numerusform><numerusform>Imported %n posts into %1.</numerusform></translation>
    </message>
    <message numerus="yes">
        <location line="+3" />
        <source>%n post(s) unchanged since the last import: left alone.</source>
        <translation>
            <numerusform>%n post unchanged since the last import: left alone.</numerusform><numerusform>%n posts unchanged since the last import: left alone.</numerusform></translation>
    </message>
    <message numerus="yes">
        <location line="+3" />
        <source>%n post(s) edited since the last import: kept, not overwritten.</source>
        <translation>
            <numerusform>%n post edited since the last import: kept, not overwritten.</numerusform><numerusform>%n posts edited since the last import: kept, not overwritten.</numerusform></translation>
    </message>
    <message numerus="yes">
        <location line="+3" />
        <source>%n post(s) not written:</source>
        <translation>
            <numerusform>%n post not written:</numerusform><numerusform>%n posts not written:</numerusform></translation>
    </message>
</context>
<context>
    <name>pw::wp::PublishJob</name>
    <message numerus="yes">
        <location filename="../app/core/wordpress/wp_publish_job.cpp" line="+218" />
        <source>Uploading %n image(s)</source>
        <translation>
            <numerusform>Uploading %n image</numerusform><numerusform>Uploading %n images</numerusform></translation>
    </message>
</context>
</TS>