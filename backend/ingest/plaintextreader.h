// SPDX-License-Identifier: MIT
#pragma once

#include "core/domain.h"
#include "core/result.h"

namespace Protostar {

// Reads .txt/.md/.markdown: detects the encoding (TextDecoder), normalises, and makes one Paragraph
// block per non-empty line, its text exactly as in ParsedDocument::text. Thread-safe, stateless.
class PlainTextReader
{
public:
    static Result<ParsedDocument> read(const QString &path, const QString &format);
    // The same from bytes already read; `path` only names the file in messages.
    static Result<ParsedDocument> parse(const QByteArray &bytes, const QString &path, const QString &format);
};

} // namespace Protostar
