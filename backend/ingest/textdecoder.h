// SPDX-License-Identifier: MIT
#pragma once

#include "core/result.h"

#include <QByteArray>
#include <QString>

namespace Protostar {

// Detects the encoding of a text file's bytes and decodes them to NFC text with LF line ends.
// Stateless and thread-safe (every call opens its own ICU converter).
class TextDecoder
{
public:
    enum class Encoding { Utf8, Utf8Bom, Utf16LE, Utf16BE, Cp949, Utf8Lossy };

    struct Decoded {
        QString text;
        Encoding encoding = Encoding::Utf8;
    };

    // Tries, in order: a BOM, UTF-16 without BOM (by its zero bytes or by plausibility), strict UTF-8,
    // strict CP949 (a superset of EUC-KR), and UTF-8 with a few replacement characters.
    // Fails with BinaryContent when none fits or the text holds control characters; `name`
    // (usually the file's path) starts the message.
    static Result<Decoded> decode(const QByteArray &bytes, const QString &name);

    // NFC (macOS writes Hangul decomposed), CRLF and lone CR become LF, and leading BOMs go.
    static QString normalize(QString text);

    static QString encodingName(Encoding encoding);
};

} // namespace Protostar
