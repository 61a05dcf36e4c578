// SPDX-License-Identifier: MIT
// libFuzzer target: DocumentReader::read on a .docx file made of the fuzz input, then the chunker on the result.
#include "fuzzcommon.h"

using namespace Protostar;

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QString path = Fuzz::writeInput(data, size, QStringLiteral("docx"));
    Fuzz::readAndCheck(path);
    return 0;
}
