// SPDX-License-Identifier: MIT
#pragma once

#include "core/domain.h"
#include "core/result.h"

namespace Protostar {

// Reads a PDF with poppler-qt6: one Paragraph block per text line with its 1-based page; a vertical gap
// larger than a line starts a new paragraph, and a contact line (ContactLine) is set apart as a sentence of its own.
// Running headers and footers are left out (RunningLines); a word cut across two lines of a paragraph is joined
// (LineJoiner). Thread-safe (each call loads its own Poppler::Document).
class PdfReader
{
public:
    static Result<ParsedDocument> read(const QString &path);
};

} // namespace Protostar
