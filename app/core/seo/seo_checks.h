// SPDX-FileCopyrightText: 2026 The Postwright authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/seo/seo_input.h"
#include "core/seo/seo_report.h"

namespace pw {

// One family of checks each; thresholds and points are Yoast's (see docs/seo-analysis.md).
QList<SeoCheck> keyphraseChecks(const SeoInput &input);   // keyphrase.cpp
QList<SeoCheck> structureChecks(const SeoInput &input);   // structure_checks.cpp
QList<SeoCheck> readabilityChecks(const SeoInput &input); // readability_checks.cpp

// Flesch reading ease of the prose (English formula), 0-100 with one decimal; -1 when the
// text is not English or has 10 words or fewer.
double fleschReadingEase(const SeoInput &input);

SeoCheck makeCheck(const char *id, SeoGroup group, int score, const QString &title,
                   const QString &message, QList<TextRange> ranges = {});

} // namespace pw
