// SPDX-License-Identifier: MIT
#include "core/logging.h"

Q_LOGGING_CATEGORY(lcStore, "protostar.store", QtInfoMsg)
Q_LOGGING_CATEGORY(lcImport, "protostar.import", QtInfoMsg)
Q_LOGGING_CATEGORY(lcRag, "protostar.rag", QtInfoMsg)
Q_LOGGING_CATEGORY(lcProvider, "protostar.provider", QtInfoMsg)
Q_LOGGING_CATEGORY(lcEngine, "protostar.engine", QtInfoMsg)
