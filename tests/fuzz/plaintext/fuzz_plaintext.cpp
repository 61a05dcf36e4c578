// SPDX-License-Identifier: MIT
// libFuzzer target: the .txt/.md path (PlainTextReader::parse = TextDecoder + line blocks) and the chunker on
// what it returns. The first byte picks txt or md; the rest is the file.
#include "fuzzcommon.h"
#include "ingest/paragraphchunker.h"
#include "ingest/plaintextreader.h"

using namespace Protostar;

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    if (size < 1)
        return 0;
    const QString format = data[0] & 1 ? QStringLiteral("md") : QStringLiteral("txt");
    const QByteArray bytes = QByteArray::fromRawData(reinterpret_cast<const char *>(data + 1), qsizetype(size - 1));
    const auto parsed = PlainTextReader::parse(bytes, QStringLiteral("input.") + format, format);
    Fuzz::checkParsed(parsed);
    Fuzz::checkChunks(parsed);
    return 0;
}
