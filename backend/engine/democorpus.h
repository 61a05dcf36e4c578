// SPDX-License-Identifier: MIT
#pragma once

#include "core/result.h"

#include <QStringList>

namespace Protostar {

// Finds the bundled demo corpus of fictional candidates (resources/demo, installed to
// share/protostar/demo). Stateless and thread-safe.
class DemoCorpus
{
public:
    // The first of these that exists, else an empty string:
    //  1. $PROTOSTAR_DEMO_DIR;
    //  2. the source tree's resources/demo when the running executable lives in this build tree;
    //  3. share/protostar/demo next to the executable's bin/ (installed package, unpacked tarball);
    //  4. the configured install path (CMAKE_INSTALL_FULL_DATADIR/protostar/demo);
    //  5. the source tree's resources/demo.
    static QString directory();
    // The corpus's importable documents (absolute paths, sorted); README.md is not one of them.
    static Result<QStringList> files();
    // The key a first start sets in Store::setValue once the corpus is imported.
    static QString importedKey() { return QStringLiteral("demo.imported"); }
};

} // namespace Protostar
