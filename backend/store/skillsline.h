// SPDX-License-Identifier: MIT
#pragma once

#include <QStringList>

namespace Protostar {

// What the candidate list shows in its Skills column: the items of a résumé's skills section
// (ResumeSection::Kind::Skills: "[기술]", "보유 기술", "Skills", "Tech stack" …), split on commas, slashes
// between words, bullets and lines. Section names and document titles are not skills, so a candidate without
// such a section shows none. Stateless; thread-safe.
class SkillsLine
{
public:
    // The items of a skills chunk's text, in order, without duplicates and without long sentences.
    static QStringList items(const QString &text);
    // Adds `more` to `into` (no duplicates, case-insensitive) until `into` holds `limit` items.
    static void merge(QStringList &into, const QStringList &more, int limit);
};

} // namespace Protostar
