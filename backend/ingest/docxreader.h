// SPDX-License-Identifier: MIT
#pragma once

#include "core/domain.h"
#include "core/result.h"

namespace Protostar {

// Reads a .docx (Office Open XML) file: word/document.xml paragraphs and tables, kinds from
// word/styles.xml (headings by style name or outline level, lists by numbering). Thread-safe, stateless.
class DocxReader
{
public:
    static Result<ParsedDocument> read(const QString &path, qint64 maxUnpackedBytes);
};

} // namespace Protostar
