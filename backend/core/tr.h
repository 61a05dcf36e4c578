// SPDX-License-Identifier: MIT
#pragma once

#include <QCoreApplication>

namespace Protostar {

// Translation context for backend code that is not a QObject (after Qt Creator's cppchecktr.h).
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(Protostar)
};

} // namespace Protostar
