// SPDX-License-Identifier: MIT
#pragma once

#include "core/domain.h"

namespace Protostar {

// Finds the person a résumé belongs to from its title line ("이력서 - 김지원", "김지원 이력서",
// "Jane Doe — Résumé", "Curriculum Vitae: John Smith") or a "성명: 김지원" / "Name: John Smith" line
// near the top (a form's personal-data table reads as such lines, see FormTable), or a bare name as the title ("# Emily Stone") with an e-mail or phone line under it.
// Stateless, so thread-safe.
class CandidateNameFinder
{
public:
    // The name, or an empty string when the document does not say whose it is.
    static QString fromTitleLine(const QString &line);
    // The name a "성명: 김지원" / "성명(한글): 김지원" / "Name: John Smith" line gives, or an empty string.
    static QString fromNameLabel(const QString &line);
    // Looks at ParsedDocument::title, then the first few blocks.
    static QString find(const ParsedDocument &document);
};

} // namespace Protostar
