// SPDX-FileCopyrightText: 2026 The Postwright authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/import/oembed_providers.h"

#include <QRegularExpression>

namespace pw {

namespace {

// WordPress 6.1's built-in oEmbed providers (WP_oEmbed::__construct() in
// wp-includes/class-wp-oembed.php, all of them patterns matched unanchored and
// case-insensitively), then the embed handlers of wp-includes/embed.php: YouTube's /embed/ and
// /v/ addresses, and audio and video files by extension (wp_get_audio_extensions(),
// wp_get_video_extensions()).
const char *const kPatterns[] = {
    "https?://((m|www)\\.)?youtube\\.com/watch.*",
    "https?://((m|www)\\.)?youtube\\.com/playlist.*",
    "https?://((m|www)\\.)?youtube\\.com/shorts/*",
    "https?://youtu\\.be/.*",
    "https?://(.+\\.)?vimeo\\.com/.*",
    "https?://(www\\.)?dailymotion\\.com/.*",
    "https?://dai\\.ly/.*",
    "https?://(www\\.)?flickr\\.com/.*",
    "https?://flic\\.kr/.*",
    "https?://(.+\\.)?smugmug\\.com/.*",
    "https?://(www\\.)?scribd\\.com/(doc|document)/.*",
    "https?://wordpress\\.tv/.*",
    "https?://(.+\\.)?polldaddy\\.com/.*",
    "https?://poll\\.fm/.*",
    "https?://(.+\\.)?survey\\.fm/.*",
    "https?://(www\\.)?twitter\\.com/\\w{1,15}/status(es)?/.*",
    "https?://(www\\.)?twitter\\.com/\\w{1,15}$",
    "https?://(www\\.)?twitter\\.com/\\w{1,15}/likes$",
    "https?://(www\\.)?twitter\\.com/\\w{1,15}/lists/.*",
    "https?://(www\\.)?twitter\\.com/\\w{1,15}/timelines/.*",
    "https?://(www\\.)?twitter\\.com/i/moments/.*",
    "https?://(www\\.)?soundcloud\\.com/.*",
    "https?://(.+?\\.)?slideshare\\.net/.*",
    "https?://(open|play)\\.spotify\\.com/.*",
    "https?://(.+\\.)?imgur\\.com/.*",
    "https?://(www\\.)?issuu\\.com/.+/docs/.+",
    "https?://(www\\.)?mixcloud\\.com/.*",
    "https?://(www\\.|embed\\.)?ted\\.com/talks/.*",
    "https?://(www\\.)?(animoto|video214)\\.com/play/.*",
    "https?://(.+)\\.tumblr\\.com/.*",
    "https?://(www\\.)?kickstarter\\.com/projects/.*",
    "https?://kck\\.st/.*",
    "https?://cloudup\\.com/.*",
    "https?://(www\\.)?reverbnation\\.com/.*",
    "https?://videopress\\.com/v/.*", // the one pattern WordPress matches case-sensitively
    "https?://(www\\.)?reddit\\.com/r/[^/]+/comments/.*",
    "https?://(www\\.)?speakerdeck\\.com/.*",
    "https?://(www\\.)?screencast\\.com/.*",
    "https?://([a-z0-9-]+\\.)?amazon\\.(com|com\\.mx|com\\.br|ca)/.*",
    "https?://([a-z0-9-]+\\.)?amazon\\.(co\\.uk|de|fr|it|es|in|nl|ru)/.*",
    "https?://([a-z0-9-]+\\.)?amazon\\.(co\\.jp|com\\.au)/.*",
    "https?://([a-z0-9-]+\\.)?amazon\\.cn/.*",
    "https?://(www\\.)?a\\.co/.*",
    "https?://(www\\.)?amzn\\.to/.*",
    "https?://(www\\.)?amzn\\.eu/.*",
    "https?://(www\\.)?amzn\\.in/.*",
    "https?://(www\\.)?amzn\\.asia/.*",
    "https?://(www\\.)?z\\.cn/.*",
    "https?://www\\.someecards\\.com/.+-cards/.+",
    "https?://www\\.someecards\\.com/usercards/viewcard/.+",
    "https?://some\\.ly\\/.+",
    "https?://(www\\.)?tiktok\\.com/.*/video/.*",
    "https?://([a-z]{2}|www)\\.pinterest\\.com(\\.(au|mx))?/.*",
    "https?://(www\\.)?wolframcloud\\.com/obj/.+",
    "https?://pca\\.st/.+",
    "https?://(www.)?youtube\\.com/(?:v|embed)/([^/]+)",
    "^https?://.+?\\.(mp3|ogg|flac|m4a|wav)$",
    "^https?://.+?\\.(mp4|m4v|webm|ogv|flv)$",
};

const QRegularExpression &providers()
{
    static const QRegularExpression re(
        [] {
            QStringList alternatives;
            for (const char *pattern : kPatterns)
                alternatives << QStringLiteral("(?:") + QString::fromLatin1(pattern) + u')';
            return alternatives.join(u'|');
        }(),
        QRegularExpression::CaseInsensitiveOption);
    return re;
}

} // namespace

bool isWordPressEmbedUrl(const QString &url)
{
    return providers().match(url).hasMatch();
}

} // namespace pw
