// SPDX-License-Identifier: MIT
#include "core/logging.h"

Q_LOGGING_CATEGORY(lcStore, "protostar.store")
Q_LOGGING_CATEGORY(lcImport, "protostar.import")
Q_LOGGING_CATEGORY(lcRag, "protostar.rag")
Q_LOGGING_CATEGORY(lcProvider, "protostar.provider")
Q_LOGGING_CATEGORY(lcEngine, "protostar.engine")
