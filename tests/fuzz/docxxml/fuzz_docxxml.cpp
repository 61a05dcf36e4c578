// SPDX-License-Identifier: MIT
// libFuzzer target, structure-aware: the input is the XML parts of a .docx (split at NUL NUL, see
// Fuzz::writeZipInput), zipped and read with DocumentReader, then chunked. Reaches the XML handling of
// the reader and the BlockAssembler, which mutated zips rarely get past the CRC check to.
#include "fuzzcommon.h"

using namespace Protostar;

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QString path = Fuzz::writeZipInput(data, size, {QStringLiteral("word/document.xml"), QStringLiteral("word/styles.xml")}, QStringLiteral("docx"));
    Fuzz::readAndCheck(path);
    return 0;
}
