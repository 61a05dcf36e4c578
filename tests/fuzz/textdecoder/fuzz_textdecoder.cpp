// SPDX-License-Identifier: MIT
// libFuzzer target: TextDecoder::decode and normalize on arbitrary bytes (encoding detection, CP949 via ICU,
// UTF-16 without BOM). Either text without control characters and CR, or an error with a message.
#include "fuzzcommon.h"
#include "ingest/textdecoder.h"

using namespace Protostar;

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QByteArray bytes = QByteArray::fromRawData(reinterpret_cast<const char *>(data), qsizetype(size));
    const auto decoded = TextDecoder::decode(bytes, QStringLiteral("input.txt"));
    Fuzz::checkResult(decoded);
    if (decoded.ok()) {
        const QString text = TextDecoder::normalize(decoded->text);
        if (text.contains(u'\r'))
            Fuzz::fail("normalize left a CR");
        if (text.startsWith(QChar(0xfeff)))
            Fuzz::fail("normalize left a BOM");
        if (TextDecoder::encodingName(decoded->encoding).isEmpty())
            Fuzz::fail("an encoding without a name");
    }
    return 0;
}
