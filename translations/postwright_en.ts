<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="en_US">
<context>
    <name>pw::MetadataChecks</name>
    <message numerus="yes">
        <location filename="../app/core/checks/metadata_checks.cpp" line="+108" />
        <source>The title has %n character(s); keep it to 60 or fewer.</source>
        <translation>
            <numerusform>The title has %n character; keep it to 60 or fewer.</numerusform><numerusform>The title has %n characters; keep it to 60 or fewer.</numerusform></translation>
    </message>
    <message numerus="yes">
        <location line="+6" />
        <source>The title has only %n character(s); use more than 15.</source>
        <translation>
            <numerusform>The title has only %n character; use more than 15.</numerusform><numerusform>The title has only %n characters; use more than 15.</numerusform></translation>
    </message>
    <message numerus="yes">
        <location line="+40" />
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
        <location line="+61" />
        <source>The text has %n word(s); 300 or more is recommended.</source>
        <translation>
            <numerusform>The text has %n word; 300 or more is recommended.</numerusform><numerusform>The text has %n words; 300 or more is recommended.</numerusform></translation>
    </message>
</context>
<context>
    <name>pw::PostReader</name>
    <message numerus="yes">
        <location filename="../app/core/formats/post_reader.cpp" line="+134" />
        <source>The file holds %n posts; the first one was opened.</source>
        <translation>
            <numerusform>The file holds %n post; the first one was opened.</numerusform><numerusform>The file holds %n posts; the first one was opened.</numerusform></translation>
    </message>
</context>
<context>
    <name>pw::gui::FindReplaceBar</name>
    <message numerus="yes">
        <location filename="../app/gui/find_replace_bar.cpp" line="+322" />
        <source>%n matches</source>
        <translation>
            <numerusform>%n match</numerusform><numerusform>%n matches</numerusform></translation>
    </message>
    <message numerus="yes">
        <location line="+182" />
        <source>Replaced %n matches</source>
        <translation>
            <numerusform>Replaced %n match</numerusform><numerusform>Replaced %n matches</numerusform></translation>
    </message>
</context>
<context>
    <name>pw::gui::MetadataPanel</name>
    <message numerus="yes">
        <location filename="../app/gui/metadata_panel.cpp" line="+149" />
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
    <name>pw::gui::StatusStats</name>
    <message numerus="yes">
        <location filename="../app/gui/status_stats.cpp" line="+23" />
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
</TS>